package dev.necessity.extract;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clinical-note phrasing from MTSamples notes (file named) and the project's examples: ConText, red flags, nicotine, therapy. */
class NotePhraseTest {

    private static List<Finding> flags(String text) {
        return Notes.ofType(Notes.read(text), FindingTypes.RED_FLAG);
    }

    @Test
    void aDurationHistoryIsNotPastHistoryAndOnsetDatesAreRead() {
        // 007
        List<Finding> pain = Notes.ofType(Notes.read("HX: This 75y/o RHM presented with a 10 day h/o progressively worsening LBP. "
                + "The LBP started on 12/3/95; began radiating down the RLE, on 12/6/95."), FindingTypes.SYMPTOM);
        assertThat(pain.get(0).historical()).isFalse();
        assertThat(pain.get(0).attributes()).containsEntry("durationWeeks", 1.4);
        assertThat(pain.get(1).date("onset")).contains(LocalDate.of(1995, 12, 3));
    }

    @Test
    void aDifferentialDiagnosisIsUncertain() {
        // 007
        Finding disc = Notes.only(Notes.read("The differential diagnosis included Amyotrophy, Polymyositis, Epidural hematoma, "
                + "Disc Herniation and Guillain-Barre syndrome."), FindingTypes.DISC_HERNIATION);
        assertThat(disc.uncertain()).isTrue();
        // 044
        assertThat(flags("cervicolumbar flexion and extension views to evaluate for mobile segment and/or thoracic fractures."))
                .allMatch(Finding::uncertain).hasSize(1);
    }

    @Test
    void redFlagsDeniedInTheirOwnWords() {
        assertThat(flags("EXAM: BP130.56, HR68, RR16, Afebrile.")).allMatch(Finding::negated).hasSize(1); // 007
        assertThat(flags("NEUROLOGIC SIGNS/SYMPTOMS: The patient denies any neurologic signs/symptoms. Bowel and bladder function "
                + "are reported as normal.")).extracting(Finding::negated, Finding::quote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "Bowel and bladder function are reported as normal")); // 047
        assertThat(flags("The patient denies high blood pressure, diabetes, heart disease, lung disease, thyroid, kidney, or bladder "
                + "dysfunctions.")).allMatch(Finding::negated).hasSize(1); // 154
        assertThat(flags("The patient was instructed to seek immediate medical attention for shortness of breath, chest pain, fever, "
                + "chills, increased pain, weakness, sensory or motor changes, or changes in bowel or bladder function.")).isEmpty(); // 124
    }

    @Test
    void cancerHistoryIsACancerHistoryFlagAndItsDenialIsNegated() {
        // 049: a past cancer is a red flag for imaging, not a current tumour
        assertThat(flags("He also has a history of prostate cancer, which was treated by radiation.")).extracting(f -> f.attributes().get("kind"))
                .containsExactly("cancer_history");
        assertThat(flags("In 1985, he had removal of a testicle due to enlarged testicle, he is not quite sure of the cause but he states "
                + "it was not cancer.")).allMatch(Finding::negated).hasSize(1);
    }

    @Test
    void progressiveWeaknessIsAProgressiveDeficit() {
        // 018, 033
        assertThat(flags("He complained of progressive proximal weakness of all four extremities and dysphagia."))
                .extracting(f -> f.attributes().get("kind")).containsExactly("progressive_deficit");
        assertThat(flags("Her symptoms of right greater than left upper extremity pain, weakness, paresthesias had been worsening "
                + "after an incident on 06/04/07.")).extracting(f -> f.attributes().get("kind")).containsExactly("progressive_deficit");
    }

    @Test
    void relativesFindingsAreNotThePatients() {
        // 046
        assertThat(Notes.read("FAMILY HISTORY: Her father died from leukemia.  She has two brothers; five sisters, one with breast cancer.")).isEmpty();
        assertThat(Notes.read("SOCIAL HISTORY: Her mother had lumbar spinal stenosis; she has severe stenosis at L4-5. Breast cancer in her sister."))
                .extracting(Finding::type).containsExactly(FindingTypes.STENOSIS);
    }

    @Test
    void nicotineDenialsAndQuits() {
        // 162: a quit outranks the bare denial beside it.
        assertThat(Notes.ofType(Notes.read("HABITS: No tobacco or alcohol.  Chewed until 2003."), FindingTypes.NICOTINE))
                .extracting(f -> f.attributes().get("status")).containsExactly("former");
        // examples/l5-s1-alif-approvable: a vaping denial adds no second status.
        assertThat(Notes.ofType(Notes.read("SOCIAL HISTORY: Works as a cashier. Never smoker. No vaping or smokeless tobacco use."),
                FindingTypes.NICOTINE)).extracting(Finding::quote).containsExactly("Never smoker");
        assertThat(Notes.ofType(Notes.read("SOCIAL HISTORY: Smokes 1 ppd. No vaping."), FindingTypes.NICOTINE))
                .extracting(f -> f.attributes().get("status")).containsExactly("current");
    }

    @Test
    void aTherapyDischargeQuotesTheSentenceWithTheFactsAndItsPlanIsAPlan() {
        String note = "PHYSICAL THERAPY DISCHARGE SUMMARY\nDate: 03/02/2026\n\nPlan of care: skilled PT 2x/week, lumbar stabilization, "
                + "flexion-based exercise, aquatic\ntherapy, walking program.\nDates of service: 01/05/2026, 01/08/2026.\n"
                + "Total visits attended: 14. No missed visits.\nAssessment: Discharged from PT; plateaued.";
        List<Finding> therapy = Notes.ofType(Notes.read(note, DocumentType.THERAPY_NOTE), FindingTypes.THERAPY);
        Finding course = therapy.stream().filter(f -> "discharged".equals(f.attributes().get("status"))).findFirst().orElseThrow();
        assertThat(course.quote()).isEqualTo("Total visits attended: 14");
        assertThat(course.attributes()).containsEntry("visits", 14).containsEntry("noShows", 0);
        assertThat(therapy).filteredOn(f -> "aquatic_therapy".equals(f.attributes().get("kind")))
                .allMatch(f -> "planned".equals(f.attributes().get("status"))).hasSize(1);
    }

    @Test
    void kneeJointSpaceNarrowingByCompartment() {
        // 162
        Finding knee = Notes.only(Notes.read("DIAGNOSTICS: X-rays revealed severe bilateral knee DJD with joint space narrowing medially as "
                + "well as the patellofemoral joint with large osteophytes, left greater than right."), FindingTypes.KELLGREN_LAWRENCE);
        assertThat(knee.list("compartments")).containsExactly("medial", "patellofemoral");
        assertThat(knee.attributes()).containsEntry("wording", "joint-space narrowing");
    }
}
