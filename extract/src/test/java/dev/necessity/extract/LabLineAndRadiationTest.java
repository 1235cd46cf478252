package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lab lines naming the specimen; radiation to a named part of the foot. */
class LabLineAndRadiationTest {

    @Test
    void specimenBetweenTestAndValue() {
        assertThat(Notes.ofType(Notes.read("Cotinine, urine: 4 ng/mL (reference: under 10 ng/mL in non-users)", dev.necessity.model.DocumentType.LAB), "lab"))
                .anySatisfy(f -> {
                    assertThat(f.string("test")).contains("cotinine");
                    assertThat(f.number("value")).contains(4.0);
                });
        assertThat(Notes.ofType(Notes.read("Hemoglobin A1c, whole blood: 7.1 %"), "lab"))
                .anySatisfy(f -> assertThat(f.number("value")).contains(7.1));
    }

    @Test
    void radiationToTheDorsumOfTheFoot() {
        assertThat(Notes.ofType(Notes.read("Right leg pain radiating to the dorsum of the foot."), "symptom"))
                .anySatisfy(f -> assertThat(f.string("kind")).contains("radiculopathy"));
    }
}
