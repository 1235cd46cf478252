package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;

import java.time.LocalDate;
import java.util.List;

/** Test fixture: reads a piece of clinical text as a document of a given type and date. */
final class Notes {

    static final LocalDate DATE = LocalDate.of(2026, 2, 20);
    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();

    private Notes() {
    }

    static List<Finding> read(String text) {
        return read(text, DocumentType.CLINICAL_NOTE);
    }

    static List<Finding> read(String text, DocumentType type) {
        return EXTRACTOR.extract(new ClinicalDocument("note.txt", type, DATE, null, text)).findings();
    }

    static List<Finding> imaging(String text) {
        return read(text, DocumentType.IMAGING);
    }

    static List<Finding> ofType(List<Finding> findings, String type) {
        return findings.stream().filter(f -> f.type().equals(type)).toList();
    }

    static Finding only(List<Finding> findings, String type) {
        List<Finding> of = ofType(findings, type);
        if (of.size() != 1) {
            throw new AssertionError("expected one " + type + " but got " + of.stream().map(SeedCase::describe).toList());
        }
        return of.get(0);
    }

    static List<String> levels(List<Finding> findings) {
        return findings.stream().map(f -> f.level() == null ? "none" : f.level().toString()).toList();
    }
}
