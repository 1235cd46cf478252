package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rows of a claims history or a visit log: a line of a table (its columns spaced apart) that starts with its date of
 * service and holds no other date ("2026-06-09  PROF  Ferreira, Joao PT (Physical Therapy)  97110  GP  2"). What the row bills was given that
 * day. A visit header such as "07/20/2026 | Office visit | ..." is no such row: the note under it is not one service.
 */
final class ClaimRows {
    private ClaimRows() {
    }

    /** The row's date of service, when {@code s} is such a row. */
    static Optional<LocalDate> serviceDate(DocumentReading reading, Sentence s) {
        String text = s.text();
        int lead = text.length() - text.stripLeading().length();
        if (!TherapyFacts.isDatedRow(text.stripLeading())) {
            return Optional.empty();
        }
        List<DateMention> dates = reading.dates(s);
        if (dates.size() != 1 || dates.get(0).start() > lead + 8 || dates.get(0).monthOnly()) {
            return Optional.empty();
        }
        // The sentence's text has its whitespace collapsed: the table's column gaps are looked for in the document.
        if (!reading.tableRowAt(s.span(dates.get(0).start(), dates.get(0).end()).start())) {
            return Optional.empty();
        }
        return Optional.of(dates.get(0).date());
    }
}
