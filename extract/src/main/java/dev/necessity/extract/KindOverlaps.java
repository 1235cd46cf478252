package dev.necessity.extract;

import dev.necessity.model.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings kept so far, by type and {@code kind}, answering "does one of the same kind overlap
 * this span?" in logarithmic time: a gap filler is kept only where none does, and a long document
 * has thousands of both, so comparing each with each grew with the square of its length. Overlap
 * means what it always has: {@code a.start < b.end && b.start < a.end}.
 */
final class KindOverlaps {
    private final Map<Key, Coverage> byKind = new HashMap<>();

    private record Key(String type, Object kind) {
    }

    /** The union of the non-empty spans of one kind as disjoint ranges (start to end), and its empty spans as points. */
    private static final class Coverage {
        final TreeMap<Integer, Integer> ranges = new TreeMap<>();
        final TreeSet<Integer> points = new TreeSet<>();
        final List<Finding> findings = new ArrayList<>();

        void add(Finding f) {
            findings.add(f);
            int start = f.span().start();
            int end = f.span().end();
            if (start == end) {
                points.add(start);
                return;
            }
            // Merge with every range it touches or overlaps (no overlap is lost or made by merging touching ranges).
            Map.Entry<Integer, Integer> before = ranges.floorEntry(start);
            if (before != null && before.getValue() >= start) {
                start = before.getKey();
                end = Math.max(end, before.getValue());
            }
            Map.Entry<Integer, Integer> next = ranges.ceilingEntry(start);
            while (next != null && next.getKey() <= end) {
                end = Math.max(end, next.getValue());
                ranges.remove(next.getKey());
                next = ranges.ceilingEntry(start);
            }
            ranges.put(start, end);
        }

        boolean overlaps(Finding f) {
            int start = f.span().start();
            int end = f.span().end();
            if (start == end) {
                // An empty span: rare enough to compare one by one, as the extractor always did.
                return findings.stream().anyMatch(g -> g.span().start() < end && start < g.span().end());
            }
            Map.Entry<Integer, Integer> last = ranges.floorEntry(end - 1);
            if (last != null && last.getValue() > start) {
                return true;
            }
            Integer point = points.higher(start);
            return point != null && point < end;
        }
    }

    void add(Finding f) {
        byKind.computeIfAbsent(key(f), k -> new Coverage()).add(f);
    }

    /** Whether a finding added so far has {@code f}'s type and kind and overlaps its span. */
    boolean overlapsSameKind(Finding f) {
        Coverage coverage = byKind.get(key(f));
        return coverage != null && coverage.overlaps(f);
    }

    private static Key key(Finding f) {
        return new Key(f.type(), f.attributes().get("kind"));
    }
}
