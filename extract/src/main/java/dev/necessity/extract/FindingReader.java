package dev.necessity.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads one family of findings from a prepared document. Implementations are stateless
 * (all patterns are static), so one instance serves every document and thread.
 */
public interface FindingReader {
    List<FindingDraft> read(DocumentReading reading);

    /**
     * Every finding type {@link #read} can emit ({@code FindingTypes}). The extractor skips a reader
     * when none of these is asked for, so a type missing here is a finding silently lost.
     */
    Set<String> types();
}
