package dev.necessity.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs a sentence's normalized text before the readers see it, from {@code text-repair.tsv}: a
 * word broken at a line end by a hyphen is joined ("sten-\nosis" reads "stenosis") unless the break
 * is a compound's own hyphen ("non-\nradiating", "mild-to-\nmoderate"), and a common misspelling or
 * OCR slip reads as the word meant ("stenossis", "radiculapathy", "sciatia", "cant"), and a shorthand
 * symbol standing alone reads as its word ("Ø saddle numbness" reads "no saddle numbness"). Each character
 * keeps a document offset, so a quote is still the document's own text.
 */
final class TextRepair {

    private static final String RESOURCE = "/dev/necessity/extract/text-repair.tsv";
    private static final Map<String, String> SPELLING = new HashMap<>();
    private static final Set<String> COMPOUND_PREFIX = new HashSet<>();
    private static final Set<String> COMPOUND_SUFFIX = new HashSet<>();
    /** A shorthand symbol standing alone, read as its word: "Ø saddle numbness" reads "no saddle numbness". */
    private static final Map<Character, String> SYMBOLS = new HashMap<>();
    /**
     * A bit per hash bucket of the misspellings' lower-case hash codes: a word whose bucket is clear is
     * no misspelling, found without copying or lower-casing it (most words of every sentence).
     */
    private static final long[] SPELLING_BUCKETS = new long[64];

    static {
        load();
    }

    /** The repaired text and, per character, its document offset. */
    record Repaired(String text, int[] origin) {
    }

    private TextRepair() {
    }

    /**
     * {@code text} repaired; {@code origin[i]} is the document offset of {@code text.charAt(i)} and
     * {@code document} the whole document text (to tell a line-end hyphen from one inside a line).
     * Returns null when nothing needed repair.
     */
    static Repaired repair(String text, int[] origin, String document) {
        StringBuilder out = null;
        int[] map = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean wordStart = isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)));
            String symbol = c < 0x80 || SYMBOLS.isEmpty() ? null : SYMBOLS.get(c);
            if (symbol != null && (i == 0 || !isWordChar(text.charAt(i - 1))) && (i + 1 >= n || !isWordChar(text.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                    map = new int[n + 64];
                    out.append(text, 0, i);
                    System.arraycopy(origin, 0, map, 0, i);
                }
                if (map.length < out.length() + symbol.length() + (n - i)) {
                    map = java.util.Arrays.copyOf(map, out.length() + symbol.length() + (n - i) + 64);
                }
                for (int t = 0; t < symbol.length(); t++) {
                    map[out.length()] = origin[i];
                    out.append(symbol.charAt(t));
                }
                i++;
                continue;
            }
            if (!wordStart) {
                if (out != null) {
                    map[out.length()] = origin[i];
                    out.append(c);
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && isLetter(text.charAt(j))) {
                j++;
            }
            int joinedEnd = lineEndJoin(text, origin, document, i, j);
            String fixed = null;
            if (joinedEnd == -1) {
                // Most words: no line-end hyphen and no known misspelling, so nothing is copied to find that out.
                boolean boundary = j >= n || !isWordChar(text.charAt(j)) && text.charAt(j) != '\'';
                fixed = boundary && maySpell(text, i, j) ? SPELLING.get(text.substring(i, j).toLowerCase(Locale.ROOT)) : null;
                if (fixed == null) {
                    if (out != null) {
                        System.arraycopy(origin, i, map, out.length(), j - i);
                        out.append(text, i, j);
                    }
                    i = j;
                    continue;
                }
            }
            StringBuilder word = new StringBuilder(text.substring(i, j));
            int[] wordOrigin = java.util.Arrays.copyOfRange(origin, i, j);
            int next = j;
            if (joinedEnd != -1) {
                // A compound keeps its hyphen and loses the line break ("mild-to-moderate"); a broken word loses both.
                boolean compound = joinedEnd < 0;
                int end = compound ? -joinedEnd - 2 : joinedEnd;
                int at = word.length();
                if (compound) {
                    word.append('-');
                }
                word.append(text, j + 2, end);
                int[] joined = java.util.Arrays.copyOf(wordOrigin, word.length());
                if (compound) {
                    joined[at++] = origin[j];
                }
                System.arraycopy(origin, j + 2, joined, at, end - j - 2);
                wordOrigin = joined;
                next = end;
                joinedEnd = end;
                boolean boundary = next >= n || !isWordChar(text.charAt(next)) && text.charAt(next) != '\'';
                fixed = boundary ? SPELLING.get(word.toString().toLowerCase(Locale.ROOT)) : null;
            }
            if (out == null) {
                out = new StringBuilder(n + 8);
                map = new int[n + 64];
                out.append(text, 0, i);
                System.arraycopy(origin, 0, map, 0, i);
            }
            String replacement = fixed == null ? word.toString() : withCaseOf(word.toString(), fixed);
            if (map.length < out.length() + replacement.length() + (n - next)) {
                map = java.util.Arrays.copyOf(map, out.length() + replacement.length() + (n - next) + 64);
            }
            int last = wordOrigin.length - 1;
            for (int t = 0; t < replacement.length(); t++) {
                map[out.length()] = t == replacement.length() - 1 ? wordOrigin[last] : wordOrigin[Math.min(t, last)];
                out.append(replacement.charAt(t));
            }
            i = next;
        }
        return out == null ? null : new Repaired(out.toString(), java.util.Arrays.copyOf(map, Math.max(1, out.length())));
    }

    /**
     * When the word {@code [from, to)} ends its line with a hyphen and the next line goes on with
     * letters: where that continuation ends, or {@code -(end + 2)} when the hyphen is a compound's
     * own ("non-\nradiating", "mild-to-\nmoderate": the hyphen stays); else -1.
     */
    private static int lineEndJoin(String text, int[] origin, String document, int from, int to) {
        int n = text.length();
        if (to + 2 >= n || text.charAt(to) != '-' || text.charAt(to + 1) != ' ' || !isLetter(text.charAt(to + 2))) {
            return -1;
        }
        // Only a hyphen that ends its line: "sten-\nosis", never "L-spine" or "x - y" inside a line.
        int newline = document.indexOf('\n', origin[to]);
        if (newline < 0 || newline > origin[to + 2]) {
            return -1;
        }
        int k = to + 2;
        while (k < n && isLetter(text.charAt(k))) {
            k++;
        }
        String before = text.substring(from, to);
        String after = text.substring(to + 2, k);
        boolean caseFits = Character.isLowerCase(after.charAt(0)) || isUpper(before) && isUpper(after);
        boolean brokenWord = caseFits && before.length() >= 2 && after.length() >= 2
                && !(k < n && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '-'))
                && !COMPOUND_PREFIX.contains(before.toLowerCase(Locale.ROOT)) && !COMPOUND_SUFFIX.contains(after.toLowerCase(Locale.ROOT));
        return brokenWord ? k : -(k + 2);
    }

    private static String withCaseOf(String word, String fixed) {
        if (word.length() > 1 && isUpper(word)) {
            return fixed.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
        }
        return fixed;
    }

    private static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** False when {@code text[from, to)}, lower-cased, cannot be a key of {@link #SPELLING}; true when it may be. */
    private static boolean maySpell(String text, int from, int to) {
        int bucket = bucket(lowerHash(text, from, to));
        return (SPELLING_BUCKETS[bucket >>> 6] & (1L << bucket)) != 0;
    }

    /** {@code text.substring(from, to).toLowerCase(Locale.ROOT).hashCode()} for ASCII letters, without the copies. */
    private static int lowerHash(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h;
    }

    private static int bucket(int hash) {
        return (hash ^ (hash >>> 12)) & (SPELLING_BUCKETS.length * 64 - 1);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void load() {
        for (TsvResource.Row row : TsvResource.rows(TextRepair.class, RESOURCE)) {
            String[] cols = row.columns();
            String word = cols[0].trim().toLowerCase(Locale.ROOT);
            String rule = cols.length > 1 ? cols[1].trim() : "";
            switch (rule) {
                case "misspelling" -> {
                    if (cols.length < 3 || cols[2].isBlank()) {
                        throw row.error("a misspelling needs the word meant");
                    }
                    SPELLING.put(word, cols[2].trim());
                    int bucket = bucket(word.hashCode());
                    SPELLING_BUCKETS[bucket >>> 6] |= 1L << bucket;
                }
                case "symbol" -> {
                    if (cols[0].trim().length() != 1 || cols[0].trim().charAt(0) < 0x80 || cols.length < 3 || cols[2].isBlank()) {
                        throw row.error("a symbol is one non-ASCII character and needs the word it stands for");
                    }
                    for (char form : new char[] {cols[0].trim().charAt(0), word.charAt(0), cols[0].trim().toUpperCase(Locale.ROOT).charAt(0)}) {
                        SYMBOLS.put(form, cols[2].trim());
                    }
                }
                case "compound-prefix" -> COMPOUND_PREFIX.add(word);
                case "compound-suffix" -> COMPOUND_SUFFIX.add(word);
                default -> throw row.error("unknown rule " + rule);
            }
        }
    }
}
