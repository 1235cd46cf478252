package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A course of physical therapy stated in months. */
class TherapyCourseMonthsTest {

    @Test
    void monthsOfSupervisedTherapy() {
        assertThat(Notes.ofType(Notes.read("CONSERVATIVE CARE: Completed 9 months of supervised physical therapy across two courses, NSAIDs."),
                "therapy")).anySatisfy(f -> {
                    assertThat(f.string("kind")).contains("physical_therapy");
                    assertThat(f.number("durationWeeks")).contains(39.0);
                });
    }

    @Test
    void aPlannedCourseIsNotACourse() {
        assertThat(Notes.ofType(Notes.read("We will start 3 months of physical therapy."), "therapy"))
                .noneSatisfy(f -> assertThat(f.number("durationWeeks")).contains(13.0));
    }
}
