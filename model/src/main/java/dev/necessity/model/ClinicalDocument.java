package dev.necessity.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One clinical document of a case. {@code name} is the file name as given in the case;
 * {@code text} is the whole file decoded as UTF-8, and every span refers to it.
 */
public record ClinicalDocument(String name, DocumentType type, LocalDate date, String title, String text) {
    public ClinicalDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
