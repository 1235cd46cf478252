package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.AscendingPositions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated entries of a longitudinal chart print-out: each visit opens with a line that starts with its date and a
 * capitalised kind ("11/18/2025  PROCEDURE - L4-5 ILESI #1", "12/16/2025  FOLLOW-UP - R. Cole, MD"). What an entry
 * says without a date of its own was said on the entry's date: "~75 % relief of leg pain since ESI" under the 12/16/2025
 * header tells of the injection before then.
 */
final class ChartEntries {

    /** An entry's header line: its date, a column gap, and an upper-case kind ending the line or followed by " - ". */
    static final String HEADER = "\\d{1,2}/\\d{1,2}/\\d{2,4}(?:[ ]{2,}|\\t)(?=[A-Z][A-Z -]{3,30}(?:[ ]-[ ]|[ \\t]*$))";
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[ \\t]{0,8}" + HEADER);

    private final int[] starts;
    private final LocalDate[] dates;

    private ChartEntries(int[] starts, LocalDate[] dates) {
        this.starts = starts;
        this.dates = dates;
    }

    static ChartEntries of(DocumentReading reading) {
        return reading.once(ChartEntries.class, () -> read(reading));
    }

    private static ChartEntries read(DocumentReading reading) {
        List<Integer> starts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = HEADER_LINE.matcher(reading.text());
        while (m.find()) {
            List<DateMention> found = reading.dateFinder().find(m.group());
            if (!found.isEmpty()) {
                starts.add(m.start());
                dates.add(found.get(0).date());
            }
        }
        return new ChartEntries(starts.stream().mapToInt(Integer::intValue).toArray(), dates.toArray(LocalDate[]::new));
    }

    /** The date of the entry holding {@code offset}, or null outside any entry (or in a document with none). */
    LocalDate dateAt(int offset) {
        int found = AscendingPositions.firstAbove(starts, offset) - 1;
        return found < 0 ? null : dates[found];
    }
}
