package dev.necessity.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder(LocalDate.of(2026, 10, 8));

    @Test
    void dayFirstDatesAsBritishRecordsWriteThem() {
        assertThat(finder.find("Initial assessment 12 May 2026; reviewed 14-Oct-2025 and on the 3rd of June 2026."))
                .extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 5, 12), LocalDate.of(2025, 10, 14), LocalDate.of(2026, 6, 3));
    }

    @Test
    void aDayAndMonthWithoutAYearIsTheLatestSuchDayBeforeTheNote() {
        assertThat(finder.find("physiotherapy between 12 May and 28 December")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 5, 12), LocalDate.of(2025, 12, 28));
        assertThat(finder.find("a grade 2 may progress")).isEmpty();
    }

    @Test
    void aMonthDayRangeWithoutAYearIsDatedButGradesAndScoresAreNot() {
        assertThat(finder.find("PT 8/19 - 9/30, 7 visits")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 8, 19), LocalDate.of(2026, 9, 30));
        assertThat(finder.find("PT 11/20 - 1/15")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 15));
        assertThat(finder.find("EHL 4/5 - 5/5 after the injection; pain 3/10 to 6/10")).isEmpty();
    }
}
