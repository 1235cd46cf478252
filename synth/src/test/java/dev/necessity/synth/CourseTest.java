package dev.necessity.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Care duration runs from the first to the last documented date over every dated course. */
class CourseTest {

    @Test
    void theSpanJoinsDatedCoursesOfDifferentKinds() {
        Course medication = Course.dated(60, 40);
        Course therapy = Course.dated(30, 10);

        assertThat(Course.spanWeeks(medication, therapy)).isEqualTo(50 / 7.0);
        assertThat(Course.spanWeeks(therapy)).isEqualTo(20 / 7.0);
    }

    @Test
    void careWithoutAnyDateIsSilenceNotAShortfall() {
        assertThat(Course.spanWeeks(Course.UNDATED, Course.DENIED, Course.SILENT)).isNull();
    }

    @Test
    void weeklySessionsAlwaysEndOnTheLastDay() {
        LocalDate request = LocalDate.of(2026, 3, 2);

        assertThat(Course.dated(24, 10).weekly(request)).containsExactly(request.minusDays(24), request.minusDays(17), request.minusDays(10));
        assertThat(Course.dated(10, 10).weekly(request)).containsExactly(request.minusDays(10));
    }
}
