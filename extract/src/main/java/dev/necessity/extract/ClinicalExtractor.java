package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;

/**
 * Reads one clinical document into findings with exact character spans.
 * Instances are immutable and thread-safe: build once, use for every document.
 */
public final class ClinicalExtractor {

    public DocumentExtraction extract(ClinicalDocument document) {
        throw new UnsupportedOperationException("being written");
    }
}
