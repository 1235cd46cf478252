package dev.necessity.extract;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clinical-note grammars, on sentences from MTSamples notes (file named) and the seed consult. */
class ClinicalFindingsTest {

    private static List<Finding> symptoms(String text) {
        return Notes.ofType(Notes.read(text), FindingTypes.SYMPTOM);
    }

    private static Finding symptom(String text, String kind) {
        return symptoms(text).stream().filter(f -> kind.equals(f.attributes().get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + symptoms(text).stream().map(SeedCase::describe).toList()));
    }

    @Test
    void neurogenicClaudicationByNameOrByItsPattern() {
        assertThat(symptom("Spinal stenosis, lumbar region with neurogenic claudication.", "neurogenic_claudication").quote())
                .isEqualTo("neurogenic claudication");
        Finding pattern = symptom("Pain is worse with standing\nand walking more than 10 minutes and relieved by sitting.",
                "neurogenic_claudication");
        assertThat(pattern.quote()).isEqualTo("worse with standing\nand walking more than 10 minutes and relieved by sitting");
    }

    @Test
    void radiculopathyByNameOrRadiatingLegPain() {
        assertThat(symptom("Lumbar radiculopathy symptoms, bilateral.", "radiculopathy").attributes()).containsEntry("side", "bilateral");
        Finding radiating = symptom("Low back pain radiating to both buttocks and posterior thighs for 7 months.", "radiculopathy");
        assertThat(radiating.attributes()).containsEntry("side", "bilateral").containsEntry("durationWeeks", 30.3);
        // 049-low-back-pain-consult.txt has "sciatica"-free text; 047 uses "sciatica"
        assertThat(symptom("He has had sciatica down the left leg.", "radiculopathy").asserted()).isTrue();
        assertThat(symptoms("Pain radiating to the back.")).noneMatch(f -> "radiculopathy".equals(f.attributes().get("kind")));
    }

    @Test
    void onsetFromSinceAndDurationFromTheDocumentDate() {
        Finding pain = symptom("46-year-old woman with low back pain since approximately\nJuly 2025, radiating into both buttocks.", "axial_pain");
        assertThat(pain.date("onset")).contains(LocalDate.of(2025, 7, 1));
        assertThat(pain.attributes()).containsEntry("datePrecision", "month");
        assertThat(pain.number("durationWeeks")).hasValueSatisfying(w -> assertThat(w).isBetween(33.0, 34.0));
    }

    @Test
    void numbnessFunctionalLimitationAndTheirNegations() {
        assertThat(symptom("She reports intermittent numbness in both feet.", "numbness").attributes()).containsEntry("side", "bilateral");
        assertThat(symptom("Pain is 7/10 and limits her work as a cashier.", "functional_limitation").quote()).isEqualTo("limits her work");
        assertThat(symptom("Oswestry Disability Index: 48 %.", "functional_limitation").quote()).isEqualTo("Oswestry Disability Index: 48 %");
        assertThat(symptom("He denies numbness or tingling.", "numbness").negated()).isTrue();
    }

    @Test
    void motorGradesPerMuscleAndSide() {
        Finding ehl = Notes.only(Notes.read("EHL 4/5 on the left."), FindingTypes.EXAM);
        assertThat(ehl.attributes()).containsEntry("kind", "motor").containsEntry("muscle", "EHL").containsEntry("side", "left")
                .containsEntry("grade", "4/5").containsEntry("strength", 4.0);
        Finding all = Notes.only(Notes.read("Strength 5/5 in bilateral lower extremities."), FindingTypes.EXAM);
        assertThat(all.attributes()).containsEntry("side", "bilateral").containsEntry("strength", 5.0);
        assertThat(all.quote()).isEqualTo("Strength 5/5 in bilateral lower extremities");
    }

    @Test
    void fullStrengthInWordsIsGradeFiveWithItsSide() {
        Finding full = Notes.only(Notes.read("Full strength in both lower extremities."), FindingTypes.EXAM);
        assertThat(full.attributes()).containsEntry("kind", "motor").containsEntry("result", "normal").containsEntry("side", "bilateral")
                .containsEntry("strength", 5.0);
        assertThat(full.quote()).isEqualTo("Full strength in both lower extremities");
        Finding symmetric = Notes.only(Notes.read("Strength is symmetric in the lower extremities."), FindingTypes.EXAM);
        assertThat(symmetric.attributes()).containsEntry("result", "normal").doesNotContainKey("strength");
    }

    @Test
    void aMotorExamSummarisedWithoutAVerbIsNormal() {
        Finding grossly = Notes.only(Notes.read("Motor exam grossly intact."), FindingTypes.EXAM);
        assertThat(grossly.attributes()).containsEntry("result", "normal").doesNotContainKey("strength");
        assertThat(grossly.quote()).isEqualTo("Motor exam grossly intact");
    }

    @Test
    void rightLeftPairsAndSevereDeficits() {
        // 018-mri-brain-and-c-t-spine.txt
        List<Finding> f = Notes.read("Lower extremity strength: Hip abductors 3+/3+, Tibialis Anterior 2/2-.");
        List<Finding> tibialis = Notes.ofType(f, FindingTypes.EXAM).stream()
                .filter(e -> "Tibialis Anterior".equals(e.attributes().get("muscle"))).toList();
        assertThat(tibialis).extracting(e -> e.attributes().get("side")).containsExactly("left", "right");
        assertThat(tibialis).extracting(e -> e.attributes().get("strength")).containsExactlyInAnyOrder(2.0, 1.75);
        assertThat(Notes.ofType(f, FindingTypes.RED_FLAG)).hasSize(2)
                .allMatch(r -> "severe_motor_deficit".equals(r.attributes().get("kind")));
    }

    @Test
    void reflexesStraightLegRaiseSensationHoffmannGaitAndRectalTone() {
        List<Finding> exam = Notes.ofType(Notes.read("Straight leg raise negative bilaterally. Reflexes 2+ and symmetric at the knees and ankles. "
                + "Sensation intact to light touch. Gait normal; able to heel and toe walk."), FindingTypes.EXAM);
        assertThat(exam).extracting(e -> e.attributes().get("kind") + ":" + e.attributes().get("result"))
                .containsExactly("straight_leg_raise:negative", "reflex:normal", "sensation:normal", "gait:normal");
        // 035-orthopedic-consult-5.txt style
        Finding slr = Notes.only(Notes.read("Straight leg raising test is positive on the left at about 35 degrees."), FindingTypes.EXAM);
        assertThat(slr.attributes()).containsEntry("result", "positive").containsEntry("side", "left").containsEntry("angleDeg", 35.0);
        assertThat(Notes.only(Notes.read("Hoffmann's is negative bilaterally."), FindingTypes.EXAM).attributes())
                .containsEntry("kind", "hoffmann").containsEntry("result", "negative");
        // 007-mri-l-s-spine-cauda-equina-syndrome.txt
        assertThat(Notes.only(Notes.read("Rectal: decreased to no rectal tone."), FindingTypes.EXAM).attributes())
                .containsEntry("kind", "rectal_tone").containsEntry("result", "decreased");
        assertThat(Notes.only(Notes.read("No antalgic or spastic gait is noted."), FindingTypes.EXAM).attributes())
                .containsEntry("result", "normal");
    }

    @Test
    void deniedRedFlagsAreNegated() {
        List<Finding> flags = Notes.ofType(Notes.read("She denies bowel or bladder\ndysfunction and denies saddle numbness."), FindingTypes.RED_FLAG);
        assertThat(flags).extracting(f -> f.attributes().get("kind")).containsExactly("bowel_bladder_dysfunction", "saddle_anesthesia");
        assertThat(flags).allMatch(Finding::negated);
        assertThat(flags.get(1).quote()).isEqualTo("denies saddle numbness");
        // 007-mri-l-s-spine-cauda-equina-syndrome.txt
        assertThat(Notes.ofType(Notes.read("She was unable to void or defecate."), FindingTypes.RED_FLAG))
                .singleElement().satisfies(f -> assertThat(f.asserted()).isTrue());
    }

    @Test
    void riskDiscussionsAreNotRedFlags() {
        assertThat(Notes.ofType(Notes.read("The risks including infection, bleeding and nerve injury were discussed."), FindingTypes.RED_FLAG))
                .isEmpty();
    }

    @Test
    void nicotineStatuses() {
        // 013-mri-c-spine.txt, 014-mri-c-spine-c5-6-disk-herniation.txt, and a corpus "SHX" line
        assertThat(Notes.only(Notes.read("SHX: Denies Tobacco/ETOH/illicit drug use."), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "never");
        assertThat(Notes.only(Notes.read("SHX/FHX: Smokes 2ppd cigarettes."), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "current").containsEntry("packsPerDay", 2.0);
        Finding range = Notes.only(Notes.read("SHX: retired school teacher. 0.5-1.0 pack cigarettes per day for 60 years."), FindingTypes.NICOTINE);
        assertThat(range.attributes()).containsEntry("status", "current").containsEntry("packsPerDay", 0.5).containsEntry("years", 60);
        Finding former = Notes.only(Notes.read("He also quit smoking cigarettes in 1984, after 16 years of smoking."), FindingTypes.NICOTINE);
        assertThat(former.attributes()).containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(1984, 1, 1));
        assertThat(Notes.only(Notes.read("She is a nonsmoker."), FindingTypes.NICOTINE).negated()).isFalse();
    }

    @Test
    void socialHistoryFieldsGiveTheNicotineStatus() {
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: former, quit 2009.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2009, 1, 1)).containsEntry("datePrecision", "year");
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: former, quit in 2009.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2009, 1, 1));
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nSmoking status: never.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "never");
    }

    @Test
    void aBareYearAfterTheQuitWordIsTheQuitDateAndTheQuoteShowsIt() {
        Finding field = Notes.only(Notes.read("SOCIAL HISTORY:\nSmoking: Former, quit 2015 (20 pack-years). Alcohol: rare.\n"),
                FindingTypes.NICOTINE);
        assertThat(field.attributes()).containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2015, 1, 1))
                .doesNotContainKey("years");
        assertThat(field.quote()).isEqualTo("Smoking: Former, quit 2015");
        // examples/no-policy/pain-clinic-note.txt and the laminectomy test notes write the same in prose.
        assertThat(Notes.only(Notes.read("SH: Former smoker, quit 1998. BMI 26.0."), FindingTypes.NICOTINE).attributes())
                .containsEntry("quitDate", LocalDate.of(1998, 1, 1));
        assertThat(Notes.only(Notes.read("Social History: Tobacco use: former smoker, quit date: 2004. Works as a mechanic."),
                FindingTypes.NICOTINE).attributes()).containsEntry("quitDate", LocalDate.of(2004, 1, 1));
        // 162-knee-djd-consult.txt: chewing tobacco until a year is a quit in that year.
        assertThat(Notes.only(Notes.read("HABITS: No tobacco or alcohol.  Chewed until 2003."), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2003, 1, 1));
    }

    @Test
    void theDateTheQuitWordNamesIsTheQuitDateNotTheStartDate() {
        Finding former = Notes.only(Notes.read("SOCIAL HISTORY: Former smoker, started in 1975, quit 2009 after his MI."),
                FindingTypes.NICOTINE);
        assertThat(former.attributes()).containsEntry("quitDate", LocalDate.of(2009, 1, 1));
        assertThat(former.quote()).isEqualTo("Former smoker, started in 1975, quit 2009");
        assertThat(Notes.only(Notes.read("Tobacco: former, 1 ppd from 05/1990, quit on 03/15/2012."), FindingTypes.NICOTINE).attributes())
                .containsEntry("quitDate", LocalDate.of(2012, 3, 15));
    }

    @Test
    void aQuitDateLabelRightAfterAFormerSmokerStatementIsItsQuitDate() {
        Finding sameLine = Notes.only(Notes.read("SOCIAL HISTORY:\nSmoking status: Former smoker. Quit date: 03/2021\nAlcohol: none\n"),
                FindingTypes.NICOTINE);
        assertThat(sameLine.attributes()).containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2021, 3, 1))
                .containsEntry("datePrecision", "month");
        assertThat(sameLine.quote()).isEqualTo("Smoking status: Former smoker. Quit date: 03/2021");
        Finding nextLine = Notes.only(Notes.read("SOCIAL HISTORY:\nSmoking status: Former\nQuit date: 2015\nAlcohol use: No\n"),
                FindingTypes.NICOTINE);
        assertThat(nextLine.attributes()).containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2015, 1, 1))
                .containsEntry("datePrecision", "year");
        assertThat(nextLine.quote()).isEqualTo("Smoking status: Former\nQuit date: 2015");
    }

    @Test
    void aQuitDateLabelElsewhereIsNotTheQuitDate() {
        for (String note : List.of("SOCIAL HISTORY:\nSmoking status: Former smoker\n\nQuit date: 2015\n",
                "SOCIAL HISTORY:\nSmoking status: Former smoker\nAlcohol use: none\nQuit date: 2015\n",
                "SOCIAL HISTORY:\nSmoking status: Former smoker\nPAST SURGICAL HISTORY:\nQuit date: 2015\n",
                "SOCIAL HISTORY:\nSmoking status: Former smoker\nQuit date: unknown, started 1990\n")) {
            Finding former = Notes.only(Notes.read(note), FindingTypes.NICOTINE);
            assertThat(former.attributes()).as(note).containsEntry("status", "former").doesNotContainKey("quitDate");
            assertThat(former.quote()).as(note).isEqualTo("Smoking status: Former");
        }
        // A quit date in the statement itself wins over a label after it.
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: former, quit 2010\nQuit date: 2015\n"), FindingTypes.NICOTINE)
                .attributes()).containsEntry("quitDate", LocalDate.of(2010, 1, 1));
    }

    @Test
    void aCurrentUseFieldIsCurrentSmokingAndTheQuoteShowsTheValue() {
        Finding packs = Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: current, 1 ppd\n"), FindingTypes.NICOTINE);
        assertThat(packs.attributes()).containsEntry("status", "current").containsEntry("packsPerDay", 1.0);
        assertThat(packs.quote()).isEqualTo("Tobacco: current, 1 ppd");
        Finding everyDay = Notes.only(Notes.read("SOCIAL HISTORY:\nSmoking: Current every day smoker\n"), FindingTypes.NICOTINE);
        assertThat(everyDay.attributes()).containsEntry("status", "current");
        assertThat(everyDay.quote()).isEqualTo("Smoking: Current every day smoker");
        Finding half = Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco use: yes, 1/2 ppd\n"), FindingTypes.NICOTINE);
        assertThat(half.attributes()).containsEntry("status", "current").containsEntry("packsPerDay", 0.5);
        assertThat(half.quote()).isEqualTo("Tobacco use: yes, 1/2 ppd");
        // cervical-acdf/tests/current-smoker-nicotine-fails
        Finding acdf = Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: Current every day smoker, 1 pack per day for 30 years. "
                + "Counselled on cessation today.\n"), FindingTypes.NICOTINE);
        assertThat(acdf.attributes()).containsEntry("status", "current").containsEntry("packsPerDay", 1.0).containsEntry("years", 30);
        assertThat(acdf.quote()).isEqualTo("Tobacco: Current every day smoker, 1 pack per day for 30 years");
    }

    @Test
    void aFieldLabelIsNotItselfCurrentSmoking() {
        for (String denial : List.of("Smoking: none", "Tobacco use: No", "Tobacco: denies")) {
            assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\n" + denial + "\n"), FindingTypes.NICOTINE).attributes()).as(denial)
                    .containsEntry("status", "never");
        }
        assertThat(Notes.ofType(Notes.read("SOCIAL HISTORY:\nSmoking status: Unknown if ever smoked\n"), FindingTypes.NICOTINE)).isEmpty();
        // A field whose "yes" goes on to a quit is former use with that quit date, never current use.
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco use: yes, quit 2010\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2010, 1, 1));
    }

    @Test
    void labelledTobaccoLinesKeepTheirOtherDatesAndStatuses() {
        Finding month = Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: Quit 06/2020\n"), FindingTypes.NICOTINE);
        assertThat(month.attributes()).containsEntry("status", "former").containsEntry("quitDate", LocalDate.of(2020, 6, 1))
                .containsEntry("datePrecision", "month");
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco use: former smoker, quit in 2009.\n"), FindingTypes.NICOTINE)
                .attributes()).containsEntry("quitDate", LocalDate.of(2009, 1, 1));
        // A year that follows no quit word is not a quit date.
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: former smoker, started 1975, 40 pack-years.\n"), FindingTypes.NICOTINE)
                .attributes()).containsEntry("status", "former").doesNotContainKey("quitDate");
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: never.\n"), FindingTypes.NICOTINE).attributes())
                .containsOnlyKeys("status").containsEntry("status", "never");
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nTobacco: current, 1 ppd.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "current").containsEntry("packsPerDay", 1.0).doesNotContainKey("quitDate");
    }

    @Test
    void labsBmiPainScoresAndConditions() {
        Finding a1c = Notes.only(Notes.read("HbA1c 7.2% on 01/05/2026."), FindingTypes.LAB);
        assertThat(a1c.attributes()).containsEntry("test", "hba1c").containsEntry("value", 7.2).containsEntry("unit", "%")
                .containsEntry("date", LocalDate.of(2026, 1, 5));
        assertThat(Notes.only(Notes.read("Urine cotinine negative."), FindingTypes.LAB).attributes()).containsEntry("value", "negative");
        Finding bmi = Notes.only(Notes.read("Height 5 ft 5 in, weight 196 lb, BMI 32.6."), FindingTypes.BMI);
        assertThat(bmi.attributes()).containsEntry("value", 32.6).containsEntry("heightIn", 65).containsEntry("weightLb", 196);
        assertThat(Notes.only(Notes.read("Patient reports low back pain, 8/10 today."), FindingTypes.PAIN_SCORE).quote()).isEqualTo("8/10 today");
        // 154-physical-therapy-low-back-pain.txt: a goal is not a score
        assertThat(Notes.ofType(Notes.read("Pain will be less than 4/10 while at PT session."), FindingTypes.PAIN_SCORE)).isEmpty();
        assertThat(Notes.ofType(Notes.read("PAST MEDICAL HISTORY: Hypertension. Obesity. Type 2 diabetes."), FindingTypes.CONDITION))
                .extracting(f -> f.attributes().get("kind")).containsExactly("hypertension", "obesity", "diabetes");
        assertThat(Notes.ofType(Notes.read("FAMILY HISTORY: Her mother has diabetes."), FindingTypes.CONDITION)).isEmpty();
    }

    @Test
    void priorSurgeryButNotPlannedSurgery() {
        Finding prior = Notes.only(Notes.read("He is status post L4-5 laminectomy in 2010."), FindingTypes.PRIOR_SURGERY);
        assertThat(prior.attributes()).containsEntry("kind", "laminectomy").containsEntry("date", LocalDate.of(2010, 1, 1));
        assertThat(prior.level()).hasToString("L4-L5");
        assertThat(Notes.ofType(Notes.read("PLAN: Plan L5-S1 anterior lumbar interbody fusion with allograft."), FindingTypes.PRIOR_SURGERY))
                .isEmpty();
    }

    @Test
    void bmiAfterAColonADashOrInRunningText() {
        for (String text : List.of("BMI: 41.6 kg/m2.", "Vitals: BP 132/84, HR 78.\nBMI: 41.6", "BMI - 41.6", "Body mass index: 41.6",
                "BMI 41.6 kg/m2.", "Her BMI is 41.6.")) {
            assertThat(Notes.only(Notes.read(text), FindingTypes.BMI).attributes()).as(text).containsEntry("value", 41.6);
        }
        Finding bmi = Notes.only(Notes.read("PHYSICAL EXAM:\nBMI: 34.2\nStraight leg raise negative bilaterally."), FindingTypes.BMI);
        assertThat(bmi.quote()).isEqualTo("BMI: 34.2");
        // "BMI:" labels a value; it does not close the exam section around it.
        assertThat(Notes.only(Notes.read("PHYSICAL EXAM:\nBMI: 34.2\nStraight leg raise negative bilaterally."), FindingTypes.EXAM).section())
                .isEqualTo("PHYSICAL EXAM");
    }

    @Test
    void aDeniedProgressiveDeficitIsARedFlagDeniedNotAStableCourse() {
        for (String text : List.of("No progressive weakness.", "Denies progressive leg weakness.", "RED FLAG SCREEN:\nProgressive weakness: No")) {
            List<Finding> findings = Notes.read(text);
            assertThat(Notes.only(findings, FindingTypes.RED_FLAG).attributes()).as(text).containsEntry("kind", "progressive_deficit");
            assertThat(Notes.only(findings, FindingTypes.RED_FLAG).negated()).as(text).isTrue();
            assertThat(symptoms(text)).as(text).noneMatch(f -> "symptom_change".equals(f.attributes().get("kind")));
        }
        // Asserted, it is both the red flag and a worsening course; denied worsening pain is still a statement about the course.
        assertThat(symptom("Progressive weakness of the left leg over the last 2 weeks; now tripping over the foot.", "symptom_change")
                .attributes()).containsEntry("course", "worsening");
        Finding pain = symptom("Denies progressive weakness or worsening pain.", "symptom_change");
        assertThat(pain.quote()).endsWith("worsening pain");
        assertThat(pain.negated()).isTrue();
    }

    @Test
    void aSideWrittenBeforeTheReflexIsItsSide() {
        Finding jerk = Notes.only(Notes.read("Left ankle jerk absent, right 2+."), FindingTypes.EXAM);
        assertThat(jerk.attributes()).containsEntry("result", "absent").containsEntry("side", "left").containsEntry("muscle", "ankle");
        assertThat(jerk.quote()).isEqualTo("Left ankle jerk absent");
        // lumbar-discectomy/tests/addon-63035-two-levels-narrative
        assertThat(Notes.only(Notes.read("The left ankle jerk\nis absent while the right is 2+."), FindingTypes.EXAM)
                .attributes()).containsEntry("result", "absent").containsEntry("side", "left");
        assertThat(Notes.only(Notes.read("Reflexes are 2+ and symmetric."), FindingTypes.EXAM).attributes()).doesNotContainKey("side");
    }
}
