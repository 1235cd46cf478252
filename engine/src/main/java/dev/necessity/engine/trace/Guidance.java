package dev.necessity.engine.trace;

import dev.necessity.model.EvidenceSpan;
import dev.necessity.policy.CitationRef;
import java.util.List;

/**
 * A cited statement in a determination: a discordance, an alternative, a reconsideration step or a
 * reviewer pitfall. {@code origin} names the policy element it came from, for the trace.
 */
public record Guidance(String origin, String title, String text, List<CitationRef> citations, List<EvidenceSpan> evidence) {
    public Guidance {
        citations = List.copyOf(citations);
        evidence = List.copyOf(evidence);
    }
}
