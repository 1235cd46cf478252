package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admissions for intractable pain, the discectomy red flag, as notes state them. */
class PainAdmissionTest {

    private static List<Finding> admissions(String text) {
        return Notes.ofType(Notes.read(text), "red_flag").stream()
                .filter(f -> "intractable_pain_admission".equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void anAdmissionForIntractablePainIsAFlag() {
        List<Finding> f = admissions("She was admitted to the hospital on 02/02/2026 for intractable left leg pain and received IV steroids.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.asserted()).isTrue();
            assertThat(x.quote()).startsWith("admitted to the hospital").endsWith("intractable left leg pain");
        });
    }

    @Test
    void hospitalizedForPainControlIsAFlag() {
        assertThat(admissions("He was hospitalized for pain control last week with IV hydromorphone.")).singleElement()
                .satisfies(x -> assertThat(x.asserted()).isTrue());
        assertThat(admissions("Admitted overnight for IV pain management after an ED visit.")).hasSize(1);
    }

    @Test
    void whenAndHowLongMayStandBetweenTheAdmissionAndItsReason() {
        for (String note : List.of("He was admitted to the hospital last week for intractable left leg pain.",
                "She was admitted to the hospital from 02/10/2026 to 02/13/2026 for intractable leg pain.",
                "Hospital admission 02/10/2026 for intractable sciatica.",
                "Admitted 02/20/2026 for intractable radicular pain requiring IV opioids.")) {
            assertThat(admissions("HISTORY OF PRESENT ILLNESS:\n" + note + "\n")).as(note).singleElement().satisfies(x -> {
                assertThat(x.asserted()).isTrue();
                assertThat(x.quote()).containsIgnoringCase("admi").containsIgnoringCase("intractable");
            });
        }
    }

    @Test
    void anIntractableWordOutsideTheReasonIsNotAPainAdmission() {
        assertThat(admissions("He was admitted with intractable vomiting and treated for back pain.")).isEmpty();
    }

    @Test
    void aDeniedOrOrdinaryAdmissionIsNot() {
        assertThat(admissions("No hospitalizations for pain control.")).allSatisfy(x -> assertThat(x.negated()).isTrue());
        assertThat(admissions("She was admitted for pneumonia in 2019.")).isEmpty();
        assertThat(admissions("Admitted for elective knee replacement, pain was well controlled.")).isEmpty();
    }
}
