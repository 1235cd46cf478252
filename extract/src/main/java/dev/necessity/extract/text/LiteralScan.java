package dev.necessity.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one left-to-right pass over a lower-cased sentence, which of the prefilter literals
 * it contains (an Aho-Corasick automaton over every literal the patterns in use require). A
 * reader's {@link Sentence#matcher} then asks a bit set instead of searching the sentence for
 * each of a pattern's literals: about 170 patterns need about 1,500 literals, and scanning for
 * them one by one was an eighth of all extraction time.
 *
 * <p>Literals are registered as patterns are first used, so the automaton grows: it is rebuilt,
 * as a new immutable {@link Automaton}, once enough lookups have found literals it does not yet
 * know. Until then those lookups fall back to {@code String.contains}, which gives the same
 * answer, so when a rebuild happens never changes a result. Thread-safe.
 */
final class LiteralScan {

    /** Lookups that fell back to {@code contains} before the automaton is rebuilt to cover them. */
    private static final int MISSES_BEFORE_REBUILD = 64;

    static final LiteralScan SHARED = new LiteralScan();

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private volatile Automaton automaton = new Automaton(List.of());
    private int misses;
    /** Whether a thread is building the next automaton. */
    private boolean building;

    /** The ids of {@code literals} (lower-case, non-empty), registering the new ones. */
    synchronized int[] register(String[] literals) {
        int[] out = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            if (literals[i].isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            out[i] = ids.computeIfAbsent(literals[i], k -> ids.size());
        }
        return out;
    }

    /** Every literal registered so far, in id order. */
    synchronized List<String> literals() {
        return List.copyOf(ids.keySet());
    }

    /** The current automaton. */
    Automaton automaton() {
        return automaton;
    }

    /**
     * Notes a lookup that needed a literal the current automaton lacks; after enough of them,
     * builds one over every registered literal. The build runs outside the lock, so other threads'
     * lookups meanwhile fall back to {@code contains} instead of waiting for it (a build of 2,000
     * literals takes milliseconds, more while the JIT has not yet compiled it); one build at a time.
     */
    void missed() {
        List<String> literals;
        synchronized (this) {
            if (++misses < MISSES_BEFORE_REBUILD || building || ids.size() <= automaton.literals()) {
                return;
            }
            building = true;
            literals = new ArrayList<>(ids.keySet());
        }
        Automaton built = null;
        try {
            built = new Automaton(literals);
        } finally {
            synchronized (this) {
                if (built != null) {
                    automaton = built;
                    misses = 0;
                }
                building = false;
            }
        }
    }

    /** An immutable automaton over literals numbered 0 to {@link #literals()} - 1. */
    static final class Automaton {
        private final int count;
        /** Character class of each ASCII character; 0 for a character in no literal. */
        private final int[] asciiClass = new int[128];
        private final Map<Character, Integer> otherClass = new HashMap<>();
        private final int classes;
        /** Next state for (state, class), dense: state * classes + class. */
        private final int[] next;
        /** Literal ids that end at each state, its suffixes' included; null for none. */
        private final int[][] found;

        Automaton(List<String> literals) {
            this.count = literals.size();
            int nextClass = 1;
            for (String literal : literals) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    if (c < 128) {
                        if (asciiClass[c] == 0) {
                            asciiClass[c] = nextClass++;
                        }
                    } else if (!otherClass.containsKey(c)) {
                        otherClass.put(c, nextClass++);
                    }
                }
            }
            this.classes = nextClass;
            // The trie, with -1 for "no child"; state 0 is the root.
            List<int[]> children = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            children.add(newRow());
            ends.add(new ArrayList<>());
            for (int id = 0; id < literals.size(); id++) {
                String literal = literals.get(id);
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int c = classOf(literal.charAt(i));
                    if (children.get(state)[c] < 0) {
                        children.get(state)[c] = children.size();
                        children.add(newRow());
                        ends.add(new ArrayList<>());
                    }
                    state = children.get(state)[c];
                }
                ends.get(state).add(id);
            }
            int states = children.size();
            this.next = new int[states * classes];
            int[] fail = new int[states];
            this.found = new int[states][];
            // Breadth-first, so a state's failure target is complete before the state is.
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < classes; c++) {
                int child = children.get(0)[c];
                if (child > 0) {
                    next[c] = child;
                    fail[child] = 0;
                    queue.add(child);
                }
            }
            found[0] = null;
            while (!queue.isEmpty()) {
                int state = queue.poll();
                List<Integer> here = new ArrayList<>(ends.get(state));
                if (found[fail[state]] != null) {
                    for (int id : found[fail[state]]) {
                        here.add(id);
                    }
                }
                found[state] = here.isEmpty() ? null : here.stream().mapToInt(Integer::intValue).toArray();
                for (int c = 0; c < classes; c++) {
                    int child = children.get(state)[c];
                    if (child > 0) {
                        next[state * classes + c] = child;
                        fail[child] = next[fail[state] * classes + c];
                        queue.add(child);
                    } else {
                        next[state * classes + c] = next[fail[state] * classes + c];
                    }
                }
            }
        }

        private int[] newRow() {
            int[] row = new int[classes];
            Arrays.fill(row, -1);
            return row;
        }

        private int classOf(char c) {
            if (c < 128) {
                return asciiClass[c];
            }
            Integer k = otherClass.get(c);
            return k == null ? 0 : k;
        }

        /** How many literals (ids 0 to this - 1) the automaton finds. */
        int literals() {
            return count;
        }

        /** Bit {@code id} set for each literal that occurs in {@code lower}. */
        long[] scan(String lower) {
            long[] bits = new long[(count + 63) >>> 6];
            int state = 0;
            boolean other = !otherClass.isEmpty();
            for (int i = 0, n = lower.length(); i < n; i++) {
                char ch = lower.charAt(i);
                int c = ch < 128 ? asciiClass[ch] : other ? classOf(ch) : 0;
                state = next[state * classes + c];
                int[] ids = found[state];
                if (ids != null) {
                    for (int id : ids) {
                        bits[id >>> 6] |= 1L << id;
                    }
                }
            }
            return bits;
        }
    }
}
