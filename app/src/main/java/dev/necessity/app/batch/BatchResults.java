package dev.necessity.app.batch;

import java.io.IOException;

/**
 * Where a batch run's lines go, and what an earlier run already finished there: the command
 * line's resumable results file, or whatever store a service keeps them in.
 */
public interface BatchResults {
    /** Whether a line for this case (its key, {@link CaseDirectories#key}) is already there. */
    boolean isDone(String caseKey);

    /** How many cases are already there. */
    int alreadyDone();

    /** How many of the lines already there are error lines. */
    long earlierErrors();

    /** Appends one complete line; called from many workers at once, so it must be thread-safe. */
    void append(String line) throws IOException;
}
