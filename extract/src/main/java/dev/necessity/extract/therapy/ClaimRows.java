package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rows of a claims history or a visit log: a line of a table (its columns spaced apart) that starts with its date of
 * service, or with a claim id and then the date, and holds no other date ("2026-06-09  PROF  Ferreira, Joao PT (Physical Therapy)  97110  GP  2"). What the row bills was given that
 * day. A visit header such as "07/20/2026 | Office visit | ..." is no such row: the note under it is not one service.
 */
final class ClaimRows {
    /** How far into its row a date of service may stand: after a claim id or line number, not in the row's description. */
    private static final int FIRST_COLUMNS = 30;
    /** What may stand before the date: one id ("26A0428301190", "C2601080125", "#12"), nothing else. */
    private static final java.util.regex.Pattern ROW_ID = java.util.regex.Pattern.compile("\\s*#?[A-Z0-9][A-Z0-9-]{2,23}\\s+");

    private ClaimRows() {
    }

    /** The row's date of service, when {@code s} is such a row. */
    static Optional<LocalDate> serviceDate(DocumentReading reading, Sentence s) {
        String text = s.text();
        List<DateMention> dates = reading.dates(s);
        if (dates.size() != 1 || dates.get(0).monthOnly() || dates.get(0).start() > FIRST_COLUMNS
                || !text.substring(0, dates.get(0).start()).isBlank() && !ROW_ID.matcher(text.substring(0, dates.get(0).start())).matches()) {
            return Optional.empty();
        }
        // The sentence's text has its whitespace collapsed: the table's column gaps are looked for in the document.
        if (!reading.tableRowAt(s.span(dates.get(0).start(), dates.get(0).end()).start())) {
            return Optional.empty();
        }
        return Optional.of(dates.get(0).date());
    }
}
