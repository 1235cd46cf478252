package dev.necessity.app.output;

/**
 * Characters that drive a terminal instead of printing on it: C0 controls other than newline and
 * tab, DEL, and C1 controls (U+0080 to U+009F, which some terminals read as ESC sequences). A
 * document or a caseId holding one could recolour, clear or rewrite a reviewer's screen, or hide a
 * line behind a carriage return, so Necessity never writes one. The same holds for the Unicode
 * bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which reorder
 * what a terminal or a browser shows ("Trojan Source": a quote that reads "not necessary" on screen
 * while its characters say otherwise), and for the line and paragraph separators U+2028 and U+2029,
 * which some terminals and editors break lines on. Each is written as the six
 * characters <code>&#92;u001b</code> (lower-case hex). That is JSON's own escape, so JSON stays valid JSON
 * with the same value, and the reader of a text report can still see what was there.
 */
public final class ControlCharacters {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        if (c < 0x7f) {
            return false;
        }
        return c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /** The text with every control character escaped; the same instance when there is none. */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                appendEscape(s, c);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Appends the six-character escape of {@code c}, a control character. */
    public static void appendEscape(StringBuilder s, char c) {
        s.append('\\').append('u').append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }
}
