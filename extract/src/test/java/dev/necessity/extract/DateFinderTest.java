package dev.necessity.extract;

import dev.necessity.extract.date.DateFinder;
import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.Durations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    private final DateFinder finder = new DateFinder(LocalDate.of(2026, 2, 20));

    private List<LocalDate> dates(String text) {
        return finder.find(text).stream().map(DateMention::date).toList();
    }

    @Test
    void readsDayPrecisionDatesInEverySpelling() {
        assertThat(dates("01/26/2026, 1/26/26, 2026-01-26 and January 26, 2026"))
                .containsOnly(LocalDate.of(2026, 1, 26)).hasSize(4);
    }

    @Test
    void aRangeOfMonthNamesWithTheYearWrittenOnceDatesBothEnds() {
        assertThat(dates("6 visits of PT (May 11 - June 15, 2026) without lasting improvement"))
                .containsExactly(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 15));
        assertThat(dates("therapy from March 3 to April 28, 2026")).containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 28));
        assertThat(dates("home exercise May 11-29, 2026")).containsExactly(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 29));
        assertThat(dates("a course from November 20 to January 8, 2026")).as("a start after the end is the year before")
                .containsExactly(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 8));
        assertThat(dates("she may 2 - 3 times a week, 2026 plans")).as("no month name before the day").isEmpty();
    }

    @Test
    void aMonthDayRangeWhoseEndCarriesTheYearDatesItsStartInThatYear() {
        assertThat(dates("PT 6/15-8/20/26 (15 visits) - no lasting benefit")).containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 8, 20));
        assertThat(dates("therapy 11/20 to 1/8/2026")).containsExactly(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 8));
    }

    @Test
    void aRangeOfMonthsWithTheYearWrittenOnceIsTwoMonthDates() {
        List<DateMention> found = finder.find("PT Feb-Apr 2026 (12 visits); gabapentin January through March 2026; Nov - Jan 2026");
        assertThat(found).extracting(DateMention::date).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 1));
        assertThat(found).allMatch(DateMention::monthOnly);
    }

    @Test
    void monthOnlyDatesAreTheFirstOfTheMonth() {
        List<DateMention> found = finder.find("started 09/2025, pain since approximately July 2025 and again in Jan 2026");
        assertThat(found).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
        assertThat(found).allMatch(DateMention::monthOnly);
    }

    @Test
    void twoDigitYearsPivotOnTheDocumentDate() {
        assertThat(dates("seen on 12/3/95")).containsExactly(LocalDate.of(1995, 12, 3));
        assertThat(dates("seen on 1/26/26")).containsExactly(LocalDate.of(2026, 1, 26));
        assertThat(new DateFinder(null).find("awoke on 7/29/93").get(0).date()).isEqualTo(LocalDate.of(1993, 7, 29));
    }

    @Test
    void relativeDatesCountBackFromTheDocumentDate() {
        assertThat(dates("x-rays two weeks ago")).containsExactly(LocalDate.of(2026, 2, 6));
        assertThat(dates("fell 3 weeks ago")).containsExactly(LocalDate.of(2026, 1, 30));
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(dates("MRI C-spine, 7/145/93, showed")).isEmpty();
    }

    @Test
    void durationsAreInWeeks() {
        assertThat(Durations.weeks("radiating to both buttocks for 7 months").getAsDouble()).isCloseTo(30.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Durations.weeks("a 4 month history of neck pain").getAsDouble()).isCloseTo(17.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Durations.weeks("PT x 6 weeks without relief").getAsDouble()).isEqualTo(6.0);
    }
}
