package dev.necessity.app.batch;

/** Told how many cases are done (those found done at the start included) as a run goes on. */
@FunctionalInterface
public interface BatchProgress {
    /** {@code last} is true exactly once, when the run has ended. Called from many workers at once. */
    void update(long done, boolean last);
}
