package dev.necessity.engine.eval;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Kleene three-valued logic over child results. WAIVED and NOT_APPLICABLE count as satisfied;
 * NOT_DOCUMENTED is "unknown" and never silently becomes met or not met.
 */
final class Combinations {
    private Combinations() {
    }

    static Verdict all(List<CriterionResult> children) {
        List<CriterionResult> notMet = with(children, Status.NOT_MET);
        if (!notMet.isEmpty()) {
            return explain(Status.NOT_MET, notMet);
        }
        List<CriterionResult> unknown = with(children, Status.NOT_DOCUMENTED);
        if (!unknown.isEmpty()) {
            return explain(Status.NOT_DOCUMENTED, unknown);
        }
        if (!children.isEmpty() && children.stream().allMatch(c -> c.status() == Status.NOT_APPLICABLE)) {
            return explain(Status.NOT_APPLICABLE, children);
        }
        return explain(Status.MET, children.stream().filter(c -> c.status() != Status.NOT_APPLICABLE).toList());
    }

    static Verdict any(List<CriterionResult> children) {
        List<CriterionResult> met = children.stream().filter(c -> c.status() == Status.MET || c.status() == Status.WAIVED).toList();
        if (!met.isEmpty()) {
            return explain(Status.MET, met);
        }
        List<CriterionResult> relevant = children.stream().filter(c -> c.status() != Status.NOT_APPLICABLE).toList();
        if (relevant.isEmpty()) {
            return explain(Status.NOT_APPLICABLE, children);
        }
        Status status = relevant.stream().anyMatch(c -> c.status() == Status.NOT_DOCUMENTED)
                ? Status.NOT_DOCUMENTED : Status.NOT_MET;
        return explain(status, relevant);
    }

    static Verdict atLeast(int n, List<CriterionResult> children) {
        long met = children.stream().filter(c -> c.status().satisfied()).count();
        long unknown = with(children, Status.NOT_DOCUMENTED).size();
        String count = met + " of the required " + n + " documented";
        if (met >= n) {
            return new Verdict(Status.MET, count + ": " + summary(children.stream().filter(c -> c.status().satisfied()).toList()),
                    evidence(children.stream().filter(c -> c.status().satisfied()).toList()));
        }
        Status status = met + unknown >= n ? Status.NOT_DOCUMENTED : Status.NOT_MET;
        List<CriterionResult> failing = children.stream().filter(c -> c.status().failing()).toList();
        return new Verdict(status, count + ". " + summary(failing), evidence(failing));
    }

    static Verdict not(CriterionResult child) {
        return switch (child.status()) {
            case MET, WAIVED -> new Verdict(Status.NOT_MET, child.rationale(), child.evidence());
            case NOT_MET -> new Verdict(Status.MET, child.rationale(), child.evidence());
            default -> new Verdict(child.status(), child.rationale(), child.evidence());
        };
    }

    private static Verdict explain(Status status, List<CriterionResult> deciding) {
        if (deciding.size() == 1 && deciding.get(0).children().isEmpty() && status == Status.MET) {
            CriterionResult c = deciding.get(0);
            return new Verdict(status, c.rationale(), c.evidence());
        }
        return new Verdict(status, summary(deciding), evidence(deciding));
    }

    private static String summary(List<CriterionResult> results) {
        return results.stream().map(c -> c.title() + ": " + Phrases.lowerFirst(c.rationale()))
                .map(Phrases::sentence).collect(Collectors.joining(" "));
    }

    private static List<EvidenceSpan> evidence(List<CriterionResult> results) {
        return Phrases.merge(results.stream().map(CriterionResult::evidence).toList());
    }

    private static List<CriterionResult> with(List<CriterionResult> children, Status s) {
        return children.stream().filter(c -> c.status() == s).toList();
    }
}
