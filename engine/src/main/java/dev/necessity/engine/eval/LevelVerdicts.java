package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import java.util.List;
import java.util.stream.Collectors;

/** Combines per-level verdicts: every requested level, or at least one. */
final class LevelVerdicts {
    private LevelVerdicts() {
    }

    static Verdict each(List<Verdict> perLevel) {
        Status status = perLevel.stream().anyMatch(v -> v.status() == Status.NOT_MET) ? Status.NOT_MET
                : perLevel.stream().anyMatch(v -> v.status() == Status.NOT_DOCUMENTED) ? Status.NOT_DOCUMENTED : Status.MET;
        return merge(status, perLevel);
    }

    static Verdict any(List<Verdict> perLevel) {
        Status status = perLevel.stream().anyMatch(v -> v.status() == Status.MET) ? Status.MET
                : perLevel.stream().anyMatch(v -> v.status() == Status.NOT_DOCUMENTED) ? Status.NOT_DOCUMENTED : Status.NOT_MET;
        return merge(status, perLevel);
    }

    private static Verdict merge(Status status, List<Verdict> perLevel) {
        List<Verdict> deciding = perLevel.stream().filter(v -> v.status() == status).toList();
        String rationale = deciding.stream().map(Verdict::rationale).collect(Collectors.joining(" "));
        List<EvidenceSpan> evidence = Phrases.merge(deciding.stream().map(Verdict::evidence).toList());
        return new Verdict(status, rationale, evidence);
    }
}
