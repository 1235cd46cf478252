package dev.necessity.intake;

/**
 * Limits for reading a case. Immutable.
 *
 * @param maxDocumentBytes the largest file, in bytes, that {@link CaseReader} will read
 *                         (documents and request.json alike); larger files are rejected
 *                         without being read into memory. Must be positive.
 */
public record IntakeOptions(long maxDocumentBytes) {

    /** 10 MB (10 × 1024 × 1024 bytes). */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    public IntakeOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
    }

    /** The defaults: a 10 MB document limit. */
    public static IntakeOptions defaults() {
        return new IntakeOptions(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
