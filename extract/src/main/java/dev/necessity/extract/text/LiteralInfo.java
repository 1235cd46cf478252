package dev.necessity.extract.text;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known of the strings a part of the pattern matches: exactly one of {@code exact}
 * (when small and known), or strings that contain one of {@code anyOf}; both null means
 * anything.
 */
record LiteralInfo(Set<String> exact, Set<String> anyOf) {
    /** Above this many alternatives an exact set is reduced to a requirement, to bound the work. */
    static final int MAX_EXACT = 64;
    /** Above this many literals a requirement is dropped: checking it would cost about as much as the regex. */
    static final int MAX_REQUIRED = 96;
    /** Literals are cut to this length: long enough to be selective, short enough to share. */
    static final int LITERAL_PREFIX = 8;

    static final LiteralInfo ANY = new LiteralInfo(null, null);
    static final LiteralInfo EMPTY = new LiteralInfo(Set.of(""), null);

    static LiteralInfo exactly(Set<String> strings) {
        return strings.size() <= MAX_EXACT ? new LiteralInfo(strings, null) : requiring(strings);
    }

    static LiteralInfo requiring(Set<String> strings) {
        Set<String> minimal = minimal(strings);
        return minimal == null ? ANY : new LiteralInfo(null, minimal);
    }

    /** The literals one of which a match contains, or null. */
    Set<String> required() {
        return exact != null ? minimal(exact) : anyOf;
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
