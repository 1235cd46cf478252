package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases (lower-case) in a text, case-insensitively as a whole word, left to
 * right without overlaps, preferring the longest phrase at a position: exactly what a
 * case-insensitive regex alternation sorted longest-first finds, without trying every
 * alternative at every character. Phrases are indexed by first character and tried only where
 * that character occurs.
 */
public final class PhraseIndex {

    /** Where a phrase must not touch a letter or digit. */
    public enum Edges {
        /** At each end of the phrase that is itself a letter or digit (ConText triggers: ";" may touch anything). */
        WHERE_PHRASE_HAS_WORD_CHARACTER,
        /** At both ends always, and a hyphen before also joins ("Depo-Medrol" is not "Medrol"). */
        ALWAYS_HYPHEN_JOINS_BEFORE
    }

    /** A phrase found at {@code [start, end)}. */
    public record Hit(String phrase, int start, int end) {
    }

    private final Edges edges;
    /** Phrases by first character (ASCII), longest first then alphabetical: the alternation's order. */
    private final String[][] byFirstChar = new String[128][];

    public PhraseIndex(Collection<String> phrases, Edges edges) {
        this.edges = edges;
        Map<Character, List<String>> buckets = new HashMap<>();
        phrases.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(p -> buckets.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p));
        buckets.forEach((c, list) -> {
            if (c >= 128 || !AsciiCase.lower(String.valueOf(c)).equals(String.valueOf(c))) {
                throw new IllegalArgumentException("phrases must start with a lower-case ASCII character: " + list);
            }
            byFirstChar[c] = list.toArray(String[]::new);
        });
    }

    /** Every phrase in {@code text}, in order. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        String lower = AsciiCase.lower(text);
        int n = lower.length();
        int pos = 0;
        while (pos < n) {
            char c = lower.charAt(pos);
            String[] candidates = c < 128 ? byFirstChar[c] : null;
            String phrase = candidates == null ? null : phraseAt(lower, pos, candidates);
            if (phrase == null) {
                pos++;
                continue;
            }
            out.add(new Hit(phrase, pos, pos + phrase.length()));
            pos += phrase.length();
        }
        return out;
    }

    private String phraseAt(String lower, int pos, String[] candidates) {
        char before = pos == 0 ? ' ' : lower.charAt(pos - 1);
        boolean joinedBefore = AsciiCase.isLetterOrDigit(before) || edges == Edges.ALWAYS_HYPHEN_JOINS_BEFORE && before == '-';
        if (joinedBefore && checksEdge(lower.charAt(pos))) {
            return null; // every candidate starts with this character: none may begin mid-word
        }
        for (String p : candidates) {
            if (!lower.startsWith(p, pos)) {
                continue;
            }
            int end = pos + p.length();
            if (end < lower.length() && AsciiCase.isLetterOrDigit(lower.charAt(end)) && checksEdge(p.charAt(p.length() - 1))) {
                continue;
            }
            return p;
        }
        return null;
    }

    private boolean checksEdge(char phraseEnd) {
        return edges == Edges.ALWAYS_HYPHEN_JOINS_BEFORE || Character.isLetterOrDigit(phraseEnd);
    }
}
