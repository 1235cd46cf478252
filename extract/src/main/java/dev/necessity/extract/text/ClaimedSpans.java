package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranges of a sentence already read by an earlier grammar, so a later one skips overlapping
 * matches. Claimed ranges never overlap one another, which makes the overlap test a single
 * ordered-map lookup instead of a scan of every claim (quadratic on a long run-on sentence).
 */
public final class ClaimedSpans {

    /** Non-empty claims, start to end. */
    private final TreeMap<Integer, Integer> byStart = new TreeMap<>();
    /** Empty claims {@code [e, e)}: they block a range strictly around {@code e}; kept apart as they can share a start. */
    private final List<Integer> empty = new ArrayList<>();

    /** Whether {@code [from, to)} overlaps a claim ({@code from < end && start < to}). */
    public boolean overlaps(int from, int to) {
        // Of the disjoint claims starting before `to`, the last one has the greatest end.
        Map.Entry<Integer, Integer> last = byStart.lowerEntry(to);
        if (last != null && from < last.getValue()) {
            return true;
        }
        for (int e : empty) {
            if (from < e && e < to) {
                return true;
            }
        }
        return false;
    }

    /** Claims {@code [from, to)}; callers claim only ranges that do not overlap an earlier claim. */
    public void claim(int from, int to) {
        if (from == to) {
            empty.add(from);
        } else {
            byStart.put(from, to);
        }
    }
}
