package dev.necessity.extract.text;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known of the strings a part of the pattern matches: exactly one of {@code exact}
 * (when small and known), or strings that meet every clause of {@code clauses}, a clause being
 * "contains one of these literals" (so "foraminal stenosis" needs one of the place words and one
 * of the stenosis words); no exact set and no clause means anything.
 */
record LiteralInfo(Set<String> exact, List<Set<String>> clauses) {
    /** Above this many alternatives an exact set is reduced to a requirement, to bound the work. */
    static final int MAX_EXACT = 64;
    /** Above this many literals a requirement is dropped: checking it would cost about as much as the regex. */
    static final int MAX_REQUIRED = 96;
    /** Literals are cut to this length: long enough to be selective, short enough to share. */
    static final int LITERAL_PREFIX = 8;
    /** The most selective clauses kept; more add little to the filter. */
    static final int MAX_CLAUSES = 3;

    /** The more selective clause first: its shortest literal longest, then the smaller set. */
    static final Comparator<Set<String>> SELECTIVITY = Comparator
            .comparingInt((Set<String> c) -> -c.stream().mapToInt(String::length).min().orElse(0))
            .thenComparingInt(Set::size);

    static final LiteralInfo ANY = new LiteralInfo(null, List.of());
    static final LiteralInfo EMPTY = new LiteralInfo(Set.of(""), List.of());

    static LiteralInfo exactly(Set<String> strings) {
        return strings.size() <= MAX_EXACT ? new LiteralInfo(strings, List.of()) : requiring(strings);
    }

    static LiteralInfo requiring(Set<String> strings) {
        return allOf(java.util.Collections.singletonList(strings));
    }

    /**
     * Strings meeting every one of {@code clauses} (each reduced by {@link #minimal}; a clause that
     * cannot be used is dropped, which only weakens the filter), the most selective first.
     */
    static LiteralInfo allOf(List<Set<String>> clauses) {
        List<Set<String>> kept = clauses.stream().map(LiteralInfo::minimal).filter(java.util.Objects::nonNull).distinct()
                .sorted(SELECTIVITY).limit(MAX_CLAUSES).toList();
        return kept.isEmpty() ? ANY : new LiteralInfo(null, kept);
    }

    /** The clauses every match meets, the most selective first; empty when none is known. */
    List<Set<String>> required() {
        if (exact == null) {
            return clauses;
        }
        Set<String> clause = minimal(exact);
        return clause == null ? List.of() : List.of(clause);
    }

    /** The most selective clause, or null. */
    Set<String> best() {
        List<Set<String>> r = required();
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * The same requirement with fewer, shorter literals: each cut to its first {@link
     * #LITERAL_PREFIX} characters (a text containing a literal contains its prefix), then
     * dropping any literal that contains another ("bmi is:" when "bmi" is there).
     */
    private static Set<String> minimal(Set<String> strings) {
        if (strings == null || strings.contains("")) {
            return null;
        }
        List<String> cut = strings.stream().map(x -> x.length() > LITERAL_PREFIX ? x.substring(0, LITERAL_PREFIX) : x)
                .distinct().sorted(Comparator.comparingInt(String::length)).toList();
        Set<String> kept = new LinkedHashSet<>();
        for (String x : cut) {
            if (kept.stream().noneMatch(x::contains)) {
                kept.add(x);
            }
        }
        return kept.size() > MAX_REQUIRED ? null : kept;
    }
}
