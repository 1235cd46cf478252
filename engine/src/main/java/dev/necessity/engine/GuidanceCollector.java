package dev.necessity.engine;

import dev.necessity.engine.eval.CaseFacts;
import dev.necessity.engine.eval.CriterionEvaluator;
import dev.necessity.engine.eval.LineContext;
import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.Diagnosis;
import dev.necessity.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the case-level guidance from the policies that decided its lines: discordances between
 * coded diagnoses and the record, alternatives, the steps that would change the answer, and pitfalls.
 * Each policy contributes once, however many lines it decided.
 */
final class GuidanceCollector {
    private final CaseFacts facts;
    private final List<LineDetermination> lines;
    private final Map<String, Policy> policies = new LinkedHashMap<>();
    private final Map<String, LineDetermination> firstLine = new LinkedHashMap<>();

    GuidanceCollector(CaseFacts facts, List<LineDetermination> lines, Map<Integer, Policy> bySequence) {
        this.facts = facts;
        this.lines = lines;
        for (LineDetermination l : lines) {
            Policy p = bySequence.get(l.line().sequence());
            if (p != null && !policies.containsKey(p.id())) {
                policies.put(p.id(), p);
                firstLine.put(p.id(), l);
            }
        }
    }

    List<Guidance> discordances() {
        List<Guidance> out = new ArrayList<>();
        for (Policy p : policies.values()) {
            for (Policy.DiscordanceRule rule : p.discordances()) {
                List<Diagnosis> coded = facts.request().diagnoses().stream().filter(d -> d.inFamily(rule.diagnosisPrefixes())).toList();
                if (coded.isEmpty()) {
                    continue;
                }
                CriterionResult support = evaluator(p).evaluate(rule.support());
                if (support.status() != Status.NOT_MET) {
                    continue;
                }
                Diagnosis d = coded.get(0);
                String dx = d.code() + (d.description() == null ? "" : " (" + d.description() + ")");
                out.add(new Guidance(p.id() + "/" + rule.id(), rule.title(), "The request codes " + dx + ". " + rule.text().trim()
                        + " " + support.rationale(), rule.citations(), support.evidence()));
            }
        }
        return out;
    }

    List<Guidance> alternatives() {
        List<Guidance> out = new ArrayList<>();
        for (Policy p : policies.values()) {
            if (!anyAdverse(p)) {
                continue;
            }
            for (Policy.PolicyNote note : p.alternatives()) {
                if (note.when() == null || evaluator(p).evaluate(note.when()).status() == Status.MET) {
                    out.add(new Guidance(p.id() + "/" + note.id(), null, note.text().trim(), note.citations(), List.of()));
                }
            }
        }
        return out;
    }

    List<Guidance> pitfalls() {
        List<Guidance> out = new ArrayList<>();
        policies.values().forEach(p -> p.pitfalls().forEach(note ->
                out.add(new Guidance(p.id() + "/" + note.id(), null, note.text().trim(), note.citations(), List.of()))));
        return out;
    }

    /** One step per failing criterion that says what would satisfy it, in criteria order, without repeats. */
    List<Guidance> reconsideration() {
        List<Guidance> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LineDetermination line : lines) {
            if (line.criteria() == null || line.outcome() == LineOutcome.MEDICALLY_NECESSARY) {
                continue;
            }
            java.util.stream.Stream.concat(
                    line.criteria().flatten().filter(c -> c.status() == Status.NOT_MET),
                    line.criteria().flatten().filter(c -> c.status() == Status.NOT_DOCUMENTED))
                    .filter(c -> c.remediation() != null)
                    .filter(c -> seen.add(c.remediation().trim()))
                    .forEach(c -> out.add(new Guidance(line.policyId() + "/" + c.id(), c.title(), c.remediation().trim(),
                            c.citations(), List.of())));
        }
        return out;
    }

    private boolean anyAdverse(Policy p) {
        return lines.stream().anyMatch(l -> p.id().equals(l.policyId()) && l.outcome() != LineOutcome.MEDICALLY_NECESSARY);
    }

    private CriterionEvaluator evaluator(Policy p) {
        LineDetermination l = firstLine.get(p.id());
        return new CriterionEvaluator(new LineContext(facts, l.line(), null, null));
    }

}
