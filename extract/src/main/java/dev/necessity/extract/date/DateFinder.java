package dev.necessity.extract.date;

import dev.necessity.extract.text.AsciiCase;
import dev.necessity.extract.text.KeywordPrefilter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in any usual spelling: 01/26/2026, 1/26/26, 2026-01-26, "January 26, 2026", "26 January 2026",
 * "26-Jan-2026", "26 January" (the latest such day on or before the document date),
 * "Jan 2026", "09/2025" and "July 2025" (month precision), "in 2007" (year precision), and
 * "3 weeks ago" relative to the document date. Two-digit years are read as the latest
 * century that does not put the date more than a year after the reference date.
 */
public final class DateFinder {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    /** The day first, as British and international records write it: "14 October 2026", "14-Oct-2026", "3rd of June 2026". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(?<![\\d/.-])(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]" + MONTH + "\\.?,?[ -](\\d{4})\\b");
    /**
     * The day first with no year ("between 12 May and 28 July", "Attended: 26 May, 2 June"): the latest such day on or
     * before the document's date. Only a capitalised month name, so "grade 2 may progress" is no date.
     */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.-])(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?!\\.?,?[ -]\\d{4}\\b|\\.?[ -]\\d)");
    /**
     * The month first with no year ("PT Aug 3 to Sep 14", "since August 3rd", "last attended September 14"): the latest
     * such day on or before the document's date, as {@link #DAY_MONTH}. Only a capitalised month name, and not before a
     * year, a count's unit ("March 2 injections") or more of a number.
     */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\w/.-])" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?!,? ?'?\\d{4}\\b|,? '\\d{2}\\b|[-–/.:]\\d| (?i:weeks?|months?|days?|years?|visits?|sessions?|injections?|times|x|mg|%)\\b)");
    /**
     * A date written with dots, day first as the records that write it do ("RMN 08.03.2026", "14.09.26"), or month first
     * only when the second number cannot be a month. A two-digit year only with two-digit day and month, so that
     * decimals and version numbers are no dates.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{2})\\.(\\d{2})\\.(\\d{2}))(?![\\d]|\\.\\d)");
    /**
     * A range of month/day dates with no year ("PT 8/19 - 9/30, 7 visits"), each the latest such day on or before the
     * document's date. Only as a range, and never with 5 or 10 as a denominator, so "4/5 - 5/5" strength and "3/10 to
     * 6/10" pain are no dates.
     */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?<![\\d/.])(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![\\d/])"
            + "( ?(?:-|–|to|through|thru) ?)(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![\\d/])");
    /**
     * A range of month-name dates with the year written once, at its end ("May 11 - June 15, 2026", "from March 3 to
     * April 28, 2026", "May 11-29, 2026"): the start takes the end's year, or the year before when it would otherwise
     * come after the end.
     */
    private static final Pattern MONTH_NAME_RANGE = Pattern.compile("(?i)\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?"
            + "( ?(?:-|–|to|through|thru|until) ?)(?:" + MONTH + "\\.? )?(\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    /** A range of months with the year written once, at its end ("PT Feb-Apr 2026", "January through March 2026"). */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?i)\\b" + MONTH + "\\.?( ?(?:-|–|to|through|thru|until) ?)" + MONTH
            + "\\.?,? (\\d{4})\\b");
    /** A month range with no year at all: "physical therapy April to June", the latest such months before the note. */
    private static final Pattern MONTH_RANGE_NO_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\.?( ?(?:-|–|to|through|thru|until) ?)" + MONTH
            // Not before a year or a day ("Feb-Apr 2026", "May to June 15"); a count after a comma is neither ("Mar-Apr, 8 visits").
            + "\\b(?![ ./-]*\\d|\\.?, ?(?:\\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}))");
    /** A month/day range whose end alone carries the year: "PT 6/15-8/20/26 (15 visits)", "6/15 to 8/20/2026". */
    private static final Pattern MONTH_DAY_RANGE_YEAR_END = Pattern.compile("(?<![\\d/.])(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![\\d/])"
            + "( ?(?:-|–|to|through|thru) ?)(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{4})(?![\\d/])");
    /**
     * A part of a year: "since early 2025", "in late 2024", "mid-2025". Read as the part's last month (April, August,
     * December), the latest it can mean, so that a duration counted from it is never longer than the record allows.
     */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)\\b(early|mid|late)[- ]?((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|during|from|of) ((?:19|20)\\d{2})\\b(?![/-]\\d)");
    /**
     * A month without a year after a word that starts something: "naproxen from late August, still taking", "since
     * March", "started mid-July". The latest such month on or before the document, dated by its part ("early" the 1st,
     * "mid" the 11th, "late" the 21st, else the 1st), with month precision. Not after "in", where a month can be a
     * plan as easily as a past.
     */
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i)(?<=\\b(?:from|since|starting|started|began|beginning) )"
            + "(?:(early|mid|late)[- ])?" + MONTH + "\\b(?![ ,./-]*\\d)");
    /** "3 weeks ago", "about 2 1/2 weeks ago", "2.5 weeks ago", "two and a half months ago". */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(" + Numbers.AMOUNT + ")( and a half| 1/2| ?\u00bd)? (day|week|month|year)s? ago\\b");
    /**
     * A day with no year right after a word that starts something: "Back pain started Oct 20 (about 2 1/2 weeks ago)",
     * "symptoms began 10/20", "since Sept. 3rd". The latest such day on or before the document.
     */
    private static final Pattern STARTED_ON_DAY = Pattern.compile("(?i)(?<=\\b(?:since|started|began|beginning|starting|onset)(?: on)? )"
            + "(?:" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})/(\\d{1,2}))(?![\\d/]|,? \\d{4}|\\.\\d)");

    private final LocalDate reference;
    /** Numeric dates are day first ("18/06/2026"), as the document writes them ({@link #writesDayFirst}). */
    private final boolean dayFirst;

    /** @param reference the document date used for "ago" and two-digit years; may be null */
    public DateFinder(LocalDate reference) {
        this(reference, false);
    }

    /**
     * @param reference the document date used for "ago" and two-digit years; may be null
     * @param dayFirst  whether the document writes numeric dates day first (DD/MM/YYYY)
     */
    public DateFinder(LocalDate reference, boolean dayFirst) {
        this.reference = reference;
        this.dayFirst = dayFirst;
    }

    /**
     * Whether a document writes its numeric dates day first, as records from most of the world do ("Date: 21/09/2026",
     * "S/p Lt IL ESI L5-S1 on 18/06/2026"): some date can only be read day first (its first number is over 12) and none can
     * only be read month first, or its own date is written day first. Otherwise month first, as before.
     */
    public static boolean writesDayFirst(String text, LocalDate documentDate) {
        if (text.indexOf('/') < 0) {
            return false;
        }
        int dayFirstOnly = 0;
        int monthFirstOnly = 0;
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
                dayFirstOnly++;
            } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                monthFirstOnly++;
            } else if (documentDate != null && a != b && year(m.group(3), documentDate) == documentDate.getYear()) {
                if (a == documentDate.getDayOfMonth() && b == documentDate.getMonthValue()) {
                    dayFirstOnly++;
                } else if (a == documentDate.getMonthValue() && b == documentDate.getDayOfMonth()) {
                    monthFirstOnly++;
                }
            }
        }
        return dayFirstOnly > 0 && monthFirstOnly == 0;
    }


    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        // Most sentences hold no date: each spelling runs only when its keywords ("/", a month name, "ago") occur.
        String lower = AsciiCase.lower(text);
        collect(NUMERIC, text, lower, found, m -> dayFirst ? LocalDate.of(year(m.group(3)), num(m, 2), num(m, 1))
                : LocalDate.of(year(m.group(3)), num(m, 1), num(m, 2)), "day");
        collect(ISO, text, lower, found, m -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), "day");
        if (text.indexOf('.') >= 0) {
            collect(DOTTED, text, lower, found, m -> {
                boolean two = m.group(1) == null;
                int a = num(m, two ? 4 : 1);
                int b = num(m, two ? 5 : 2);
                int y = two ? year(m.group(6)) : num(m, 3);
                return b > 12 && a <= 12 ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
            }, "day");
        }
        collect(MONTH_DAY_YEAR, text, lower, found, m -> LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)), "day");
        collect(DAY_MONTH_YEAR, text, lower, found, m -> LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1)), "day");
        if (KeywordPrefilter.mayMatch(MONTH_NAME_RANGE, lower)) {
            // "May 11 - June 15, 2026", "May 11-29, 2026": the year once, at the end.
            ranges(MONTH_NAME_RANGE, text, 3, true, "day", found, m -> new RangeEnds(
                    LocalDate.of(num(m, 6), m.group(4) == null ? month(m.group(1)) : month(m.group(4)), num(m, 5)), month(m.group(1)), num(m, 2)));
        }
        boolean slash = text.indexOf('/') >= 0;
        if (slash) {
            // "PT 6/15-8/20/26": the end's own date is read as a date already; only the start is added.
            ranges(MONTH_DAY_RANGE_YEAR_END, text, 3, false, "day", found, m -> num(m, 2) == 5 || num(m, 2) == 10 ? null
                    : new RangeEnds(LocalDate.of(year(m.group(6)), num(m, 4), num(m, 5)), num(m, 1), num(m, 2)));
        }
        if (reference != null) {
            collect(DAY_MONTH, text, lower, found, m -> latestOnOrBefore(month(m.group(2)), num(m, 1)), "day");
        }
        if (reference != null && slash) {
            // "PT 8/19 - 9/30": no year at all; never with 5 or 10 as a day ("4/5 - 5/5" is a strength).
            ranges(MONTH_DAY_RANGE, text, 3, true, "day", found, m -> num(m, 2) == 5 || num(m, 2) == 10 || num(m, 5) == 5 || num(m, 5) == 10
                    ? null : new RangeEnds(latestOnOrBefore(num(m, 4), num(m, 5)), num(m, 1), num(m, 2)));
        }
        if (KeywordPrefilter.mayMatch(MONTH_RANGE, lower)) {
            // "PT Feb-Apr 2026": each end the first of its month.
            ranges(MONTH_RANGE, text, 2, true, "month", found, m -> new RangeEnds(LocalDate.of(num(m, 4), month(m.group(3)), 1), month(m.group(1)), 1));
        }
        if (reference != null && KeywordPrefilter.mayMatch(MONTH_RANGE_NO_YEAR, lower)) {
            ranges(MONTH_RANGE_NO_YEAR, text, 2, true, "month", found, m -> new RangeEnds(latestOnOrBefore(month(m.group(3)), 1),
                    month(m.group(1)), 1));
        }
        if (reference != null) {
            // After every range, so that a range's own start (read with its year) wins where the two overlap.
            collect(MONTH_DAY, text, lower, found, m -> latestOnOrBefore(month(m.group(1)), num(m, 2)), "day");
        }
        collect(MONTH_YEAR, text, lower, found, m -> LocalDate.of(num(m, 2), month(m.group(1)), 1), "month");
        collect(MONTH_SLASH_YEAR, text, lower, found, m -> LocalDate.of(num(m, 2), num(m, 1), 1), "month");
        collect(PART_OF_YEAR, text, lower, found, m -> LocalDate.of(num(m, 2), partMonth(m.group(1)), 1), "month");
        collect(YEAR, text, lower, found, m -> LocalDate.of(num(m, 1), 1, 1), "year");
        if (reference != null) {
            collect(AGO, text, lower, found, m -> ago(Numbers.amount(m.group(1)) + (m.group(2) == null ? 0 : 0.5), m.group(3)), "day");
            if (KeywordPrefilter.mayMatch(STARTED_ON_DAY, lower)) {
                Matcher started = STARTED_ON_DAY.matcher(text);
                while (started.find()) {
                    yearless(started.group()).ifPresent(d -> found.add(new DateMention(started.start(), started.end(), d.date(), d.precision())));
                }
            }
            Matcher alone = KeywordPrefilter.mayMatch(MONTH_ALONE, lower) ? MONTH_ALONE.matcher(text) : null;
            while (alone != null && alone.find()) {
                String part = alone.group(1) == null ? "" : alone.group(1).toLowerCase(java.util.Locale.ROOT);
                int day = part.equals("late") ? 21 : part.equals("mid") ? 11 : 1;
                found.add(new DateMention(alone.start(), alone.end(), latestOnOrBefore(month(alone.group(2)), day), "month"));
            }
        }
        return withoutOverlaps(found);
    }

    private static int partMonth(String part) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        return p.equals("early") ? 4 : p.equals("mid") ? 8 : 12;
    }

    private int year(String y) {
        return year(y, reference);
    }

    /** A written year; a two-digit one is the latest such year no later than the year after {@code reference} (2030 without one). */
    private static int year(String y, LocalDate reference) {
        if (y.length() == 4) {
            return Integer.parseInt(y);
        }
        int limit = reference == null ? 2030 : reference.getYear() + 1;
        int century = limit / 100 * 100;
        int candidate = century + Integer.parseInt(y);
        return candidate > limit ? candidate - 100 : candidate;
    }

    /** A range as its pattern reads it: the end's date, and the start's month and day, whose year is the end's. */
    private record RangeEnds(LocalDate end, int startMonth, int startDay) {
    }

    private interface RangeReader {
        /** The range's ends; null when the match is no range after all. */
        RangeEnds read(Matcher m);
    }

    /**
     * Every range {@code pattern} matches, its start (and its end too when {@code endToo}) added as a mention:
     * the start in the end's year, or the year before when it would otherwise come after the end ("from
     * November 20 to January 8, 2026"). Group {@code joint} is what joins the two ends.
     */
    private static void ranges(Pattern pattern, String text, int joint, boolean endToo, String precision, List<DateMention> out,
            RangeReader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                RangeEnds r = reader.read(m);
                if (r == null) {
                    continue;
                }
                LocalDate start = LocalDate.of(r.end().getYear(), r.startMonth(), r.startDay());
                if (start.isAfter(r.end())) {
                    start = start.minusYears(1);
                }
                out.add(new DateMention(m.start(), m.start(joint), start, precision));
                if (endToo) {
                    out.add(new DateMention(m.end(joint), m.end(), r.end(), precision));
                }
            } catch (DateTimeException e) {
                // "2/30 - 3/4", "June 31 - July 4, 2026": no calendar range.
            }
        }
    }

    /** The day of that month and day number on or before the reference date. */
    private static final Pattern YEARLESS_NAMED = Pattern.compile("(?i)" + MONTH + "\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?)?");
    private static final Pattern YEARLESS_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    /**
     * A phrase that is only a month, a month and day, or a numeric month and day, with no year ("Feb", "July 28",
     * "6/18"; "18/6" in a day-first document): the latest such day on or before the reference, a month alone with month
     * precision. Empty for any other phrase, an impossible day, or no reference. For a phrase already known to name a
     * date by where it stands ("the July 28 injection"); {@link #find} does not read these alone.
     */
    public java.util.Optional<DateMention> yearless(String phrase) {
        if (reference == null) {
            return java.util.Optional.empty();
        }
        Matcher named = YEARLESS_NAMED.matcher(phrase);
        Matcher numeric = YEARLESS_NUMERIC.matcher(phrase);
        int month;
        Integer day;
        if (named.matches()) {
            month = month(named.group(1));
            day = named.group(2) == null ? null : Integer.parseInt(named.group(2));
        } else if (numeric.matches()) {
            month = Integer.parseInt(numeric.group(dayFirst ? 2 : 1));
            day = Integer.parseInt(numeric.group(dayFirst ? 1 : 2));
        } else {
            return java.util.Optional.empty();
        }
        if (month < 1 || month > 12 || day != null && (day < 1 || day > java.time.YearMonth.of(2024, month).lengthOfMonth())) {
            return java.util.Optional.empty();
        }
        if (day != null && month == 2 && day == 29 && !java.time.Year.isLeap(reference.getYear())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DateMention(0, phrase.length(), latestOnOrBefore(month, day == null ? 1 : day),
                day == null ? "month" : "day"));
    }

    private LocalDate latestOnOrBefore(int month, int day) {
        LocalDate d = LocalDate.of(reference.getYear(), month, day);
        return d.isAfter(reference) ? d.minusYears(1) : d;
    }

    private LocalDate ago(double amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (amount != Math.rint(amount)) {
            // A part of a unit is counted in days: "2 1/2 weeks ago" is 18 days, "1.5 months ago" 46.
            double days = switch (u) {
                case "day" -> amount;
                case "week" -> amount * 7;
                case "month" -> amount * 30.44;
                default -> amount * 365.25;
            };
            return reference.minusDays(Math.round(days));
        }
        long n = (long) amount;
        return switch (u) {
            case "day" -> reference.minusDays(n);
            case "week" -> reference.minusWeeks(n);
            case "month" -> reference.minusMonths(n);
            default -> reference.minusYears(n);
        };
    }

    private interface DateReader {
        LocalDate read(Matcher m);
    }

    private static void collect(Pattern p, String text, String lower, List<DateMention> out, DateReader reader, String precision) {
        if (!KeywordPrefilter.mayMatch(p, lower)) {
            return;
        }
        Matcher m = p.matcher(text);
        while (m.find()) {
            try {
                int start = m.groupCount() > 0 && m.start(1) >= 0 && precision.equals("year") ? m.start(1) : m.start();
                out.add(new DateMention(start, m.end(), reader.read(m), precision));
            } catch (DateTimeException | NumberFormatException e) {
                // Not a calendar date ("7/145/93" is a transcription slip): ignore it.
            }
        }
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMention> out = new ArrayList<>();
        int end = -1;
        for (DateMention d : found) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            }
        }
        return out;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static final List<String> MONTH_ABBREVIATIONS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");

    /** The month a name or abbreviation names by its first three letters ("July", "Sept", "mar"): 1-12, or 0 for none. */
    public static int month(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return MONTH_ABBREVIATIONS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
