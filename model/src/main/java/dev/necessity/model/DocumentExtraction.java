package dev.necessity.model;

import java.util.List;

/** What the extractor read from one document. */
public record DocumentExtraction(ClinicalDocument document, List<Section> sections, List<Finding> findings) {
    public DocumentExtraction {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
    }
}
