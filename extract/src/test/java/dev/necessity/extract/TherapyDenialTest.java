package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Treatments the note says were never given are negated, not counted as tried. */
class TherapyDenialTest {

    private static List<Finding> therapy(String text, String kind) {
        return Notes.ofType(Notes.read(text), "therapy").stream().filter(f -> kind.equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void noInjectionsIsADenial() {
        assertThat(therapy("She has had no epidural injections and has taken no pain medication.", "injection"))
                .singleElement().satisfies(f -> assertThat(f.negated()).isTrue());
        assertThat(therapy("He has never had an epidural steroid injection.", "injection"))
                .allSatisfy(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void anInjectionWithoutReliefIsStillAnInjection() {
        assertThat(therapy("No relief from the L5-S1 epidural steroid injection on 01/12/2026.", "injection"))
                .singleElement().satisfies(f -> assertThat(f.negated()).isFalse());
        assertThat(therapy("Left L4-5 TFESI 02/26/2026 - no relief.", "injection"))
                .singleElement().satisfies(f -> assertThat(f.negated()).isFalse());
    }

    @Test
    void noPainMedicationIsANegatedMedicationTrial() {
        assertThat(therapy("She has taken no pain medication.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
        assertThat(therapy("Takes nothing for the pain.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
        assertThat(therapy("No medication changes today.", "medication")).isEmpty();
    }
}
