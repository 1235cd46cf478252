package dev.necessity.extract;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Conservative-care grammars: physical therapy, medications, injections and other therapies. */
class TherapyFindingsTest {

    private static List<Finding> therapy(String text, DocumentType type) {
        return Notes.ofType(Notes.read(text, type), FindingTypes.THERAPY);
    }

    private static Finding one(String text) {
        return Notes.only(Notes.read(text), FindingTypes.THERAPY);
    }

    @Test
    void physicalTherapyAttendedOnADateAndNotTolerated() {
        Finding pt = one("She was referred to physical therapy and attended 1 session on 01/26/2026, which she states was\n"
                + "not tolerable because of pain, and she did not return.");
        assertThat(pt.attributes()).containsEntry("kind", "physical_therapy").containsEntry("visits", 1)
                .containsEntry("dates", List.of("2026-01-26")).containsEntry("tolerance", "not_tolerated");
        assertThat(pt.negated()).isFalse();
    }

    @Test
    void completedCourseWithVisitCountAndDateRange() {
        Finding pt = one("She completed 8 weeks of formal physical therapy (16 visits, 01/05/2026 to 02/27/2026).");
        assertThat(pt.attributes()).containsEntry("status", "completed").containsEntry("visits", 16).containsEntry("durationWeeks", 8)
                .containsEntry("startDate", LocalDate.of(2026, 1, 5)).containsEntry("endDate", LocalDate.of(2026, 2, 27));
        assertThat(pt.attributes()).doesNotContainKey("dates");
    }

    @Test
    void briefTrialsWithoutRelief() {
        Finding pt = one("PT x 6 weeks without relief.");
        assertThat(pt.attributes()).containsEntry("durationWeeks", 6).containsEntry("response", "no_relief");
        // 052-consult-back-leg-pain.txt
        assertThat(one("More recently he saw Dr. Y and went through some physical therapy without much relief.").attributes())
                .containsEntry("response", "no_relief");
    }

    @Test
    void aRecommendationIsPlannedNotDone() {
        Finding plan = Notes.only(Notes.read("ASSESSMENT: Patient would benefit from skilled PT 2x/week for 6 weeks.", DocumentType.THERAPY_NOTE),
                FindingTypes.THERAPY);
        assertThat(plan.attributes()).containsEntry("status", "planned").doesNotContainKey("visits");
        assertThat(plan.quote()).isEqualTo("skilled PT 2x/week for 6 weeks");
    }

    @Test
    void aDischargeSummaryListsItsDatesOfService() {
        String note = "PHYSICAL THERAPY DISCHARGE SUMMARY\nDates of service: 01/05/2026, 01/08/2026, 01/12/2026.\n"
                + "Patient missed 1 visit. Discharged from physical therapy after 3 visits with partial relief.";
        Finding pt = Notes.only(Notes.read(note, DocumentType.THERAPY_NOTE), FindingTypes.THERAPY);
        assertThat(pt.attributes()).containsEntry("dates", List.of("2026-01-05", "2026-01-08", "2026-01-12"))
                .containsEntry("visits", 3).containsEntry("status", "discharged").containsEntry("response", "partial_relief")
                .containsEntry("startDate", LocalDate.of(2026, 1, 5)).containsEntry("endDate", LocalDate.of(2026, 1, 12));
    }

    @Test
    void corpusTherapySummaryWithNoShows() {
        // 152-physical-therapy-outpatient-rehab.txt
        Finding pt = Notes.only(Notes.read("SUMMARY: The patient has attended physical therapy from 11/16/06 to 11/21/06.  "
                + "The patient has 3 call and cancels and 3 no shows.", DocumentType.THERAPY_NOTE), FindingTypes.THERAPY);
        assertThat(pt.attributes()).containsEntry("noShows", 3).containsEntry("startDate", LocalDate.of(2006, 11, 16))
                .containsEntry("endDate", LocalDate.of(2006, 11, 21));
    }

    @Test
    void medicationListItemsWithDatesAndResponse() {
        String list = "MEDICATION LIST (as of 02/20/2026)\n- Meloxicam 15 mg by mouth once daily (started 09/2025; replaced ibuprofen)\n"
                + "- Lisinopril 10 mg by mouth once daily\nPreviously tried:\n"
                + "- Ibuprofen 600 mg by mouth three times daily, 07/2025 to 09/2025, partial relief";
        List<Finding> meds = therapy(list, DocumentType.MEDICATION_LIST);
        assertThat(meds).extracting(f -> f.attributes().get("drug")).containsExactly("meloxicam", "ibuprofen");
        assertThat(meds.get(0).attributes()).containsEntry("startDate", LocalDate.of(2025, 9, 1)).containsEntry("datePrecision", "month")
                .containsEntry("status", "ongoing").containsEntry("drugClass", "nsaid");
        assertThat(meds.get(1).attributes()).containsEntry("startDate", LocalDate.of(2025, 7, 1)).containsEntry("endDate", LocalDate.of(2025, 9, 1))
                .containsEntry("response", "partial_relief").containsEntry("status", "stopped");
        assertThat(meds.get(1).historical()).isTrue();
    }

    @Test
    void drugsInNarrativeShareTheSentenceResponse() {
        List<Finding> meds = Notes.ofType(Notes.read("She has tried ibuprofen, then meloxicam, and methocarbamol at\nnight, with partial relief."),
                FindingTypes.THERAPY);
        assertThat(meds).extracting(f -> f.attributes().get("drug") + "/" + f.attributes().get("drugClass"))
                .containsExactly("ibuprofen/nsaid", "meloxicam/nsaid", "methocarbamol/muscle_relaxant");
        assertThat(meds).allMatch(f -> "partial_relief".equals(f.attributes().get("response")));
        // 014-mri-c-spine-c5-6-disk-herniation.txt: brand names map to the generic drug
        assertThat(one("She had been taking Naprosyn with little relief.").attributes())
                .containsEntry("drug", "naproxen").containsEntry("response", "partial_relief");
        assertThat(one("Medrol Dosepak was prescribed.").attributes()).containsEntry("drugClass", "oral_steroid");
    }

    @Test
    void injectedSteroidsAndAllergiesAreNotAnalgesicTrials() {
        assertThat(Notes.ofType(Notes.read("ALLERGIES: Codeine."), FindingTypes.THERAPY)).isEmpty();
        assertThat(Notes.ofType(Notes.read("A solution of 80 mg of Depo-Medrol with 2 cc of 1% Xylocaine was injected."), FindingTypes.THERAPY)
                .stream().filter(f -> "medication".equals(f.attributes().get("kind")))).isEmpty();
    }

    @Test
    void injectionInAClinicNoteWithDateAndRelief() {
        Finding esi = one("She underwent an L5-S1 interlaminar epidural steroid\ninjection on 11/03/2025 with about 2 weeks of relief before the pain returned.");
        assertThat(esi.attributes()).containsEntry("kind", "injection").containsEntry("injectionType", "epidural_interlaminar")
                .containsEntry("date", LocalDate.of(2025, 11, 3)).containsEntry("reliefWeeks", 2).containsEntry("status", "completed");
        assertThat(esi.level()).hasToString("L5-S1");
    }

    @Test
    void aProcedureNoteIsOneInjectionWithItsFollowUp() {
        String note = "PROCEDURE NOTE\nDate: 11/03/2025\nProcedure: L5-S1 interlaminar epidural steroid injection under fluoroscopic guidance.\n\n"
                + "FOLLOW-UP PHONE CALL 12/01/2025: Patient reports about 70 % relief for approximately\n2 weeks after the injection.";
        Finding esi = Notes.only(Notes.read(note, DocumentType.PROCEDURE_NOTE), FindingTypes.THERAPY);
        assertThat(esi.attributes()).containsEntry("reliefPercent", 70).containsEntry("reliefWeeks", 2)
                .containsEntry("date", LocalDate.of(2025, 11, 3));
        assertThat(esi.quote()).isEqualTo("L5-S1 interlaminar epidural steroid injection");
    }

    @Test
    void corpusInjectionTypes() {
        // 124-transforaminal-epidural-steroid-injection-1.txt style and 129-lumbar-epidural-steroid-injection-2.txt
        assertThat(one("Right L5-S1 transforaminal epidural steroid injection.").attributes())
                .containsEntry("injectionType", "epidural_transforaminal");
        assertThat(one("PROCEDURE: Lumbar epidural steroid injection, L5-S1.").level()).hasToString("L5-S1");
        assertThat(one("Bilateral L4-5 medial branch blocks.").attributes()).containsEntry("injectionType", "medial_branch_block");
        // 046-lumbar-radiculopathy-consult.txt: a plan
        assertThat(one("At this point, the patient has not exhausted conservative measures and would like to start with epidural "
                + "steroid injections, so we will go ahead and send her out for that.").attributes()).containsEntry("status", "planned");
    }

    @Test
    void otherConservativeCare() {
        assertThat(one("Instructed in a home exercise program (pelvic tilts, supine marching, walking program).").attributes())
                .containsEntry("kind", "home_exercise");
        assertThat(one("He has also tried chiropractic treatment without relief.").attributes())
                .containsEntry("kind", "chiropractic").containsEntry("response", "no_relief");
        assertThat(one("She wore a lumbar brace for 4 weeks.").attributes()).containsEntry("kind", "bracing");
        assertThat(one("She did 6 sessions of aquatic therapy.").attributes()).containsEntry("kind", "aquatic_therapy").containsEntry("visits", 6);
    }

    @Test
    void aDrugTakenOnAScheduleSinceADateIsOngoing() {
        Finding since = one("Meloxicam 15 mg daily since 08/2025.");
        assertThat(since.attributes()).containsEntry("startDate", LocalDate.of(2025, 8, 1)).containsEntry("status", "ongoing");
        assertThat(one("Naproxen 500 mg BID since 01/05/2026, without adequate relief.").attributes())
                .containsEntry("status", "ongoing").containsEntry("response", "no_relief");
        // A course with an end is over, and past-tense use with "since" says nothing about today.
        Finding course = one("She took meloxicam from 08/2025 to 10/2025.");
        assertThat(course.attributes()).containsEntry("startDate", LocalDate.of(2025, 8, 1)).containsEntry("endDate", LocalDate.of(2025, 10, 1))
                .doesNotContainEntry("status", "ongoing");
        assertThat(one("She tried ibuprofen 600 mg three times daily since 09/2025 without relief.").attributes())
                .doesNotContainEntry("status", "ongoing");
    }

    @Test
    void startedBeforeTheDrugGivesItsStartDate() {
        // lumbar-discectomy/tests/waiver-progressive-foot-drop
        assertThat(one("Started meloxicam 12/29/2025.").attributes()).containsEntry("startDate", LocalDate.of(2025, 12, 29));
        assertThat(one("Began naproxen 500 mg twice daily on 01/05/2026.").attributes()).containsEntry("startDate", LocalDate.of(2026, 1, 5));
    }

    @Test
    void withoutAdequateReliefIsNoRelief() {
        assertThat(one("She tried PT without adequate relief.").attributes()).containsEntry("response", "no_relief");
        assertThat(one("Physical therapy 12/01/2025 to 02/27/2026, 20 visits, no lasting benefit.").attributes())
                .containsEntry("response", "no_relief");
    }

    @Test
    void eachTreatmentInAListKeepsTheDatesOfItsOwnClause() {
        // total-knee-arthroplasty/tests/bmi-42-five-months-fails
        String note = "Naproxen 500 mg twice daily since 03/09/2026, physical therapy 04/06/2026 to\n06/26/2026 (20 visits), and a "
                + "corticosteroid injection into the right knee on 06/15/2026, all\nwith only temporary benefit. She walks with a cane.";
        List<Finding> care = therapy(note, DocumentType.CLINICAL_NOTE);
        Finding naproxen = kind(care, "medication");
        assertThat(naproxen.attributes()).containsEntry("startDate", LocalDate.of(2026, 3, 9)).containsEntry("status", "ongoing")
                .doesNotContainKey("endDate");
        Finding pt = kind(care, "physical_therapy");
        assertThat(pt.attributes()).containsEntry("startDate", LocalDate.of(2026, 4, 6)).containsEntry("endDate", LocalDate.of(2026, 6, 26))
                .containsEntry("visits", 20).doesNotContainKey("dates");
        Finding injection = kind(care, "injection");
        assertThat(injection.attributes()).containsEntry("side", "right").containsEntry("startDate", LocalDate.of(2026, 6, 15))
                .containsEntry("endDate", LocalDate.of(2026, 6, 15));
        // total-knee-arthroplasty/tests/active-infection-exclusion: "; cane" is its own item, without the therapy's dates
        String tx = "Tx: meloxicam since 01/2025; PT 09/08/2025 - 11/21/2025, 20 visits; steroid injection L knee 02/02/2026,\n"
                + "2 wks relief; cane.";
        List<Finding> items = therapy(tx, DocumentType.CLINICAL_NOTE);
        assertThat(kind(items, "physical_therapy").attributes()).containsEntry("startDate", LocalDate.of(2025, 9, 8))
                .containsEntry("endDate", LocalDate.of(2025, 11, 21)).doesNotContainKey("dates");
        assertThat(kind(items, "injection").attributes()).containsEntry("side", "left").containsEntry("startDate", LocalDate.of(2026, 2, 2));
        assertThat(kind(items, "assistive_device").attributes()).doesNotContainKeys("startDate", "endDate", "dates");
    }

    @Test
    void aBareListOfTreatmentsSharesItsDates() {
        // lumbar-esi/tests/fifth-session-in-twelve-months
        List<Finding> meds = therapy("She takes acetaminophen 1 g three times daily and gabapentin 300 mg twice daily, both since 01/2025.",
                DocumentType.CLINICAL_NOTE);
        assertThat(meds).hasSize(2).allSatisfy(f -> assertThat(f.attributes()).containsEntry("startDate", LocalDate.of(2025, 1, 1)));
        List<Finding> course = therapy("Physical therapy 07/15/2026 to 08/03/2026, 4 visits, with a home exercise program.",
                DocumentType.CLINICAL_NOTE);
        assertThat(kind(course, "home_exercise").attributes()).containsEntry("startDate", LocalDate.of(2026, 7, 15));
    }

    private static Finding kind(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> kind.equals(f.attributes().get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + findings.stream().map(SeedCase::describe).toList()));
    }
}
