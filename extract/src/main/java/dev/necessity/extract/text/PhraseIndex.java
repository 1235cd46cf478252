package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Finds lexicon phrases (lower-case) in a text, case-insensitively as a whole word, left to
 * right without overlaps, preferring the longest phrase at a position: exactly what a
 * case-insensitive regex alternation sorted longest-first finds, without trying every
 * alternative at every character: a trie of the phrases is walked along the text from each
 * position where one could start.
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
    /** A trie of the phrases, rooted by first character (ASCII). */
    private final Node[] roots = new Node[128];

    /** A trie node: the phrase spelled by the path to it, if any, and its children by next character. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private String phrase;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            return children[children.length - 1] = new Node();
        }
    }

    public PhraseIndex(Collection<String> phrases, Edges edges) {
        this.edges = edges;
        for (String p : phrases) {
            char c = p.charAt(0);
            if (c >= 128 || !AsciiCase.lower(String.valueOf(c)).equals(String.valueOf(c))) {
                throw new IllegalArgumentException("phrases must start with a lower-case ASCII character: " + p);
            }
            Node node = roots[c] == null ? roots[c] = new Node() : roots[c];
            for (int i = 1; i < p.length(); i++) {
                node = node.childOrNew(p.charAt(i));
            }
            node.phrase = p;
        }
    }

    /** Every phrase in {@code text}, in order. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        String lower = AsciiCase.lower(text);
        int n = lower.length();
        int pos = 0;
        while (pos < n) {
            char c = lower.charAt(pos);
            Node root = c < 128 ? roots[c] : null;
            String phrase = root == null ? null : phraseAt(lower, pos, root);
            if (phrase == null) {
                pos++;
                continue;
            }
            out.add(new Hit(phrase, pos, pos + phrase.length()));
            pos += phrase.length();
        }
        return out;
    }

    /** The longest phrase at {@code pos} whose edges are free, walking the trie along the text. */
    private String phraseAt(String lower, int pos, Node root) {
        char before = pos == 0 ? ' ' : lower.charAt(pos - 1);
        boolean joinedBefore = AsciiCase.isLetterOrDigit(before) || edges == Edges.ALWAYS_HYPHEN_JOINS_BEFORE && before == '-';
        if (joinedBefore && checksEdge(lower.charAt(pos))) {
            return null; // every phrase here starts with this character: none may begin mid-word
        }
        String longest = null;
        int n = lower.length();
        Node node = root;
        for (int i = pos; ; ) {
            if (node.phrase != null) {
                int end = i + 1;
                if (!(end < n && AsciiCase.isLetterOrDigit(lower.charAt(end)) && checksEdge(lower.charAt(i)))) {
                    longest = node.phrase;
                }
            }
            if (++i >= n || (node = node.child(lower.charAt(i))) == null) {
                return longest;
            }
        }
    }

    private boolean checksEdge(char phraseEnd) {
        return edges == Edges.ALWAYS_HYPHEN_JOINS_BEFORE || Character.isLetterOrDigit(phraseEnd);
    }
}
