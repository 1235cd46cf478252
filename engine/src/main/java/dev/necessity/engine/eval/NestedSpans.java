package dev.necessity.engine.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Which quotes lie wholly inside a longer quote of the same document ("No fracture" within "No
 * fracture or marrow lesion"), answered for all of them in n log n: comparing each with each grew
 * with the square of the evidence, and a long injection history gives thousands of quotes. Nested
 * means what it always has: another span of the same document contains this one and is longer.
 */
final class NestedSpans {
    private NestedSpans() {
    }

    /** For each item, whether another item's span of the same document contains its span and is longer. */
    static <T> boolean[] nested(List<T> items, Function<T, String> document, ToIntFunction<T> start, ToIntFunction<T> end) {
        Map<String, Outer> byDocument = new HashMap<>();
        for (T item : items) {
            byDocument.computeIfAbsent(document.apply(item), d -> new Outer()).add(start.applyAsInt(item), end.applyAsInt(item));
        }
        byDocument.values().forEach(Outer::seal);
        boolean[] out = new boolean[items.size()];
        for (int i = 0; i < out.length; i++) {
            T item = items.get(i);
            out[i] = byDocument.get(document.apply(item)).containsLonger(start.applyAsInt(item), end.applyAsInt(item));
        }
        return out;
    }

    /** One document's spans: the furthest end of those starting at each start, and of those starting before it. */
    private static final class Outer {
        private final TreeMap<Integer, Integer> furthestEndAt = new TreeMap<>();
        private int[] starts;
        /** furthestBefore[i]: the furthest end of spans starting before starts[i]. */
        private int[] furthestBefore;

        void add(int start, int end) {
            furthestEndAt.merge(start, end, Math::max);
        }

        void seal() {
            starts = new int[furthestEndAt.size()];
            furthestBefore = new int[starts.length];
            int i = 0;
            int furthest = Integer.MIN_VALUE;
            for (Map.Entry<Integer, Integer> e : furthestEndAt.entrySet()) {
                starts[i] = e.getKey();
                furthestBefore[i] = furthest;
                furthest = Math.max(furthest, e.getValue());
                i++;
            }
        }

        /**
         * A longer span contains {@code [start, end)} when one starting earlier ends at or after its end, or
         * one starting at the same place ends after it.
         */
        boolean containsLonger(int start, int end) {
            int i = Arrays.binarySearch(starts, start);
            return furthestBefore[i] >= end || furthestEndAt.get(start) > end;
        }
    }
}
