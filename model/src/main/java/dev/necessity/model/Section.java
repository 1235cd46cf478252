package dev.necessity.model;

/** A headed part of a document, e.g. FINDINGS or IMPRESSION; {@code span} covers the heading and body. */
public record Section(String name, Span span) {
}
