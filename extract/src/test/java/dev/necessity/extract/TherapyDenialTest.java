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

    @Test
    void notBeenToOrDeclinedTherapyIsNotTherapyReceived() {
        for (String note : List.of("She has not been to physical therapy.", "Declined physical therapy.",
                "Physical therapy was declined because of her work schedule.", "He has never tried physical therapy.")) {
            assertThat(therapy("HISTORY OF PRESENT ILLNESS:\n" + note + "\n", "physical_therapy")).as(note)
                    .singleElement().satisfies(f -> assertThat(f.negated()).isTrue());
        }
    }

    @Test
    void aDeniedDrugIsANegatedMedicationTrial() {
        assertThat(therapy("Denies taking NSAIDs.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
        assertThat(therapy("She has not taken naproxen or gabapentin for the pain.", "medication")).hasSize(2)
                .allSatisfy(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void notBeingOnADrugIsANegatedMedicationTrial() {
        for (String note : List.of("She is not on gabapentin.", "He is not taking any NSAIDs for the neck pain.",
                "She is not currently on meloxicam because of her kidney function.", "She isn't on gabapentin.",
                "He has never been on gabapentin or pregabalin for the arm pain.")) {
            assertThat(therapy(note, "medication")).as(note).isNotEmpty().allSatisfy(f -> {
                assertThat(f.negated()).isTrue();
                assertThat(f.string("status")).isEmpty();
            });
        }
        for (String note : List.of("Patient is not on any pain medication.", "Patient isn't currently taking any pain medication.")) {
            assertThat(therapy(note, "medication")).as(note).singleElement().satisfies(f -> assertThat(f.negated()).isTrue());
        }
    }

    @Test
    void aDrugDeniedBesideOneTakenDeniesOnlyItself() {
        List<Finding> meds = therapy("She is not on gabapentin, but is on meloxicam 15 mg daily.", "medication");
        assertThat(meds).extracting(f -> f.string("drug").orElseThrow() + (f.negated() ? " denied" : " taken"))
                .containsExactly("gabapentin denied", "meloxicam taken");
        assertThat(therapy("She is not on gabapentin; continues naproxen 500 mg twice daily.", "medication"))
                .extracting(f -> f.string("drug").orElseThrow() + " " + f.negated() + " " + f.string("status").orElse("-"))
                .containsExactly("gabapentin true -", "naproxen false ongoing");
    }

    @Test
    void notOnlyOnADrugOrADrugThatDidNotHelpIsADrugTaken() {
        assertThat(therapy("She is not only on gabapentin but also on meloxicam.", "medication")).hasSize(2)
                .allSatisfy(f -> assertThat(f.negated()).isFalse());
        assertThat(therapy("Gabapentin was not helpful.", "medication")).singleElement().satisfies(f -> {
            assertThat(f.negated()).isFalse();
            assertThat(f.string("response")).hasValue("no_relief");
        });
    }

    @Test
    void aDrugTakenNoLongerWasTakenAndStopped() {
        for (String note : List.of("She is not on gabapentin any longer.", "She is no longer on gabapentin.",
                "She isn't taking gabapentin anymore because of dizziness.", "She stopped gabapentin in 09/2025.")) {
            assertThat(therapy(note, "medication")).as(note).singleElement().satisfies(f -> {
                assertThat(f.negated()).isFalse();
                assertThat(f.string("status")).hasValue("stopped");
            });
        }
    }

    @Test
    void anOutcomeOfTheTreatmentIsNotItsDenial() {
        assertThat(therapy("She had no relief from physical therapy.", "physical_therapy")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isFalse());
        assertThat(therapy("He has had no benefit from the epidural steroid injection.", "injection")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isFalse());
        assertThat(therapy("She denies side effects from ibuprofen.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isFalse());
        assertThat(therapy("She denies numbness since starting physical therapy.", "physical_therapy")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isFalse());
    }

    @Test
    void noInjectionsOfAnyKindIsADocumentedAbsence() {
        for (String note : List.of("No injections.", "No injections to date.", "He has never had any spinal injections.")) {
            assertThat(therapy(note, "injection")).as(note).singleElement().satisfies(f -> {
                assertThat(f.negated()).isTrue();
                assertThat(f.string("injectionType")).isEmpty();
            });
        }
        assertThat(therapy("He has had no pain since the injection.", "injection")).isEmpty();
    }
}
