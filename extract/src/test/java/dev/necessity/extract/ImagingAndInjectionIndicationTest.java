package dev.necessity.extract;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings the lumbar MRI and epidural injection policies rely on: injection guidance and
 * response, history red flags and templated red-flag screens, radiating pain phrasings, symptom
 * change after surgery, surgery being considered and unnamed prior spine surgery.
 */
class ImagingAndInjectionIndicationTest {

    private static List<Finding> of(String text, String type) {
        return Notes.ofType(Notes.read(text), type);
    }

    private static List<Finding> withKind(String text, String type, String kind) {
        return of(text, type).stream().filter(f -> kind.equals(f.attributes().get("kind"))).toList();
    }

    @Test
    void plannedInjectionCarriesItsGuidance() {
        Finding f = of("PLAN:\nLeft L4-L5 and L5-S1 transforaminal epidural steroid injections under fluoroscopic guidance.", FindingTypes.THERAPY)
                .get(0);
        assertThat(f.attributes()).containsEntry("guidance", "fluoroscopy").containsEntry("status", "planned");
        Finding blind = of("A: R S1 radiculopathy.\nP: R L5-S1 interlaminar ESI in office today, landmark technique w/o fluoro.", FindingTypes.THERAPY)
                .get(0);
        assertThat(blind.attributes()).containsEntry("guidance", "none").containsEntry("status", "planned");
        assertThat(of("Plan: CT-guided L5-S1 transforaminal epidural steroid injection.", FindingTypes.THERAPY).get(0).attributes())
                .containsEntry("guidance", "ct");
    }

    @Test
    void procedureNoteGuidanceComesFromTheWholeNote() {
        String note = "PROCEDURE: Lumbar epidural steroid injection without fluoroscopy.\nA 18-gauge Tuohy needle was placed.";
        Finding f = Notes.ofType(Notes.read(note, DocumentType.PROCEDURE_NOTE), FindingTypes.THERAPY).get(0);
        assertThat(f.attributes()).containsEntry("guidance", "none").containsEntry("status", "completed");
    }

    @Test
    void reliefToldInTheNextSentenceBelongsToTheInjection() {
        String text = "He underwent left L5-S1 and L4-5 transforaminal epidural steroid injections under fluoroscopy on 10/14/2025. "
                + "At his follow-up he reported about 80 % relief of the leg pain, and that relief lasted about 4 months.";
        List<Finding> relief = of(text, FindingTypes.THERAPY).stream().filter(f -> f.attributes().containsKey("reliefPercent")).toList();
        assertThat(relief).hasSize(2);
        assertThat(relief.get(0).attributes()).containsEntry("reliefPercent", 80).containsEntry("reliefWeeks", 17.3)
                .containsEntry("date", LocalDate.of(2025, 10, 14)).containsEntry("injectionType", "epidural_transforaminal");
    }

    @Test
    void historyRedFlagsAssertedAndDenied() {
        Finding cancer = withKind("He reports that he has history of testicular cancer in the distant past.", FindingTypes.RED_FLAG, "cancer_history").get(0);
        assertThat(cancer.asserted()).isTrue();
        assertThat(cancer.historical()).isFalse();
        assertThat(withKind("This 34-year-old woman with active intravenous heroin use presents with back pain.", FindingTypes.RED_FLAG,
                "iv_drug_use")).isNotEmpty();
        assertThat(withKind("COPD on prednisone 10 mg daily for the past 3 years.", FindingTypes.RED_FLAG, "long_term_steroids")).isNotEmpty();
        assertThat(withKind("No hx cancer, no IVDU, no steroids.", FindingTypes.RED_FLAG, "iv_drug_use").get(0).negated()).isTrue();
    }

    /** Phrasings whose every word the reader's keyword hint once lacked, so the sentence was skipped before any flag was tried. */
    @Test
    void historyRedFlagsTheKeywordHintOnceSkipped() {
        assertThat(withKind("Past history is notable for IV opioid use in his twenties.", FindingTypes.RED_FLAG, "iv_drug_use")).isNotEmpty();
        assertThat(withKind("Lupus, on long-term glucocorticoids.", FindingTypes.RED_FLAG, "long_term_steroids")).isNotEmpty();
        assertThat(withKind("She describes numbness in the groin and buttocks area since Tuesday.", FindingTypes.RED_FLAG, "saddle_anesthesia"))
                .isNotEmpty();
        assertThat(withKind("Was unable to pass urine this morning.", FindingTypes.RED_FLAG, "bowel_bladder_dysfunction")).isNotEmpty();
        assertThat(withKind("History of prostate ca, treated with radiation in 2015.", FindingTypes.RED_FLAG, "cancer_history")).isNotEmpty();
        assertThat(withKind("Serum Ca 9.4, within normal limits.", FindingTypes.RED_FLAG, "cancer_history")).isEmpty();
    }

    @Test
    void templatedScreenAnswersAreDenials() {
        String screen = "RED FLAG SCREEN:\nHistory of cancer: No\nOsteoporosis: No\nLong-term steroid use: No\nSaddle anesthesia: Yes\n";
        assertThat(withKind(screen, FindingTypes.RED_FLAG, "cancer_history").get(0).negated()).isTrue();
        assertThat(withKind(screen, FindingTypes.RED_FLAG, "osteoporosis").get(0).negated()).isTrue();
        assertThat(withKind(screen, FindingTypes.RED_FLAG, "long_term_steroids").get(0).negated()).isTrue();
        assertThat(withKind(screen, FindingTypes.RED_FLAG, "saddle_anesthesia").get(0).negated()).isFalse();
    }

    @Test
    void blanketRedFlagDenialHasNoKind() {
        Finding f = of("A: acute mechanical low back pain, no red flags.", FindingTypes.RED_FLAG).get(0);
        assertThat(f.negated()).isTrue();
        assertThat(f.attributes()).doesNotContainKey("kind");
    }

    @Test
    void caudaEquinaSignsInPlainWords() {
        String text = "Now with numbness in the seat area since yesterday and inability to urinate since this evening.";
        assertThat(withKind(text, FindingTypes.RED_FLAG, "saddle_anesthesia")).isNotEmpty();
        assertThat(withKind(text, FindingTypes.RED_FLAG, "bowel_bladder_dysfunction")).isNotEmpty();
    }

    @Test
    void radiatingFromTheButtockWithDuration() {
        Finding f = withKind("52 y/o male with left leg pain radiating from the buttock down the lateral thigh and calf for 10 weeks.",
                FindingTypes.SYMPTOM, "radiculopathy").get(0);
        assertThat(f.attributes()).containsEntry("durationWeeks", 10).containsEntry("side", "left");
        assertThat(withKind("44F R leg pain radiating down the post thigh to the lat calf x 6 mo.", FindingTypes.SYMPTOM, "radiculopathy").get(0)
                .attributes()).containsKey("durationWeeks");
        Finding onset = withKind("I am seeing him back for his left sciatica, which began in August 2025.", FindingTypes.SYMPTOM, "radiculopathy")
                .stream().filter(x -> x.attributes().containsKey("onset")).findFirst().orElseThrow();
        assertThat(onset.attributes()).containsEntry("onset", LocalDate.of(2025, 8, 1));
    }

    @Test
    void deniedRadiation() {
        assertThat(withKind("CC: LBP x 10 days. No radiation, no numbness/tingling.", FindingTypes.SYMPTOM, "radiculopathy").get(0).negated()).isTrue();
        assertThat(withKind("The pain does not radiate into the buttocks or legs.", FindingTypes.SYMPTOM, "radiculopathy").get(0).negated()).isTrue();
    }

    @Test
    void symptomChangeAfterSurgery() {
        Finding f = withKind("About three weeks ago he developed new right leg pain radiating down the lateral calf.", FindingTypes.SYMPTOM,
                "symptom_change").get(0);
        assertThat(f.attributes()).containsEntry("course", "new");
        assertThat(withKind("The patient states that there has been no recent change in either the severity or the distribution of his pain.",
                FindingTypes.SYMPTOM, "symptom_change").get(0).negated()).isTrue();
    }

    @Test
    void surgeryConsideredAndUnnamedPriorSurgery() {
        Finding plan = withKind("She would like to consider an epidural steroid injection, and is open to a surgical consultation.",
                FindingTypes.THERAPY, "surgery").get(0);
        assertThat(plan.attributes()).containsEntry("status", "planned");
        assertThat(of("No prior back surgery.", FindingTypes.PRIOR_SURGERY).get(0).negated()).isTrue();
        assertThat(of("Mr. Okafor is status post right L4-L5 hemilaminotomy and microdiscectomy on 10/06/2025.", FindingTypes.PRIOR_SURGERY))
                .isNotEmpty();
    }

    @Test
    void reliefThatLastedOnlyAFewWeeks() {
        for (String follow : List.of("At follow-up 60 % relief that lasted only 3 weeks.", "At follow-up 60% relief lasting only 3 weeks.",
                "At follow-up 60 % relief that lasted 3 weeks.")) {
            String text = "He underwent a left L5-S1 TFESI on 10/14/2025. " + follow;
            Finding relief = of(text, FindingTypes.THERAPY).stream().filter(f -> f.attributes().containsKey("reliefPercent")).findFirst()
                    .orElseThrow();
            assertThat(relief.attributes()).as(follow).containsEntry("reliefPercent", 60).containsEntry("reliefWeeks", 3)
                    .containsEntry("date", LocalDate.of(2025, 10, 14));
        }
    }
}
