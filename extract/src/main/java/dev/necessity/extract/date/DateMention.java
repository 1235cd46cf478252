package dev.necessity.extract.date;

import java.time.LocalDate;

/**
 * A date written in a sentence at {@code [start, end)} of its normalized text.
 * {@code precision} is "day", "month" (a month-only date is the first of the month) or "year".
 */
public record DateMention(int start, int end, LocalDate date, String precision) {
    public boolean monthOnly() {
        return "month".equals(precision);
    }
}
