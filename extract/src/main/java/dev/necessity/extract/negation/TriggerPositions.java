package dev.necessity.extract.negation;

import static dev.necessity.extract.text.AscendingPositions.firstAtLeast;
import static dev.necessity.extract.text.AscendingPositions.firstAbove;

import java.util.List;

/**
 * Non-overlapping triggers of one sentence in text order, so both their starts and their ends
 * ascend and range questions are binary searches.
 */
final class TriggerPositions {

    /** No triggers. */
    static final TriggerPositions NONE = new TriggerPositions(List.of());

    private final List<TriggerMatch> triggers;
    private final int[] starts;
    private final int[] ends;

    TriggerPositions(List<TriggerMatch> inOrder) {
        this.triggers = inOrder;
        this.starts = new int[inOrder.size()];
        this.ends = new int[inOrder.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = inOrder.get(i).start();
            ends[i] = inOrder.get(i).end();
        }
    }

    /** The last trigger with {@code end <= limit}, or null. */
    TriggerMatch lastEndingBy(int limit) {
        int i = firstAbove(ends, limit) - 1;
        return i >= 0 ? triggers.get(i) : null;
    }

    /** Whether some trigger lies wholly inside {@code [from, to]} (start at or after from, end at or before to). */
    boolean anyWithin(int from, int to) {
        // The first trigger starting at or after from has the smallest end of all such triggers.
        int i = firstAtLeast(starts, from);
        return i < starts.length && ends[i] <= to;
    }

    /** Whether some trigger starts inside {@code [from, to)}. */
    boolean anyStartingWithin(int from, int to) {
        int i = firstAtLeast(starts, from);
        return i < starts.length && starts[i] < to;
    }

    /** Triggers with {@code from <= start <= to}, in order. */
    List<TriggerMatch> startingWithin(int from, int to) {
        return triggers.subList(firstAtLeast(starts, from), firstAbove(starts, to));
    }
}
