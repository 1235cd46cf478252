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
    /** Per pattern, for sentences: its hint words when it is a pure keyword hint, else its required literals. */
    private static final Map<Pattern, Keywords> KEYWORDS = new ConcurrentHashMap<>();

    /**
     * What a sentence must contain for a pattern to occur in it: one of {@code words}, whose
     * {@link LiteralScan} ids are {@code ids}. {@code hint} when containing one is also enough
     * (the pattern is only those words); no words means no filter.
     */
    private record Keywords(String[] words, int[] ids, int maxId, boolean hint) {
        static Keywords of(Pattern pattern) {
            String[] hint = LiteralHint.alternatives(pattern);
            String[] words = hint != null ? hint : RequiredLiterals.of(pattern);
            if (words == null || words.length == 0 || java.util.Arrays.stream(words).anyMatch(String::isEmpty)) {
                return new Keywords(NO_FILTER, new int[0], -1, false);
            }
            int[] ids = LiteralScan.SHARED.register(words);
            return new Keywords(words, ids, java.util.Arrays.stream(ids).max().orElse(-1), hint != null);
        }

        boolean filters() {
            return words.length > 0;
        }

        /** Whether the sentence contains one of the words. */
        boolean in(Sentence sentence) {
            long[] bits = sentence.literalBits(maxId);
            if (bits == null) {
                return AsciiCase.containsAny(sentence.lower(), words);
            }
            for (int id : ids) {
                if ((bits[id >>> 6] & (1L << id)) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

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

    /** As {@link #finds(Pattern, String, String)} for a sentence, its keywords looked up in one scan of it. */
    static boolean finds(Pattern pattern, Sentence sentence) {
        Keywords keywords = KEYWORDS.computeIfAbsent(pattern, Keywords::of);
        if (keywords.hint()) {
            return keywords.in(sentence);
        }
        return (!keywords.filters() || keywords.in(sentence)) && pattern.matcher(sentence.text()).find();
    }

    /** As {@link #mayMatch(Pattern, String)} for a sentence, its literals looked up in one scan of it. */
    static boolean mayMatch(Pattern pattern, Sentence sentence) {
        Keywords keywords = KEYWORDS.computeIfAbsent(pattern, Keywords::of);
        return !keywords.filters() || keywords.in(sentence);
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
