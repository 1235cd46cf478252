package dev.necessity.extract.measurement;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pain scores kept in the columns of a flowsheet or print-out table, where no score is written "7/10":
 * <pre>
 *  Date         Arm NRS   Neck NRS   NDI
 *  04/22/2026   7         4          --
 * </pre>
 * A header line names one or more pain columns by body part and scale ("Arm NRS", "Leg VAS", "Back pain"),
 * among at least two columns separated by two or more spaces; each following row (until a blank line or a
 * line that is no row) gives, under each pain column, a bare whole number from 0 to 10: a {@code pain_score}
 * of that site, quoted from the row's start to the number so the quote carries the row's date or visit. A
 * separator line ("-----  --------") is skipped. The document is read once, line by line.
 */
public final class PainTableReader implements FindingReader {

    /** A pain column's header: "Arm NRS", "Leg VAS", "Back pain", "Neck pain score". Group 1 is the site. */
    private static final Pattern SCORE_COLUMN = Pattern.compile("(?i)(arm|leg|neck|back|knee)(?: pain(?: (?:NRS|VAS|score))?| (?:NRS|VAS))");
    private static final Pattern SCORE = Pattern.compile("10|[0-9]");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-=+|_]+");
    /** Rows read under one header at most: a flowsheet, not a document. */
    private static final int MAX_ROWS = 120;

    private record Column(int start, int end, String site) {
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.PAIN_SCORE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        String text = reading.text();
        if (!mayHoldTable(text)) {
            return List.of();
        }
        List<FindingDraft> out = new ArrayList<>();
        List<Column> columns = null;
        int rows = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (columns != null) {
                if (line.isBlank() || rows >= MAX_ROWS) {
                    columns = null;
                } else if (!SEPARATOR.matcher(line).matches()) {
                    List<int[]> cells = cells(line);
                    if (cells.size() < 2) {
                        columns = null;
                    } else {
                        rows++;
                        row(reading, line, lineStart, cells, columns, out);
                    }
                }
            }
            if (columns == null) {
                columns = header(line);
                rows = 0;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Cheap necessary condition: a pain column's scale word, or "pain" ending a header cell, somewhere in the text (a
     * scan, not a lower-case copy of every document).
     */
    private static boolean mayHoldTable(String text) {
        return MAY_HOLD_TABLE.matcher(text).find();
    }

    private static final Pattern MAY_HOLD_TABLE = Pattern.compile("(?i)nrs|vas| pain  ");

    /** The pain columns of a header line, or null when the line is no such header. */
    private static List<Column> header(String line) {
        if (line.indexOf("  ") < 0) {
            return null;
        }
        List<int[]> cells = cells(line);
        if (cells.size() < 2) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int[] c = cells.get(i);
            Matcher m = SCORE_COLUMN.matcher(line).region(c[0], c[1]);
            if (m.matches()) {
                // The column runs to the next header cell, so a number written a little right of the header is still its own.
                int end = i + 1 < cells.size() ? cells.get(i + 1)[0] : Integer.MAX_VALUE;
                columns.add(new Column(c[0], end, m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        return columns.isEmpty() ? null : columns;
    }

    private static void row(DocumentReading reading, String line, int lineStart, List<int[]> cells, List<Column> columns,
            List<FindingDraft> out) {
        for (Column column : columns) {
            for (int[] c : cells) {
                if (c[0] >= column.start() - 2 && c[0] < column.end()) {
                    if (SCORE.matcher(line).region(c[0], c[1]).matches()) {
                        int from = lineStart + cells.get(0)[0];
                        out.add(reading.draftAt(FindingTypes.PAIN_SCORE, new Span(from, lineStart + c[1]))
                                .attr("value", Integer.parseInt(line.substring(c[0], c[1]))).attr("scale", 10).attr("site", column.site()));
                    }
                    break;
                }
            }
        }
    }

    /**
     * The cells of a line: start and end of each run of text without two spaces in it (a tab counts as a space). A
     * scan rather than a regular expression: a repeated group recurses once per word in {@code java.util.regex}, and a
     * line of a hundred thousand characters then overflows the stack.
     */
    static List<int[]> cells(String line) {
        List<int[]> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (whitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (!whitespace(line.charAt(i)) || space(line.charAt(i)) && i + 1 < n && !whitespace(line.charAt(i + 1)))) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** What {@code \s} matches in a regular expression. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What joins two words into one cell: one space, a tab counting as one. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t';
    }
}
