package dev.necessity.model;

import java.util.Objects;

/** A verbatim quote of a case document: {@code quote} equals the document's text at {@code [start, end)}. */
public record EvidenceSpan(String document, int start, int end, String quote) {
    public EvidenceSpan {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || quote.length() != end - start) {
            throw new IllegalArgumentException("quote does not fit [" + start + ", " + end + ") in " + document);
        }
    }
}
