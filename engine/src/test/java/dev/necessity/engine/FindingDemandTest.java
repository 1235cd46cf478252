package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.ServiceLine;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which finding types the built-in policies (and small policies written for the purpose) read from
 * each kind of document. Extraction skips every other type, so a type missing here is a criterion
 * judged on a record with that finding taken out.
 */
class FindingDemandTest {
    private static final KnowledgeBase BUILT_IN = KnowledgeLoader.builtIn();
    private static final Set<DocumentType> NOT_IMAGING = EnumSet.complementOf(EnumSet.of(DocumentType.IMAGING));

    private static FindingDemand of(String... policyIds) {
        return FindingDemand.of(Arrays.stream(policyIds).map(id -> BUILT_IN.policy(id).orElseThrow()).toList());
    }

    private static CaseRequest request(ServiceLine... lines) {
        return new CaseRequest("c", LocalDate.of(2026, 3, 2), null, null, null, List.of(lines), List.of(), List.of());
    }

    private static ServiceLine line(int sequence, String code, Integer primary) {
        return new ServiceLine(sequence, code, "CPT", null, List.of(), primary);
    }

    @Test
    void noPoliciesReadNothing() {
        FindingDemand none = FindingDemand.of(List.of());
        for (DocumentType d : DocumentType.values()) {
            assertThat(none.types(d)).as(d.toString()).isEmpty();
        }
    }

    /** Knee arthroplasty reads knee pain, BMI, the radiographic grade, AVN, care and infection, from any document, and no spine finding. */
    @Test
    void totalKneeArthroplastyReadsTheKneeFindingsAndNoSpineImaging() {
        FindingDemand knee = of("total-knee-arthroplasty");
        for (DocumentType d : DocumentType.values()) {
            assertThat(knee.types(d)).as(d.toString()).containsExactlyInAnyOrder(FindingTypes.SYMPTOM, FindingTypes.BMI,
                    FindingTypes.KELLGREN_LAWRENCE, FindingTypes.CONDITION, FindingTypes.THERAPY, FindingTypes.RED_FLAG);
            assertThat(knee.types(d)).as(d.toString()).doesNotContain(FindingTypes.STENOSIS, FindingTypes.DISC_HERNIATION,
                    FindingTypes.NERVE_ROOT, FindingTypes.IMAGING_STUDY);
        }
    }

    /**
     * Discectomy's imaging tests say "not met if the report describes the level", which any finding
     * at the level can show: imaging yields every type. Its other tests read symptoms, the exam, red
     * flags and care; and a clinic note may report what a study showed ("MRI ... shows a disc
     * extrusion compressing the S1 root"), so it yields the types the imaging tests name as well, but
     * not every type: only a real imaging report answers "the report describes the level".
     */
    @Test
    void lumbarDiscectomyReadsEveryTypeFromImagingOnly() {
        FindingDemand discectomy = of("lumbar-discectomy");
        assertThat(discectomy.types(DocumentType.IMAGING)).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
        for (DocumentType d : NOT_IMAGING) {
            assertThat(discectomy.types(d)).as(d.toString()).containsExactlyInAnyOrder(FindingTypes.SYMPTOM, FindingTypes.EXAM,
                    FindingTypes.RED_FLAG, FindingTypes.THERAPY, FindingTypes.DISC_HERNIATION, FindingTypes.NERVE_ROOT);
        }
    }

    @Test
    void theLumbarPoliciesWithImagingSilenceReadEveryTypeFromImagingButNotFromClinicNotes() {
        for (String id : List.of("lumbar-discectomy", "lumbar-laminectomy", "lumbar-esi", "lumbar-fusion")) {
            FindingDemand demand = of(id);
            assertThat(demand.types(DocumentType.IMAGING)).as(id).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
            assertThat(demand.types(DocumentType.CLINICAL_NOTE)).as(id).isNotEmpty()
                    .doesNotContainAnyElementsOf(List.of(FindingTypes.IMAGING_STUDY, FindingTypes.CORD_SIGNAL_CHANGE));
        }
    }

    /**
     * ACDF's instability route ("more than 3.5 mm translation", silence not-met-if-level-reported)
     * names no document kind, so the level may be described in any document: every type from every
     * document, the clinic note included.
     */
    @Test
    void cervicalAcdfReadsEveryTypeFromEveryDocument() {
        FindingDemand acdf = of("cervical-acdf");
        for (DocumentType d : DocumentType.values()) {
            assertThat(acdf.types(d)).as(d.toString()).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
        }
    }

    @Test
    void policiesWithoutALevelSilenceNeverReadEveryType() {
        for (String id : List.of("total-knee-arthroplasty", "lumbar-mri")) {
            FindingDemand demand = of(id);
            for (DocumentType d : DocumentType.values()) {
                assertThat(demand.types(d)).as(id + " " + d).isNotEmpty().doesNotContain(FindingTypes.STENOSIS, FindingTypes.IMAGING_STUDY);
            }
        }
    }

    /** Bone graft follows its fusion line (a primaryLine test) and reads no finding at all. */
    @Test
    void boneGraftReadsNothing() {
        FindingDemand graft = of("bone-graft");
        for (DocumentType d : DocumentType.values()) {
            assertThat(graft.types(d)).as(d.toString()).isEmpty();
        }
    }

    @Test
    void twoPoliciesReadWhatEitherReads() {
        FindingDemand both = of("total-knee-arthroplasty", "lumbar-discectomy");
        FindingDemand knee = of("total-knee-arthroplasty");
        FindingDemand discectomy = of("lumbar-discectomy");
        for (DocumentType d : DocumentType.values()) {
            Set<String> union = new HashSet<>(knee.types(d));
            union.addAll(discectomy.types(d));
            assertThat(both.types(d)).as(d.toString()).isEqualTo(union);
        }
        assertThat(both.types(DocumentType.CLINICAL_NOTE)).contains(FindingTypes.KELLGREN_LAWRENCE, FindingTypes.EXAM)
                .doesNotContain(FindingTypes.STENOSIS);
    }

    @Test
    void theSetsCannotBeChangedByTheirReader() {
        FindingDemand demand = of("lumbar-mri");
        assertThatThrownBy(() -> demand.types(DocumentType.CLINICAL_NOTE).add(FindingTypes.STENOSIS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(of("lumbar-mri").types(DocumentType.CLINICAL_NOTE)).doesNotContain(FindingTypes.STENOSIS);
    }

    @Test
    void aRequestWhoseOnlyCodeHasNoPolicyReadsNothing() {
        // 63650: a spinal cord stimulator electrode, as in examples/no-policy; no built-in policy covers it.
        assertThat(BUILT_IN.forPrimary("63650")).isEmpty();
        assertThat(BUILT_IN.forAddOn("63650")).isEmpty();
        FindingDemand demand = new Engine(BUILT_IN).demand(request(line(1, "63650", null)));
        for (DocumentType d : DocumentType.values()) {
            assertThat(demand.types(d)).as(d.toString()).isEmpty();
        }
    }

    @Test
    void aRequestReadsWhatThePoliciesOfItsLinesRead() {
        Engine engine = new Engine(BUILT_IN);
        // An ALIF with its graft: the fusion policy's demand (the graft adds nothing), once however many lines share it.
        FindingDemand fusion = engine.demand(request(line(1, "22558", null), line(2, "22585", 1), line(3, "20930", 1)));
        // A knee replacement and a lumbar MRI together, and a lone discectomy add-on (found through its add-on code).
        FindingDemand kneeAndMri = engine.demand(request(line(1, "27447", null), line(2, "72148", null)));
        FindingDemand addOnOnly = engine.demand(request(line(1, "63035", null)));
        FindingDemand graftOnly = engine.demand(request(line(1, "20930", null)));
        for (DocumentType d : DocumentType.values()) {
            assertThat(fusion.types(d)).as(d.toString()).isEqualTo(of("lumbar-fusion").types(d));
            assertThat(kneeAndMri.types(d)).as(d.toString()).isEqualTo(of("total-knee-arthroplasty", "lumbar-mri").types(d));
            assertThat(addOnOnly.types(d)).as(d.toString()).isEqualTo(of("lumbar-discectomy").types(d));
            assertThat(graftOnly.types(d)).as(d.toString()).isEmpty();
        }
        assertThat(kneeAndMri.types(DocumentType.CLINICAL_NOTE)).contains(FindingTypes.KELLGREN_LAWRENCE, FindingTypes.PRIOR_SURGERY);
    }

    // Policies written for the purpose, on top of the built-in sources.

    private static Policy policy(Path dir, String yaml) throws IOException {
        return TestPolicies.forCode(dir, "probe", "99999", """
                """ + yaml).policy("probe").orElseThrow();
    }

    /**
     * Conservative-care duration is judged on therapy findings from whatever documents hold them, and on
     * the symptoms' stated onset, which bounds how long the care can have lasted.
     */
    @Test
    void aCareDurationReadsTherapyFromEveryDocument(@TempDir Path dir) throws IOException {
        FindingDemand care = FindingDemand.of(List.of(policy(dir, """
                criteria:
                  id: care
                  title: Six weeks of physical therapy
                  care: { kinds: [physical_therapy], minWeeks: 6, withinMonths: 12 }
                """)));
        for (DocumentType d : DocumentType.values()) {
            assertThat(care.types(d)).as(d.toString()).containsExactlyInAnyOrder(FindingTypes.THERAPY, FindingTypes.SYMPTOM);
        }
    }

    /** Unlike a finding test on therapy, which reads only the documents it names. */
    @Test
    void aTherapyFindingTestReadsOnlyItsDocuments(@TempDir Path dir) throws IOException {
        FindingDemand therapy = FindingDemand.of(List.of(policy(dir, """
                criteria:
                  id: therapy
                  title: Physical therapy in a therapy note
                  finding: { type: therapy, where: { kind: physical_therapy }, documents: [therapy-note] }
                """)));
        assertThat(therapy.types(DocumentType.THERAPY_NOTE)).containsExactly(FindingTypes.THERAPY);
        for (DocumentType d : EnumSet.complementOf(EnumSet.of(DocumentType.THERAPY_NOTE))) {
            assertThat(therapy.types(d)).as(d.toString()).isEmpty();
        }
    }

    @Test
    void aLevelSilenceReadsEveryTypeFromItsDocumentsOnly(@TempDir Path dir) throws IOException {
        FindingDemand silence = FindingDemand.of(List.of(policy(dir, """
                criteria:
                  id: stenosis
                  title: Stenosis at the level, on imaging or in the operative note
                  finding: { type: stenosis, documents: [imaging, operative-note], levels: requested-each, silence: not-met-if-level-reported }
                """)));
        assertThat(silence.types(DocumentType.IMAGING)).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
        assertThat(silence.types(DocumentType.OPERATIVE_NOTE)).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
        // A clinic note may report the study's read: it yields the type tested, not every type.
        assertThat(silence.types(DocumentType.CLINICAL_NOTE)).containsExactly(FindingTypes.STENOSIS);
    }

    /**
     * Each part of a policy that holds a criterion reads its own type here: the tree, a waiver, an
     * applicability condition, an exclusion, a discordance rule's support, an alternative's and a
     * pitfall's condition. A diagnosis test reads no finding.
     */
    @Test
    void everyPartOfAPolicyCounts(@TempDir Path dir) throws IOException {
        FindingDemand demand = FindingDemand.of(List.of(policy(dir, """
                criteria:
                  id: tree
                  title: The tree
                  all:
                    - id: radicular-pain
                      title: Radicular pain
                      finding: { type: symptom, where: { kind: radiculopathy }, documents: [letter] }
                      waivers:
                        - id: cauda-equina
                          title: Cauda equina
                          finding: { type: red_flag, where: { kind: cauda_equina }, documents: [letter] }
                    - id: weight
                      title: Weight-loss counselling when obese
                      appliesWhen:
                        id: obese
                        title: BMI 30 or more
                        finding: { type: bmi, compare: [ { attr: value, op: ">=", value: 30 } ], documents: [letter] }
                      diagnosis: { codes: ["E66"] }
                exclusions:
                  - id: smoker
                    title: Current smoker
                    finding: { type: nicotine, where: { status: current }, documents: [letter] }
                discordances:
                  - id: stenosis-unsupported
                    title: Stenosis diagnosis unsupported
                    diagnoses: ["M48.06"]
                    text: Imaging should show the stenosis.
                    support:
                      id: stenosis-on-imaging
                      title: Stenosis
                      finding: { type: stenosis, documents: [letter] }
                alternatives:
                  - id: treat-diabetes
                    text: Control the diabetes first.
                    when:
                      id: high-a1c
                      title: HbA1c high
                      finding: { type: lab, where: { test: hba1c }, documents: [letter] }
                pitfalls:
                  - id: avn
                    text: Avascular necrosis is another route.
                    when:
                      id: avn-present
                      title: AVN
                      finding: { type: condition, where: { kind: avascular_necrosis }, documents: [letter] }
                """)));
        assertThat(demand.types(DocumentType.LETTER)).containsExactlyInAnyOrder(FindingTypes.SYMPTOM, FindingTypes.RED_FLAG,
                FindingTypes.BMI, FindingTypes.NICOTINE, FindingTypes.STENOSIS, FindingTypes.LAB, FindingTypes.CONDITION);
        for (DocumentType d : EnumSet.complementOf(EnumSet.of(DocumentType.LETTER))) {
            assertThat(demand.types(d)).as(d.toString()).isEmpty();
        }
    }
}
