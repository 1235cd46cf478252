package dev.necessity.app.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch run's lines kept in memory, for a caller that takes them as they come (a service answering one
 * request, a test): nothing was done before, and {@link #append} is safe from many workers at once.
 */
public final class InMemoryBatchResults implements BatchResults {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean isDone(String caseKey) {
        return false;
    }

    @Override
    public int alreadyDone() {
        return 0;
    }

    @Override
    public long earlierErrors() {
        return 0;
    }

    @Override
    public void append(String line) {
        lines.add(line);
    }

    /** The lines appended so far, in the order they were appended. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
