package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shorthand and descriptive examination findings, and limitation phrases, as clinicians write them. */
class ShorthandExamTest {

    private static List<String> exams(String text) {
        return Notes.ofType(Notes.read(text), "exam").stream()
                .map(f -> f.string("kind").orElse("") + "=" + f.string("result").orElse("")).toList();
    }

    private static List<Finding> limitations(String text) {
        return Notes.ofType(Notes.read(text), "symptom").stream()
                .filter(f -> "functional_limitation".equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void terseExamLine() {
        assertThat(exams("Exam: SLR neg bilat. Sens intact LT BLE. DTR 2+ sym pat/ach."))
                .contains("straight_leg_raise=negative", "sensation=normal", "reflex=normal");
        assertThat(exams("Neg SLR on the right, pos SLR on the left.")).contains("straight_leg_raise=negative", "straight_leg_raise=positive");
    }

    @Test
    void aStraightLegRaiseThatReproducesLegPainIsPositive() {
        assertThat(exams("Straight leg raising on the left reproduces the leg pain at 30 degrees, and the crossed straight leg raise is positive as well."))
                .contains("straight_leg_raise=positive");
        assertThat(exams("Straight leg raise does not reproduce radicular pain on either side.")).contains("straight_leg_raise=negative");
    }

    @Test
    void sensoryLossInShorthand() {
        assertThat(exams("Decr sensation L S1 dermatome.")).contains("sensation=decreased");
        assertThat(exams("Diminished pinprick over the left L5 dermatome.")).contains("sensation=decreased");
    }

    @Test
    void limitationsWrittenAsCannotOrOffWork() {
        assertThat(limitations("Can't sit >15 min, off work since 12/26.")).hasSize(2);
        assertThat(limitations("She has had to stop teaching after lunch.")).hasSize(1);
        assertThat(limitations("He can no longer walk his dog.")).hasSize(1);
        assertThat(limitations("Standing tolerance under five minutes, relieved by sitting.")).hasSize(1);
        assertThat(limitations("She can walk two miles and works full time.")).isEmpty();
    }

    @Test
    void limitationsWrittenAsWhatThePatientCanNoLongerDo() {
        assertThat(limitations("She can walk only half a block before her legs give out.")).singleElement()
                .satisfies(f -> assertThat(f.quote()).isEqualTo("can walk only half a block"));
        assertThat(limitations("Symptoms keep him from working.")).hasSize(1);
        assertThat(limitations("She can no longer do her grocery shopping.")).hasSize(1);
        assertThat(limitations("She can walk two miles before she needs a break.")).isEmpty();
    }
}
