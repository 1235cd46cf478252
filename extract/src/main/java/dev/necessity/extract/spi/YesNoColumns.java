package dev.necessity.extract.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form whose questions are answered by a mark under a YES or a NO column:
 * <pre>
 * SAFETY QUESTIONS                                 YES   NO
 * Have you ever had cancer?                               X
 * Recent fall or accident?                          X
 * </pre>
 * A line whose only mark stands under NO answers its question no. The header names the columns once, on a line of its
 * own that ends with them; the rows under it, up to a blank line after which no row follows, are read by where their
 * mark stands (within two characters of the column word).
 */
final class YesNoColumns {
    /** A header line ending with the two columns, in either order; groups yes and no mark where each column stands. */
    private static final Pattern HEADER = Pattern.compile("^.*?[ \\t]{2,}(?:(?<yes>(?i:YES|Y))[ \\t]+(?<no>(?i:NO|N))"
            + "|(?<no2>(?i:NO|N))[ \\t]+(?<yes2>(?i:YES|Y)))[ \\t]*$");
    /** Whether some line ends with the two columns, in either order: one linear scan, no per-line backtracking. */
    private static final Pattern ANY_HEADER = Pattern.compile("[ \\t]{2}(?:(?i:yes|y)[ \\t]+(?i:no|n)|(?i:no|n)[ \\t]+(?i:yes|y))[ \\t]*(?:\\r?\\n|$)");
    /** A row: its text, a column gap, a mark, and optionally a remark after it. */
    private static final Pattern MARK = Pattern.compile("[ \\t]{2,}([Xx\\u2713\\u2714])(?=[ \\t]|$)");

    private final String text;
    /** Whether the document has such a header at all: most have none, and then no line is looked at. */
    private final boolean any;

    YesNoColumns(String text) {
        this.text = text;
        this.any = ANY_HEADER.matcher(text).find();
    }

    /** Whether the document has such a form at all. */
    boolean any() {
        return any;
    }

    /** Whether the line holding {@code offset} is a row of such a form whose mark stands under NO. */
    boolean answeredNo(int offset) {
        if (!any) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        Matcher mark = MARK.matcher(line);
        if (!mark.find()) {
            return false;
        }
        int markColumn = mark.start(1);
        if (mark.find()) {
            return false; // two marks: not one answer
        }
        int[] columns = header(lineStart);
        return columns != null && Math.abs(markColumn - columns[1]) <= 2 && Math.abs(markColumn - columns[0]) > 2;
    }

    /** The YES and NO columns of the nearest header above {@code lineStart}, within 40 lines; null when none. */
    private int[] header(int lineStart) {
        int end = lineStart;
        for (int lines = 0; lines < 40 && end > 0; lines++) {
            int start = text.lastIndexOf('\n', end - 2) + 1;
            String line = text.substring(start, end - 1 < start ? start : end - 1);
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                return h.group("yes") != null ? new int[] {h.start("yes"), h.start("no")} : new int[] {h.start("yes2"), h.start("no2")};
            }
            end = start;
        }
        return null;
    }
}
