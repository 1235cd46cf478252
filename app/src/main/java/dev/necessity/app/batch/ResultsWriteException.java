package dev.necessity.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The results could not be written, so the run stopped starting cases; every line written
 * before is complete, so a resumable store lets the run be finished later.
 */
public final class ResultsWriteException extends UncheckedIOException {
    public ResultsWriteException(IOException cause) {
        super("cannot write results", cause);
    }
}
