package dev.necessity.engine.eval;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.ServiceLine;
import dev.necessity.policy.Composition;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a criteria tree for one service line. Applicability is checked first, then the node's
 * own operator or predicate, then its waivers (a met waiver turns a failing node into WAIVED).
 * Stateless apart from the context; one instance per line evaluation.
 */
public final class CriterionEvaluator {
    private final LineContext context;
    /** Null when every criterion is read from the findings, as in every assessment. */
    private final DeclaredStatuses declared;

    public CriterionEvaluator(LineContext context) {
        this(context, null);
    }

    /** Evaluates with the given criteria's statuses declared instead of read (see {@link DeclaredStatuses}). */
    public CriterionEvaluator(LineContext context, DeclaredStatuses declared) {
        this.context = context;
        this.declared = declared;
    }

    public CriterionResult evaluate(Criterion node) {
        if (declared != null) {
            Optional<Status> status = declared.of(node.id(), context.line());
            if (status.isPresent()) {
                return applyWaivers(node, result(node, new Verdict(status.get(), "Declared " + status.get() + ".", List.of()), List.of()));
            }
            if (node.composition() instanceof Composition.Leaf leaf
                    && (leaf.predicate() instanceof Predicate.FindingTest || leaf.predicate() instanceof Predicate.CareDuration)) {
                throw new IllegalStateException("criterion '" + node.id() + "' reads findings and no status is declared for it or above it");
            }
        }
        CriterionResult applies = node.appliesWhen() == null ? null : evaluate(node.appliesWhen());
        // A criterion whose condition the record raises and leaves unsettled ("one injection in the low back ...
        // unclear whether this was an epidural steroid injection") is itself unsettled: not documented, not waived off
        // as inapplicable. Only silence, or a condition documented as absent, makes it not apply.
        if (applies != null && applies.status() == Status.NOT_DOCUMENTED && !applies.evidence().isEmpty()) {
            return result(node, new Verdict(Status.NOT_DOCUMENTED, "Whether this applies is not settled ("
                    + Phrases.lowerFirst(applies.title()) + "): " + Phrases.lowerFirst(applies.rationale()),
                    applies.evidence()), List.of()).withApplicability(applies);
        }
        if (applies != null && applies.status() != Status.MET) {
            return result(node, new Verdict(Status.NOT_APPLICABLE, "Applies only when "
                    + Phrases.lowerFirst(applies.title()) + "; " + Phrases.lowerFirst(applies.rationale()),
                    applies.evidence()), List.of()).withApplicability(applies);
        }
        List<CriterionResult> children = new ArrayList<>();
        for (Criterion child : node.children()) {
            children.add(evaluate(child));
        }
        Verdict verdict = eachLevelAny(node).map(this::perLevel).orElseGet(() -> combine(node.composition(), children));
        CriterionResult result = result(node, verdict, children);
        return applyWaivers(node, applies == null ? result : result.withApplicability(applies));
    }

    private static String operator(Composition c) {
        if (c instanceof Composition.AllOf) return "all";
        if (c instanceof Composition.AnyOf) return "any";
        if (c instanceof Composition.AtLeast) return "atLeast";
        if (c instanceof Composition.Not) return "not";
        return "leaf";
    }

    private Verdict combine(Composition composition, List<CriterionResult> children) {
        if (composition instanceof Composition.AllOf) {
            return Combinations.all(children);
        }
        if (composition instanceof Composition.AnyOf) {
            return Combinations.any(children);
        }
        if (composition instanceof Composition.AtLeast atLeast) {
            return Combinations.atLeast(atLeast.n(), children);
        }
        if (composition instanceof Composition.Not) {
            return Combinations.not(children.get(0));
        }
        return leaf(((Composition.Leaf) composition).predicate());
    }

    /**
     * An "any" whose alternatives each test every requested level ("moderate stenosis, or nerve-root compression,
     * at each requested level") is satisfied level by level: one level may be shown by one alternative and the next
     * by another. Its children are still shown as evaluated across all levels; the verdict is the per-level one.
     */
    private Optional<List<Criterion>> eachLevelAny(Criterion node) {
        if (!(node.composition() instanceof Composition.AnyOf) || node.children().size() < 2 || context.requestedLevels().size() < 2) {
            return Optional.empty();
        }
        boolean everyLeafEachLevel = node.children().stream().allMatch(c -> c.appliesWhen() == null && c.waivers().isEmpty()
                && c.composition() instanceof Composition.Leaf leaf && leaf.predicate() instanceof Predicate.FindingTest t
                && t.levels() == Predicate.LevelScope.REQUESTED_EACH);
        return everyLeafEachLevel ? Optional.of(node.children()) : Optional.empty();
    }

    private Verdict perLevel(List<Criterion> alternatives) {
        List<Verdict> levels = new ArrayList<>();
        for (var level : context.requestedLevels()) {
            ServiceLine l = context.line();
            LineContext one = new LineContext(context.facts(), new ServiceLine(l.sequence(), l.code(), l.system(), l.description(),
                    List.of(level), l.primarySequence()), context.primaryOutcome(), context.primaryLine());
            CriterionEvaluator atLevel = new CriterionEvaluator(one, declared);
            levels.add(Combinations.any(alternatives.stream().map(atLevel::evaluate).toList()));
        }
        return LevelVerdicts.each(levels);
    }

    private Verdict leaf(Predicate predicate) {
        if (predicate instanceof Predicate.FindingTest t) {
            return new FindingTestEvaluator(context).evaluate(t);
        }
        if (predicate instanceof Predicate.CareDuration c) {
            return new CareDurationEvaluator(context).evaluate(c);
        }
        if (predicate instanceof Predicate.PrimaryLine p) {
            return PrimaryLineEvaluator.evaluate(p, context);
        }
        if (predicate instanceof Predicate.ServiceCoded c) {
            return ServiceCodeEvaluator.evaluate(c, context);
        }
        return DiagnosisEvaluator.evaluate((Predicate.DiagnosisCoded) predicate, context);
    }

    private CriterionResult applyWaivers(Criterion node, CriterionResult result) {
        if (node.waivers().isEmpty()) {
            return result;
        }
        List<CriterionResult> waivers = node.waivers().stream().map(this::evaluate).toList();
        CriterionResult withWaivers = result.withWaivers(waivers);
        if (!result.status().failing()) {
            return withWaivers;
        }
        return waivers.stream().filter(w -> w.status() == Status.MET).findFirst()
                .map(w -> withWaivers.withStatus(Status.WAIVED, "Waived: " + Phrases.lowerFirst(w.title()) + ". "
                        + w.rationale(), w.evidence()))
                .orElse(withWaivers);
    }

    private static CriterionResult result(Criterion node, Verdict v, List<CriterionResult> children) {
        return new CriterionResult(node.id(), node.title(), operator(node.composition()), v.status(), v.rationale(), v.evidence(), node.citations(),
                node.remediation(), node.settledBy(), node.deficiency(), node.showRoutes(), children, List.of());
    }
}
