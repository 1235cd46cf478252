package dev.necessity.extract;

import java.util.List;

/**
 * Reads one family of findings from a prepared document. Implementations are stateless
 * (all patterns are static), so one instance serves every document and thread.
 */
public interface FindingReader {
    List<FindingDraft> read(DocumentReading reading);
}
