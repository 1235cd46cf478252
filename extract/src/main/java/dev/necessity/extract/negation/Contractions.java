package dev.necessity.extract.negation;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contracted negations written out, so that every "not" trigger also reads its contracted form:
 * "doesn't have numbness" reads as "does not have numbness", "isn't seen" as "is not seen" (a
 * backward trigger), "didn't help" as "did not help" (a pseudo-trigger), "can't exclude" as
 * "cannot exclude", "won't" as "will not". The apostrophe may be typographic ("doesn’t").
 *
 * <p>A phrase found in the expanded text maps back to the original text; a phrase that starts or
 * ends inside a contracted word takes in the whole word, so a negated quote widened to its trigger
 * reads "doesn't have numbness", never "n't have numbness".
 */
final class Contractions {

    private static final Pattern CONTRACTED = Pattern.compile("(?i)(?<![A-Za-z])([A-Za-z]+)n['\u2019]t(?![A-Za-z])");

    /** The expanded text; {@code start[i]} and {@code end[i]} are where a phrase starting or ending at its character i begins or ends in the original. */
    record Expanded(String text, int[] start, int[] end) {
        /** Original start of a phrase starting at {@code from} of the expanded text. */
        int originalStart(int from) {
            return start[from];
        }

        /** Original end of a phrase ending at {@code to} (exclusive) of the expanded text. */
        int originalEnd(int to) {
            return end[to - 1];
        }
    }

    private Contractions() {
    }

    /** {@code text} with its contracted negations written out, or null when it has none. */
    static Expanded expand(String text) {
        if (text.indexOf("n'") < 0 && text.indexOf("n\u2019") < 0) {
            return null;
        }
        Matcher m = CONTRACTED.matcher(text);
        if (!m.find()) {
            return null;
        }
        Writer out = new Writer(text.length() + 16);
        int copied = 0;
        do {
            for (int i = copied; i < m.start(); i++) {
                out.append(text.charAt(i), i, i + 1);
            }
            String written = writtenOut(m.group(1));
            for (int k = 0; k < written.length(); k++) {
                out.append(written.charAt(k), m.start(), m.end());
            }
            copied = m.end();
        } while (m.find());
        for (int i = copied; i < text.length(); i++) {
            out.append(text.charAt(i), i, i + 1);
        }
        return new Expanded(out.text.toString(), out.start, out.end);
    }

    /** The expanded text as it is written, each character with the original range it stands for. */
    private static final class Writer {
        private final StringBuilder text;
        private int[] start;
        private int[] end;

        Writer(int capacity) {
            text = new StringBuilder(capacity);
            start = new int[capacity];
            end = new int[capacity];
        }

        void append(char c, int from, int to) {
            int at = text.length();
            if (at == start.length) {
                start = Arrays.copyOf(start, at * 2);
                end = Arrays.copyOf(end, at * 2);
            }
            start[at] = from;
            end[at] = to;
            text.append(c);
        }
    }

    /** "does" + n't: "does not"; "ca" + n't: "cannot"; "wo" + n't: "will not". The stem keeps its case. */
    private static String writtenOut(String stem) {
        return switch (stem.toLowerCase(java.util.Locale.ROOT)) {
            case "ca" -> stem + "nnot";
            case "wo" -> "will not";
            default -> stem + " not";
        };
    }
}
