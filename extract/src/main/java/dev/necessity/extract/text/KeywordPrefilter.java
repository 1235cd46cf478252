package dev.necessity.extract.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides cheaply whether a pattern could match a lower-cased text, from the literals it needs
 * ({@link RequiredLiterals}, derived once per pattern): one of each of its clauses. Most patterns
 * meet most sentences without matching; for a sentence a few bit tests on its one literal scan
 * ({@link LiteralScan}) replace a full regex run.
 */
public final class KeywordPrefilter {

    /**
     * Matches nothing: stands in for a pattern ruled out by its keywords. Its minimum match length
     * exceeds any sentence, so {@code find()} returns at once instead of trying every position
     * (a bare {@code (?!)} scans the whole text, which cost more than the prefilter saved).
     */
    static final Pattern NEVER = Pattern.compile("(?!)x{1000000}");

    private static final String[][] NO_FILTER = new String[0][];
    /** Per pattern, derived once: its hint words when it is a pure keyword hint, else its required literals. */
    private static final Map<Pattern, Keywords> KEYWORDS = new ConcurrentHashMap<>();

    /**
     * What a sentence must contain for a pattern to occur in it: a literal of each clause, whose
     * {@link LiteralScan} ids are {@code ids}. {@code hint} when containing one of the single
     * clause's words is also enough (the pattern is only those words); no clause means no filter.
     */
    private record Keywords(String[][] clauses, IdMask[] ids, int maxId, boolean hint, Pattern run) {
        static Keywords of(Pattern pattern) {
            String[] hint = LiteralHint.alternatives(pattern);
            String[][] clauses = hint != null ? new String[][] {hint} : RequiredLiterals.clauses(pattern);
            Pattern run = FirstChars.accelerated(pattern);
            if (clauses == null || Arrays.stream(clauses).anyMatch(c -> c.length == 0 || Arrays.stream(c).anyMatch(String::isEmpty))) {
                return new Keywords(NO_FILTER, new IdMask[0], -1, false, run);
            }
            int[][] ids = Arrays.stream(clauses).map(LiteralScan.SHARED::register).toArray(int[][]::new);
            int maxId = Arrays.stream(ids).flatMapToInt(Arrays::stream).max().orElse(-1);
            return new Keywords(clauses, Arrays.stream(ids).map(IdMask::of).toArray(IdMask[]::new), maxId, hint != null, run);
        }

        boolean filters() {
            return clauses.length > 0;
        }

        /** Whether the sentence contains a literal of every clause. */
        boolean in(Sentence sentence) {
            long[] bits = sentence.literalBits(maxId);
            if (bits == null) {
                return containsAll(sentence.lower(), clauses);
            }
            for (IdMask clause : ids) {
                if (!clause.anySet(bits)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A clause's literal ids as masks over the words of a {@link LiteralScan} bit set: a pattern's
     * literals are registered together, so their ids mostly share a few words, and "is any of them
     * set" is one AND per word instead of one bit test per literal.
     */
    private record IdMask(int[] words, long[] masks) {
        static IdMask of(int[] ids) {
            TreeMap<Integer, Long> byWord = new TreeMap<>();
            for (int id : ids) {
                byWord.merge(id >>> 6, 1L << id, (a, b) -> a | b);
            }
            return new IdMask(byWord.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    byWord.values().stream().mapToLong(Long::longValue).toArray());
        }

        boolean anySet(long[] bits) {
            for (int i = 0; i < words.length; i++) {
                if ((bits[words[i]] & masks[i]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The pattern's keywords, derived on first use: a plain lookup after that, on every sentence. */
    private static Keywords keywords(Pattern pattern) {
        Keywords known = KEYWORDS.get(pattern);
        return known != null ? known : KEYWORDS.computeIfAbsent(pattern, Keywords::of);
    }

    /** Whether {@code lower} contains a literal of every clause. */
    private static boolean containsAll(String lower, String[][] clauses) {
        for (String[] clause : clauses) {
            if (!AsciiCase.containsAny(lower, clause)) {
                return false;
            }
        }
        return true;
    }

    private KeywordPrefilter() {
    }

    /**
     * Whether {@code pattern} occurs in {@code text}: for a pure keyword hint, by looking up its
     * words in {@code lower} alone; otherwise by the regex, when the prefilter allows a match.
     */
    public static boolean finds(Pattern pattern, String text, String lower) {
        Keywords keywords = keywords(pattern);
        boolean present = containsAll(lower, keywords.clauses());
        return keywords.hint() ? present : present && keywords.run().matcher(text).find();
    }

    /** As {@link #finds(Pattern, String, String)} for a sentence, its keywords looked up in one scan of it. */
    static boolean finds(Pattern pattern, Sentence sentence) {
        Keywords keywords = keywords(pattern);
        if (keywords.hint()) {
            return keywords.in(sentence);
        }
        if (keywords.filters() && !keywords.in(sentence)) {
            return false;
        }
        sentence.scanned();
        return keywords.run().matcher(sentence.text()).find();
    }

    /**
     * A matcher of {@code pattern} over the sentence: one that finds nothing when the sentence lacks
     * the literals it needs, else one of the same pattern with its first characters checked first
     * ({@link FirstChars}), which finds exactly the same matches.
     */
    static Matcher matcher(Pattern pattern, Sentence sentence) {
        Keywords keywords = keywords(pattern);
        if (keywords.filters() && !keywords.in(sentence)) {
            return sentence.neverMatcher();
        }
        sentence.scanned();
        return keywords.run().matcher(sentence.text());
    }

    /**
     * Whether {@code pattern} could match the sentence or any region of it: false when the sentence lacks
     * the literals it needs, looked up in the sentence's one scan ({@link LiteralScan}).
     */
    static boolean mayMatch(Pattern pattern, Sentence sentence) {
        Keywords keywords = keywords(pattern);
        return !keywords.filters() || keywords.in(sentence);
    }

    /** Whether {@code pattern} could match text whose {@link AsciiCase#lower} form is {@code lower} (or any part of it). */
    public static boolean mayMatch(Pattern pattern, String lower) {
        return containsAll(lower, keywords(pattern).clauses());
    }
}
