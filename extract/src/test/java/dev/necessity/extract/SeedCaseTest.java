package dev.necessity.extract;

import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Severity;
import dev.necessity.model.SpinalLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed L5-S1 ALIF case: the exact findings the engine's assessment depends on. */
class SeedCaseTest {

    private static final SpinalLevel L5_S1 = SpinalLevel.of("L5-S1");

    private static List<Finding> where(DocumentExtraction x, String type, Predicate<Finding> p) {
        return x.findings().stream().filter(f -> f.type().equals(type)).filter(p).toList();
    }

    private static Predicate<Finding> quote(String q) {
        return f -> f.quote().equals(q);
    }

    @Test
    void mriStenosisAtL5S1IsMildAndQuotedExactly() {
        DocumentExtraction mri = SeedCase.mri();
        assertThat(where(mri, FindingTypes.STENOSIS, quote("mild impression on the thecal sac"))).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(L5_S1);
            assertThat(f.severity()).isEqualTo(Severity.MILD);
            assertThat(f.attributes()).containsEntry("location", "central");
            assertThat(f.asserted()).isTrue();
        });
        assertThat(where(mri, FindingTypes.STENOSIS, quote("mild bilateral neuroforaminal narrowing"))).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(L5_S1);
            assertThat(f.severity()).isEqualTo(Severity.MILD);
            assertThat(f.attributes()).containsEntry("location", "foraminal").containsEntry("side", "bilateral");
        });
        assertThat(where(mri, FindingTypes.STENOSIS, f -> f.level() != null && f.level().equals(L5_S1)))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MILD));
    }

    @Test
    void mriHasNoHighGradeStenosisAtAnyLevel() {
        List<Finding> none = where(SeedCase.mri(), FindingTypes.STENOSIS, quote("No high-grade canal or foraminal stenosis"));
        assertThat(none).extracting(f -> f.attributes().get("location")).containsExactly("central", "foraminal");
        assertThat(none).allSatisfy(f -> {
            assertThat(f.negated()).isTrue();
            assertThat(f.severity()).isEqualTo(Severity.SEVERE);
            assertThat(f.flag("allLevels")).isTrue();
            assertThat(f.level()).isNull();
        });
    }

    @Test
    void mriNegatedAndLevelledFindings() {
        DocumentExtraction mri = SeedCase.mri();
        assertThat(where(mri, FindingTypes.SPONDYLOLISTHESIS, f -> true)).hasSize(2)
                .allSatisfy(f -> assertThat(f.quote()).isEqualTo("No spondylolisthesis"))
                .allMatch(Finding::negated);
        assertThat(where(mri, FindingTypes.MODIC_CHANGE, quote("Type II Modic endplate changes"))).hasSize(2)
                .allSatisfy(f -> assertThat(f.level()).isEqualTo(L5_S1))
                .allSatisfy(f -> assertThat(f.attributes()).containsEntry("modicType", 2));
        assertThat(where(mri, FindingTypes.DISC_HERNIATION, quote("Broad-based disc bulge"))).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(L5_S1);
            assertThat(f.attributes()).containsEntry("morphology", "bulge");
        });
        assertThat(where(mri, FindingTypes.NERVE_ROOT, f -> true)).singleElement().satisfies(f -> {
            assertThat(f.quote()).isEqualTo("No nerve root compression");
            assertThat(f.negated()).isTrue();
            assertThat(f.level()).isEqualTo(L5_S1);
        });
        assertThat(Notes.levels(where(mri, FindingTypes.DISC_HERNIATION, quote("No disc herniation"))))
                .containsExactly("T12-L1", "L1-L2", "L2-L3", "L3-L4");
    }

    @Test
    void mriIsOneLumbarMriStudy() {
        assertThat(where(SeedCase.mri(), FindingTypes.IMAGING_STUDY, f -> true)).singleElement().satisfies(f -> {
            assertThat(f.quote()).isEqualTo("MRI LUMBAR SPINE WITHOUT CONTRAST");
            assertThat(f.attributes()).containsEntry("modality", "MRI").containsEntry("region", "lumbar")
                    .containsEntry("date", LocalDate.of(2026, 1, 12));
        });
    }

    @Test
    void therapyNoteIsOneAttendedVisitTwoNoShowsAndAPlan() {
        List<Finding> pt = where(SeedCase.physicalTherapy(), FindingTypes.THERAPY,
                f -> "physical_therapy".equals(f.attributes().get("kind")));
        assertThat(pt).hasSize(2);
        Finding plan = pt.stream().filter(f -> "planned".equals(f.attributes().get("status"))).findFirst().orElseThrow();
        assertThat(plan.quote()).isEqualTo("skilled PT 2x/week for 6 weeks");
        assertThat(plan.attributes()).doesNotContainKeys("visits", "dates");
        Finding course = pt.stream().filter(f -> !"planned".equals(f.attributes().get("status"))).findFirst().orElseThrow();
        assertThat(course.quote()).isEqualTo("Discharged from PT after 1 visit");
        assertThat(course.attributes()).containsEntry("visits", 1).containsEntry("noShows", 2).containsEntry("status", "discharged")
                .containsEntry("tolerance", "not_tolerated").containsEntry("dates", List.of("2026-01-26"));
    }

    @Test
    void consultRecordsThePtSessionTheInjectionAndDeniedRedFlags() {
        DocumentExtraction consult = SeedCase.consult();
        assertThat(where(consult, FindingTypes.THERAPY, f -> "physical_therapy".equals(f.attributes().get("kind"))))
                .singleElement().satisfies(f -> assertThat(f.attributes()).containsEntry("visits", 1)
                        .containsEntry("dates", List.of("2026-01-26")).containsEntry("tolerance", "not_tolerated"));
        assertThat(where(consult, FindingTypes.THERAPY, f -> "injection".equals(f.attributes().get("kind"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.level()).isEqualTo(L5_S1);
                    assertThat(f.attributes()).containsEntry("injectionType", "epidural_interlaminar").containsEntry("reliefWeeks", 2)
                            .containsEntry("date", LocalDate.of(2025, 11, 3));
                });
        assertThat(where(consult, FindingTypes.RED_FLAG, f -> true))
                .extracting(f -> f.attributes().get("kind")).containsExactly("bowel_bladder_dysfunction", "saddle_anesthesia");
        assertThat(where(consult, FindingTypes.RED_FLAG, f -> true)).allMatch(Finding::negated);
        assertThat(where(consult, FindingTypes.SYMPTOM, f -> "neurogenic_claudication".equals(f.attributes().get("kind")))).hasSize(2);
        assertThat(where(consult, FindingTypes.STENOSIS, quote("mild foraminal narrowing"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MILD));
        assertThat(where(consult, FindingTypes.PRIOR_SURGERY, f -> true)).isEmpty();
    }

    @Test
    void procedureNoteIsOneInterlaminarEsiWithSeventyPercentReliefForTwoWeeks() {
        assertThat(where(SeedCase.injection(), FindingTypes.THERAPY, f -> true)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(L5_S1);
            assertThat(f.attributes()).containsEntry("injectionType", "epidural_interlaminar").containsEntry("reliefPercent", 70)
                    .containsEntry("reliefWeeks", 2).containsEntry("date", LocalDate.of(2025, 11, 3)).containsEntry("status", "completed");
        });
    }

    @Test
    void medicationListHasThreeAnalgesicTrialsAndNoLisinopril() {
        List<Finding> meds = where(SeedCase.medications(), FindingTypes.THERAPY, f -> true);
        assertThat(meds).extracting(f -> f.attributes().get("drug")).containsExactly("meloxicam", "methocarbamol", "ibuprofen");
        assertThat(meds.get(2).attributes()).containsEntry("response", "partial_relief")
                .containsEntry("startDate", LocalDate.of(2025, 7, 1)).containsEntry("endDate", LocalDate.of(2025, 9, 1));
    }

    @Test
    void everySeedQuoteIsTheExactDocumentText() {
        for (DocumentExtraction x : List.of(SeedCase.mri(), SeedCase.consult(), SeedCase.physicalTherapy(), SeedCase.injection(),
                SeedCase.medications())) {
            assertThat(x.findings()).allSatisfy(f -> assertThat(x.document().slice(f.span())).isEqualTo(f.quote()));
            assertThat(x.findings()).allSatisfy(f -> assertThat(FindingTypes.ALL).contains(f.type()));
        }
    }
}
