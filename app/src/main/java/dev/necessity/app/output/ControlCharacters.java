package dev.necessity.app.output;

/**
 * Characters that drive a terminal instead of printing on it: C0 controls other than newline and
 * tab, DEL, and C1 controls (U+0080 to U+009F, which some terminals read as ESC sequences). A
 * document or a caseId holding one could recolour, clear or rewrite a reviewer's screen, or hide a
 * line behind a carriage return, so Necessity never writes one: each is written as the six
 * characters <code>&#92;u001b</code> (lower-case hex). That is JSON's own escape, so JSON stays valid JSON
 * with the same value, and the reader of a text report can still see what was there.
 */
public final class ControlCharacters {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7f && c <= 0x9f;
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
