package dev.necessity.model;

/**
 * Quotes keep the document's exact characters, line breaks included; where a quote is shown inline
 * or compared with another, every whitespace run reads as one space.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** {@code text} with each run of whitespace replaced by one space, as {@code replaceAll("\\s+", " ")} does. */
    public static String collapse(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !needsWork(text, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean needsWork(String text, int i) {
        char c = text.charAt(i);
        return isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)));
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
