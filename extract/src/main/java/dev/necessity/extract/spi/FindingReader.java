package dev.necessity.extract.spi;

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

    /**
     * A reader of everyday phrasings that only fills gaps: its findings are kept only where no other
     * reader found one of the same type and {@code kind} overlapping it, so the specialised grammars'
     * findings (with their onset and duration) are not doubled.
     */
    default boolean fillsGaps() {
        return false;
    }
}
