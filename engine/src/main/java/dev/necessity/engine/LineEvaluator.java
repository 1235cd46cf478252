package dev.necessity.engine;

import dev.necessity.engine.eval.CaseFacts;
import dev.necessity.engine.eval.CriterionEvaluator;
import dev.necessity.engine.eval.DeclaredStatuses;
import dev.necessity.engine.eval.LineContext;
import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.ServiceLine;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.Policy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Decides one service line: its criteria, its exclusions, the add-on cap, and a one-sentence summary. */
final class LineEvaluator {
    private final CaseFacts facts;
    private final DeclaredStatuses declared;

    LineEvaluator(CaseFacts facts, DeclaredStatuses declared) {
        this.facts = facts;
        this.declared = declared;
    }

    LineDetermination evaluate(ServiceLine line, Optional<Policy> policy, LineDetermination primary) {
        Integer primarySeq = primary == null ? line.primarySequence() : Integer.valueOf(primary.line().sequence());
        if (policy.isEmpty()) {
            return new LineDetermination(line, null, null, null, primarySeq, LineOutcome.NO_POLICY,
                    "No policy in the knowledge base covers " + code(line) + "; route to manual review.", null, List.of());
        }
        Policy p = policy.get();
        LineContext ctx = new LineContext(facts, line, primary == null ? null : primary.outcome(),
                primary == null ? null : primary.line());
        CriterionEvaluator evaluator = new CriterionEvaluator(ctx, declared);
        boolean followsOwnPrimary = p.addOn(line.code()).isPresent() && !p.coversPrimary(line.code()) && p.primaryCodes().size() > 0;
        // An additional level ("each additional segment") is judged at its own level, then capped by its primary.
        if (followsOwnPrimary && (primary == null || line.levels().isEmpty())) {
            return followPrimary(line, p, primary, primarySeq);
        }
        CriterionResult criteria = evaluator.evaluate(p.criteria());
        List<CriterionResult> exclusions = p.exclusions().stream().map(evaluator::evaluate).toList();
        LineOutcome outcome = outcome(criteria, exclusions);
        String summary = summary(outcome, criteria, exclusions);
        if (primary != null && LineOutcome.leastFavourable(outcome, primary.outcome()) != outcome) {
            outcome = primary.outcome();
            summary = "Follows primary line " + primary.line().sequence() + " (" + code(primary.line()) + "), which is "
                    + primary.outcome().label().toLowerCase(Locale.ROOT) + ". " + summary;
        }
        return new LineDetermination(line, p.id(), p.version(), p.title(), primarySeq, outcome, summary, criteria, exclusions);
    }

    /**
     * An add-on of the same policy as its primary that names no level of its own (instrumentation) takes the
     * primary's outcome; one with its own level is evaluated there and capped by the primary.
     */
    private LineDetermination followPrimary(ServiceLine line, Policy p, LineDetermination primary, Integer primarySeq) {
        if (primary == null) {
            return new LineDetermination(line, p.id(), p.version(), p.title(), primarySeq, LineOutcome.INSUFFICIENT_DOCUMENTATION,
                    "Add-on " + code(line) + " is requested without the primary procedure it attaches to.", null, List.of());
        }
        return new LineDetermination(line, p.id(), p.version(), p.title(), primarySeq, primary.outcome(),
                "Add-on " + code(line) + " follows primary line " + primary.line().sequence() + " (" + code(primary.line())
                        + "), which is " + primary.outcome().label().toLowerCase(Locale.ROOT) + ".", null, List.of());
    }

    private static LineOutcome outcome(CriterionResult criteria, List<CriterionResult> exclusions) {
        if (exclusions.stream().anyMatch(e -> e.status() == Status.MET) || criteria.status() == Status.NOT_MET) {
            return LineOutcome.NOT_MEDICALLY_NECESSARY;
        }
        // An exclusion the record raises and leaves open, like an unsettled appliesWhen, keeps the line from approval.
        if (criteria.status() == Status.NOT_DOCUMENTED || exclusions.stream().anyMatch(CriterionResult::openOnEvidence)) {
            return LineOutcome.INSUFFICIENT_DOCUMENTATION;
        }
        return LineOutcome.MEDICALLY_NECESSARY;
    }

    private static String summary(LineOutcome outcome, CriterionResult criteria, List<CriterionResult> exclusions) {
        List<CriterionResult> top = criteria.children().isEmpty() ? List.of(criteria) : criteria.children();
        switch (outcome) {
            case MEDICALLY_NECESSARY:
                return "Every required criterion is met, waived or not applicable.";
            case NOT_MEDICALLY_NECESSARY: {
                List<CriterionResult> notMet = top.stream().filter(c -> c.status() == Status.NOT_MET).toList();
                if (notMet.size() == 1 && notMet.get(0).children().isEmpty()
                        && exclusions.stream().noneMatch(e -> e.status() == Status.MET)) {
                    return notMet.get(0).rationale();
                }
                // The most decisive failure leads: an exclusion that applies, whatever else is met, then what is not met.
                String failed = titles(top, Status.NOT_MET);
                String excluded = exclusions.stream().filter(e -> e.status() == Status.MET).map(CriterionResult::title)
                        .collect(Collectors.joining("; "));
                String exclusion = excluded.isEmpty() ? "" : "Exclusion applies: " + excluded + ".";
                if (failed.isEmpty()) {
                    return exclusion;
                }
                return (exclusion.isEmpty() ? "" : exclusion + " ") + "Required criteria not met on the documented evidence: " + failed + ".";
            }
            default: {
                String settle = top.stream().filter(c -> c.status() == Status.NOT_DOCUMENTED && c.settledBy() != null)
                        .map(CriterionResult::settledBy).distinct().collect(Collectors.joining("; "));
                String open = exclusions.stream().filter(CriterionResult::openOnEvidence).map(e -> lowerFirst(e.title()))
                        .collect(Collectors.joining("; "));
                String notDocumented = titles(top, Status.NOT_DOCUMENTED);
                return (notDocumented.isEmpty() ? "" : "Required criteria not documented: " + notDocumented + ".")
                        + (open.isEmpty() ? "" : (notDocumented.isEmpty() ? "" : " ") + "Exclusion raised and not ruled out: " + open + ".")
                        + (settle.isEmpty() ? "" : " Records that would settle it: " + settle + ".");
            }
        }
    }

    private static String titles(List<CriterionResult> results, Status status) {
        return results.stream().filter(c -> c.status() == status).map(c -> lowerFirst(c.title())).collect(Collectors.joining("; "));
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String code(ServiceLine line) {
        return (line.system() == null ? "CPT" : line.system()) + " " + line.code();
    }
}
