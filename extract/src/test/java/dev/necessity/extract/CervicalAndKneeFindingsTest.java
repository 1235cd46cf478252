package dev.necessity.extract;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers added for the cervical fusion and knee arthroplasty policies: Spurling test,
 * hyperreflexia, myelopathic complaints, pain-score sites, knee joint-space wording, avascular
 * necrosis, knee injections, assistive devices, weight-loss counselling and named infections.
 * Sentences are from the policy test notes, or from MTSamples notes where a file is named.
 */
class CervicalAndKneeFindingsTest {

    private static Optional<Finding> find(List<Finding> findings, String type, String attr, Object value) {
        return findings.stream().filter(f -> f.type().equals(type) && value.equals(f.attributes().get(attr))).findFirst();
    }

    private static Finding exam(String text, String kind) {
        return find(Notes.read(text), FindingTypes.EXAM, "kind", kind).orElseThrow(() -> new AssertionError("no " + kind + " exam in: " + text));
    }

    @Test
    void spurlingTestResultAndSide() {
        assertThat(exam("Neck: Spurling test positive on the right, reproducing arm pain.", "spurling").attributes())
                .containsEntry("result", "positive").containsEntry("side", "right");
        assertThat(exam("Spurling maneuver is negative on both sides.", "spurling").attributes()).containsEntry("result", "negative");
        assertThat(exam("O: Spurling + R. R biceps 4+/5.", "spurling").attributes())
                .containsEntry("result", "positive").containsEntry("side", "right");
        assertThat(exam("Spurling is strongly positive on the left.", "spurling").attributes()).containsEntry("result", "positive");
    }

    @Test
    void neckPainRadiatingThroughTheShoulderIntoTheArmIsRadicular() {
        List<Finding> f = Notes.read("Neck pain radiating into the right shoulder, lateral arm and thumb since 11/2025.");
        Finding radicular = find(f, FindingTypes.SYMPTOM, "kind", "radiculopathy").orElseThrow();
        assertThat(radicular.attributes()).containsEntry("side", "right").containsEntry("onset", LocalDate.of(2025, 11, 1));
        assertThat(radicular.quote()).endsWith("lateral arm and thumb");
        assertThat(find(f, FindingTypes.SYMPTOM, "kind", "axial_pain")).isPresent();
        // The shoulder alone may be referred neck pain, not a radicular path.
        assertThat(find(Notes.read("Neck pain radiating to the left shoulder."), FindingTypes.SYMPTOM, "kind", "radiculopathy")).isEmpty();
    }

    @Test
    void hyperreflexiaIsAnIncreasedReflex() {
        // 053-cervical-spondylosis-neuro-consult.txt
        Finding h = exam("She has hyperreflexia in her lower extremities, worse on the left.", "reflex");
        assertThat(h.attributes()).containsEntry("result", "increased");
        assertThat(h.quote()).isEqualTo("hyperreflexia");
        assertThat(exam("No hyperreflexia and no clonus.", "reflex").attributes()).containsEntry("result", "normal");
    }

    @Test
    void gaitImbalanceAndHandClumsinessAsSymptoms() {
        List<Finding> f = Notes.read("She denies problems with balance or with fine motor tasks such as buttons.");
        assertThat(find(f, FindingTypes.SYMPTOM, "kind", "gait_imbalance")).get().matches(Finding::negated);
        assertThat(find(f, FindingTypes.SYMPTOM, "kind", "hand_clumsiness")).get().matches(Finding::negated);
        List<Finding> g = Notes.read("69-year-old referred for 4 months of progressive clumsiness of both hands: he has trouble buttoning his shirts.");
        assertThat(find(g, FindingTypes.SYMPTOM, "kind", "hand_clumsiness")).get().matches(Finding::asserted);
        // 053-cervical-spondylosis-neuro-consult.txt
        assertThat(find(Notes.read("She states that she feels a little bit wobbly at the knees."), FindingTypes.SYMPTOM, "kind", "gait_imbalance"))
                .get().matches(Finding::asserted);
        assertThat(find(Notes.read("Denies gait imbalance. Denies bowel or bladder dysfunction."), FindingTypes.SYMPTOM, "kind", "gait_imbalance"))
                .get().matches(Finding::negated);
    }

    @Test
    void painScoresKnowTheirSite() {
        List<Finding> f = Notes.ofType(Notes.read("Right arm pain 6/10 today (range 5-8/10). Neck pain 3/10."), FindingTypes.PAIN_SCORE);
        assertThat(f).extracting(x -> x.attributes().get("value") + "@" + x.attributes().get("site"))
                .containsExactly("6@arm", "5@arm", "3@neck");
        assertThat(Notes.only(Notes.read("She rates the arm pain at 9/10 and has been sleeping in a recliner."), FindingTypes.PAIN_SCORE)
                .attributes()).containsEntry("site", "arm");
        assertThat(Notes.only(Notes.read("Pain: 7/10."), FindingTypes.PAIN_SCORE).attributes()).doesNotContainKey("site");
    }

    @Test
    void jointSpaceWordingGivesItsKellgrenLawrenceEquivalent() {
        Finding complete = Notes.only(Notes.imaging("Findings: Complete loss of the lateral joint space with subchondral sclerosis."),
                FindingTypes.KELLGREN_LAWRENCE);
        assertThat(complete.attributes()).containsEntry("grade", 4).containsEntry("wording", "complete-loss").containsEntry("compartment", "lateral");
        Finding marked = Notes.only(Notes.imaging("Marked patellofemoral joint space narrowing."), FindingTypes.KELLGREN_LAWRENCE);
        assertThat(marked.attributes()).containsEntry("grade", 3).containsEntry("compartment", "patellofemoral");
        Finding mild = Notes.only(Notes.imaging("Left knee: mild medial joint space narrowing with small marginal osteophytes."),
                FindingTypes.KELLGREN_LAWRENCE);
        assertThat(mild.attributes()).containsEntry("grade", 2).containsEntry("wording", "mild-narrowing");
        Finding moderate = Notes.only(Notes.imaging("Moderate patellofemoral joint space narrowing."), FindingTypes.KELLGREN_LAWRENCE);
        assertThat(moderate.attributes()).doesNotContainKey("grade").containsEntry("wording", "moderate-narrowing");
        Finding boneOnBone = Notes.only(Notes.imaging("Bone-on-bone medial compartment with large osteophytes."), FindingTypes.KELLGREN_LAWRENCE);
        assertThat(boneOnBone.attributes()).containsEntry("grade", 4).containsEntry("wording", "bone-on-bone");
        Finding obliterated = Notes.ofType(Notes.imaging("Complete obliteration of the lateral joint space with valgus deformity."),
                FindingTypes.KELLGREN_LAWRENCE).get(0);
        assertThat(obliterated.attributes()).containsEntry("grade", 4);
    }

    @Test
    void avascularNecrosisIsACondition() {
        List<Finding> f = Notes.imaging("Impression: Avascular necrosis (spontaneous osteonecrosis) of the medial femoral condyle with collapse.");
        assertThat(find(f, FindingTypes.CONDITION, "kind", "avascular_necrosis")).get().matches(Finding::asserted);
        assertThat(find(Notes.imaging("No avascular necrosis."), FindingTypes.CONDITION, "kind", "avascular_necrosis")).get().matches(Finding::negated);
    }

    @Test
    void kneeInjectionsDevicesAndWeightCounselling() {
        List<Finding> f = Notes.read("- Cortisone injection into the right knee on 01/12/2026, relief for about 3 weeks.");
        Finding inj = find(f, FindingTypes.THERAPY, "kind", "injection").orElseThrow();
        assertThat(inj.attributes()).containsEntry("injectionType", "intra_articular").containsEntry("startDate", LocalDate.of(2026, 1, 12));
        assertThat(find(Notes.read("- Hyaluronic acid injections into the left knee 05/2026, no benefit."), FindingTypes.THERAPY, "kind", "injection"))
                .get().satisfies(x -> assertThat(x.attributes()).containsEntry("injectionType", "intra_articular"));
        assertThat(find(Notes.read("Function: unable to walk more than 50 feet without stopping; uses a walker."), FindingTypes.THERAPY,
                "kind", "assistive_device")).isPresent();
        Finding counselled = find(Notes.read("We discussed weight management today and referred her to the medical weight management program."),
                FindingTypes.THERAPY, "kind", "weight_loss_counseling").orElseThrow();
        assertThat(counselled.attributes()).doesNotContainEntry("status", "planned");
        Finding planned = find(Notes.read("Plan: will refer to a dietitian."), FindingTypes.THERAPY, "kind", "weight_loss_counseling").orElseThrow();
        assertThat(planned.attributes()).containsEntry("status", "planned");
        // An epidural is a spinal injection, not a knee one (162-knee-djd-consult.txt).
        assertThat(Notes.read("He does have other arthritic complaints including multiple back surgeries for spinal stenosis including "
                + "decompression and epidural steroids.")).noneMatch(x -> "intra_articular".equals(x.attributes().get("injectionType")));
    }

    @Test
    void infectionsNamedByDiagnosis() {
        List<Finding> f = Notes.read("Currently on day 4 of cephalexin for cellulitis of the left lower leg, diagnosed at urgent care.");
        assertThat(find(f, FindingTypes.RED_FLAG, "kind", "infection")).get().matches(Finding::asserted);
        assertThat(Notes.read("We discussed the risks including infection and pneumonia.", DocumentType.CLINICAL_NOTE))
                .noneMatch(x -> x.type().equals(FindingTypes.RED_FLAG));
    }

    @Test
    void negationEndsAtAndShe() {
        List<Finding> f = Notes.read("She tells me the pain started without any injury, and she has had the arm pain for about 5 months now.");
        Finding arm = find(f, FindingTypes.SYMPTOM, "kind", "arm_pain").orElseThrow();
        assertThat(arm.negated()).isFalse();
        assertThat(arm.attributes()).containsKey("durationWeeks");
    }
}
