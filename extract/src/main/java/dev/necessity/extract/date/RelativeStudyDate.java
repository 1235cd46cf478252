package dev.necessity.extract.date;

import dev.necessity.extract.date.DateMention;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A study date a note gives relative to its own date: "her MRI last month" (the month before the note's,
 * month precision), "an MRI in June" (the latest June on or before the note's month), "MRI last June"
 * (the latest June before it), "x-rays yesterday", "last week", "last year" (year precision). Dates
 * written out ("06/02/2026", "two weeks ago") are the {@code DateFinder}'s; this reads only what it leaves.
 */
public final class RelativeStudyDate {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(last|past|previous|prior) month|(earlier this|this) month|"
            + "(last) year|(yesterday)|(last) week|(?:(in|on|from|during|of|this|last|back in) )(?:(?:early|mid|late)[- ])?" + MONTH
            + "(?![A-Za-z])(?!\\.? ?\\d))");

    private RelativeStudyDate() {
    }

    /** The first relative study date in {@code [from, to)} of {@code text}, against the note's date; null when none or undated. */
    public static DateMention find(String text, int from, int to, LocalDate note) {
        if (note == null || from >= to) {
            return null;
        }
        Matcher m = RELATIVE.matcher(text).region(from, to);
        while (m.find()) {
            if (m.group(1) != null) {
                return new DateMention(m.start(), m.end(), note.minusMonths(1).withDayOfMonth(1), "month");
            }
            if (m.group(2) != null) {
                return new DateMention(m.start(), m.end(), note.withDayOfMonth(1), "month");
            }
            if (m.group(3) != null) {
                return new DateMention(m.start(), m.end(), LocalDate.of(note.getYear() - 1, 1, 1), "year");
            }
            if (m.group(4) != null) {
                return new DateMention(m.start(), m.end(), note.minusDays(1), "day");
            }
            if (m.group(5) != null) {
                return new DateMention(m.start(), m.end(), note.minusWeeks(1), "day");
            }
            int month = DateFinder.month(m.group(7));
            boolean last = m.group(6).equalsIgnoreCase("last");
            int year = month < note.getMonthValue() || month == note.getMonthValue() && !last ? note.getYear() : note.getYear() - 1;
            return new DateMention(m.start(), m.end(), LocalDate.of(year, month, 1), "month");
        }
        return null;
    }

}
