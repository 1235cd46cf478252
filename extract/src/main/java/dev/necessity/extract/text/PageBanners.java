package dev.necessity.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running header or footer a PDF's text extraction leaves between the lines of a page break ("Lakeshore Advanced
 * Imaging · 3300 Leonard St NE · Page 1 of 2"), often inside a sentence or a word broken by a hyphen ("mild-to-" on one
 * page, "moderate central canal narrowing" on the next). For sentence splitting such a line, with the line break that
 * ends it, reads as spaces, so the sentence and the word run on across it; offsets are kept, and quotes are still
 * taken from the document's own text.
 */
public final class PageBanners {

    /** A line that names its page: "Page 1 of 2", "Page 2/3". */
    private static final Pattern BANNER = Pattern.compile("(?im)^[^\\n]{0,160}\\bpage \\d{1,3} ?(?:of|/) ?\\d{1,3}\\b[^\\n]{0,80}\\n");

    private PageBanners() {
    }

    /** Whether "page " occurs in any case, found without copying the text. */
    private static boolean mentionsPage(String text) {
        for (int i = text.indexOf("age "); i >= 0; i = text.indexOf("age ", i + 4)) {
            if (i > 0 && (text.charAt(i - 1) | 0x20) == 'p') {
                return true;
            }
        }
        return text.contains("PAGE ");
    }

    /** {@code text} with each page-banner line and its line break as spaces; the same string when it has none. */
    public static String blank(String text) {
        if (!mentionsPage(text)) {
            return text;
        }
        Matcher m = BANNER.matcher(text);
        char[] out = null;
        while (m.find()) {
            if (out == null) {
                out = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }
}
