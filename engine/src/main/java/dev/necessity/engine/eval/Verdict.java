package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import java.util.List;

/** A leaf's answer: status, the sentence that explains it, and the quotes it rests on. */
record Verdict(Status status, String rationale, List<EvidenceSpan> evidence) {
    Verdict {
        evidence = List.copyOf(evidence);
    }

    static Verdict of(Status status, String rationale) {
        return new Verdict(status, rationale, List.of());
    }
}
