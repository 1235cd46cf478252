package dev.necessity.policy;

/**
 * A criterion's reference to a source. {@code grade} is present only where the source states one
 * for the recommendation cited; {@code section} narrows the place within the source.
 */
public record CitationRef(String sourceId, String grade, String section, SourcePosition position) {
}
