package dev.necessity.extract.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides cheaply whether a pattern could match a lower-cased text, from the literals it needs
 * ({@link RequiredLiterals}, derived once per pattern). Most patterns meet most sentences without
 * matching; a few {@code indexOf} calls replace a full regex scan.
 */
public final class KeywordPrefilter {

    /**
     * Matches nothing: stands in for a pattern ruled out by its keywords. Its minimum match length
     * exceeds any sentence, so {@code find()} returns at once instead of trying every position
     * (a bare {@code (?!)} scans the whole text, which cost more than the prefilter saved).
     */
    static final Pattern NEVER = Pattern.compile("(?!)x{1000000}");

    private static final String[] NO_FILTER = new String[0];
    private static final Map<Pattern, String[]> LITERALS = new ConcurrentHashMap<>();
    private static final Map<Pattern, String[]> HINT_WORDS = new ConcurrentHashMap<>();

    private KeywordPrefilter() {
    }

    /**
     * Whether {@code pattern} occurs in {@code text}: for a pure keyword hint, by looking up its
     * words in {@code lower} alone; otherwise by the regex, when the prefilter allows a match.
     */
    public static boolean finds(Pattern pattern, String text, String lower) {
        String[] words = HINT_WORDS.computeIfAbsent(pattern, p -> {
            String[] alternatives = LiteralHint.alternatives(p);
            return alternatives == null ? NO_FILTER : alternatives;
        });
        if (words != NO_FILTER) {
            return AsciiCase.containsAny(lower, words);
        }
        return mayMatch(pattern, lower) && pattern.matcher(text).find();
    }

    /** Whether {@code pattern} could match text whose {@link AsciiCase#lower} form is {@code lower} (or any part of it). */
    public static boolean mayMatch(Pattern pattern, String lower) {
        String[] literals = LITERALS.computeIfAbsent(pattern, p -> {
            String[] derived = RequiredLiterals.of(p);
            return derived == null ? NO_FILTER : derived;
        });
        return literals == NO_FILTER || AsciiCase.containsAny(lower, literals);
    }
}
