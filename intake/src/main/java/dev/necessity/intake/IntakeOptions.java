package dev.necessity.intake;

/**
 * Limits for reading a case (docs/limits.md). Immutable. Every limit is checked before the
 * thing it bounds is built: file sizes before a file is read, the number of service lines and
 * documents and the JSON nesting while request.json is scanned as a stream, so an oversized case
 * is refused in milliseconds and in constant memory.
 *
 * @param maxRequestBytes  the largest request.json, in bytes
 * @param maxServiceLines  the most service lines one request may hold
 * @param maxDocuments     the most documents one case may hold (listed or discovered)
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxCaseBytes     the most bytes of request.json and documents together
 * @param maxLineLength    the longest line of a document, in characters
 * @param maxJsonDepth     the deepest nesting of arrays and objects in request.json
 */
public record IntakeOptions(long maxRequestBytes, int maxServiceLines, int maxDocuments, long maxDocumentBytes,
                            long maxCaseBytes, int maxLineLength, int maxJsonDepth) {

    private static final long MB = 1024L * 1024;

    /** 1 MB: a request of 50 lines and 200 documents is about 50 KB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = MB;
    /** 50 service lines. */
    public static final int DEFAULT_MAX_SERVICE_LINES = 50;
    /** 200 documents. */
    public static final int DEFAULT_MAX_DOCUMENTS = 200;
    /** 4 MB per document: the largest clinical note in the corpora is 18 KB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 4 * MB;
    /** 16 MB for request.json and every document together. */
    public static final long DEFAULT_MAX_CASE_BYTES = 16 * MB;
    /** 100,000 characters per line: the longest line in the corpora is 7,622. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /** 32 levels: the request's own shape is 4 deep (request, services, a line, its levels). */
    public static final int DEFAULT_MAX_JSON_DEPTH = 32;

    public IntakeOptions {
        requirePositive("maxRequestBytes", maxRequestBytes);
        requirePositive("maxServiceLines", maxServiceLines);
        requirePositive("maxDocuments", maxDocuments);
        requirePositive("maxDocumentBytes", maxDocumentBytes);
        requirePositive("maxCaseBytes", maxCaseBytes);
        requirePositive("maxLineLength", maxLineLength);
        requirePositive("maxJsonDepth", maxJsonDepth);
    }

    /** The defaults with another document limit. */
    public IntakeOptions(long maxDocumentBytes) {
        this(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_SERVICE_LINES, DEFAULT_MAX_DOCUMENTS, maxDocumentBytes,
                DEFAULT_MAX_CASE_BYTES, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_JSON_DEPTH);
    }

    /** The documented defaults (docs/limits.md). */
    public static IntakeOptions defaults() {
        return new IntakeOptions(DEFAULT_MAX_DOCUMENT_BYTES);
    }

    public IntakeOptions withMaxRequestBytes(long bytes) {
        return new IntakeOptions(bytes, maxServiceLines, maxDocuments, maxDocumentBytes, maxCaseBytes, maxLineLength, maxJsonDepth);
    }

    public IntakeOptions withMaxServiceLines(int lines) {
        return new IntakeOptions(maxRequestBytes, lines, maxDocuments, maxDocumentBytes, maxCaseBytes, maxLineLength, maxJsonDepth);
    }

    public IntakeOptions withMaxDocuments(int documents) {
        return new IntakeOptions(maxRequestBytes, maxServiceLines, documents, maxDocumentBytes, maxCaseBytes, maxLineLength, maxJsonDepth);
    }

    public IntakeOptions withMaxCaseBytes(long bytes) {
        return new IntakeOptions(maxRequestBytes, maxServiceLines, maxDocuments, maxDocumentBytes, bytes, maxLineLength, maxJsonDepth);
    }

    public IntakeOptions withMaxLineLength(int characters) {
        return new IntakeOptions(maxRequestBytes, maxServiceLines, maxDocuments, maxDocumentBytes, maxCaseBytes, characters, maxJsonDepth);
    }

    public IntakeOptions withMaxJsonDepth(int depth) {
        return new IntakeOptions(maxRequestBytes, maxServiceLines, maxDocuments, maxDocumentBytes, maxCaseBytes, maxLineLength, depth);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
