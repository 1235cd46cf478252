package dev.necessity.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed L5-S1 ALIF case reproduces the target assessment's determination and reasons. The report's
 * every line is its golden file's ({@code examples/l5-s1-alif/expected/}); here, what it must say.
 */
class SeedCaseTest {
    private static Determination determination;
    private static String report;

    @BeforeAll
    static void assessTheSeedCase() {
        Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());
        determination = pipeline.assess(Examples.example("l5-s1-alif"));
        // Compared with white space folded: the text report wraps lines at 100 columns.
        report = ReportFormat.TEXT.render(determination, pipeline.knowledge().sources()).replaceAll("\\s+", " ");
    }

    @Test
    void bothLinesAreNotMedicallyNecessaryAndGoToAPhysician() {
        assertThat(determination.outcome()).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(determination.requiresPhysicianReview()).isTrue();
        assertThat(determination.lines()).extracting(LineDetermination::outcome)
                .containsExactly(LineOutcome.NOT_MEDICALLY_NECESSARY, LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(report).contains("Primary Determination: Not Medically Necessary")
                .contains("a physician reviewer must confirm it");
    }

    @Test
    void stenosisAtL5S1IsOnlyMildAgainstTheModerateThreshold() {
        CriterionResult imaging = criterion("imaging-stenosis-grade");

        assertThat(imaging.status()).isEqualTo(Status.NOT_MET);
        assertThat(quotes(imaging)).extracting(String::toLowerCase)
                .contains("mild impression on the thecal sac", "mild bilateral neuroforaminal narrowing");
        assertThat(imaging.rationale()).contains("mild").contains("moderate-or-worse");
        assertThat(report).contains("\u201cmild impression on the thecal sac\u201d");
    }

    @Test
    void oneTherapyVisitFallsShortOfSixWeeksAndNotTolerableDoesNotWaiveIt() {
        CriterionResult care = criterion("conservative-care");

        assertThat(care.status()).isEqualTo(Status.NOT_MET);
        assertThat(care.rationale()).contains("1 physical therapy").contains("at least 6 weeks")
                .contains("not tolerated").contains("does not waive");
    }

    @Test
    void noSpondylolisthesisOrInstabilityIsDocumented() {
        CriterionResult indication = criterion("fusion-indication");
        CriterionResult listhesis = find(indication, "spondylolisthesis-at-level");
        CriterionResult instability = find(indication, "indication-instability");

        assertThat(indication.status()).isIn(Status.NOT_MET, Status.NOT_DOCUMENTED);
        assertThat(listhesis.status()).isEqualTo(Status.NOT_MET);
        assertThat(quotes(listhesis)).contains("No spondylolisthesis");
        assertThat(instability.status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void modicChangesAloneDoNotJustifyFusion() {
        CriterionResult modic = determination.lines().get(0).exclusions().stream()
                .filter(e -> e.id().equals("exclusion-modic-alone")).findFirst().orElseThrow();

        assertThat(modic.status()).isNotEqualTo(Status.NOT_MET);
        assertThat(find(modic, "modic-present").status()).isEqualTo(Status.MET);
    }

    @Test
    void theStenosisDiagnosisIsNotSupportedByTheImaging() {
        assertThat(determination.discordances()).hasSize(1);
        Guidance discordance = determination.discordances().get(0);

        assertThat(discordance.text()).contains("M48.062").contains("mild");
        assertThat(discordance.evidence()).extracting(EvidenceSpan::quote).contains("mild impression on the thecal sac");
    }

    @Test
    void theAllograftIsNotNecessaryBecauseTheFusionIsNot() {
        LineDetermination graft = determination.lines().get(1);

        assertThat(graft.primarySequence()).isEqualTo(1);
        assertThat(graft.criteria().status()).isEqualTo(Status.NOT_MET);
        assertThat(graft.criteria().rationale()).contains("22558").contains("not medically necessary");
    }

    @Test
    void theStepsBeforeReconsiderationNameTherapyImagingAndFlexionExtensionFilms() {
        List<String> steps = determination.reconsideration().stream().map(Guidance::text).toList();

        assertThat(steps).anySatisfy(s -> assertThat(s).contains("6 weeks of structured physical therapy").contains("aquatic"));
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("repeat MRI"));
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("flexion-extension radiographs"));
    }

    @Test
    void nicotineStatusIsNotDocumentedAndTheReportSaysWhatWouldSettleIt() {
        CriterionResult nicotine = criterion("nicotine-free");

        assertThat(nicotine.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(report).contains("Record that would settle it: a documented smoking and nicotine history");
    }

    @Test
    void diabetesControlDoesNotApplyWithoutDiabetes() {
        assertThat(criterion("diabetes-control").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void symptomsAreMet() {
        assertThat(criterion("symptoms").status()).isEqualTo(Status.MET);
    }

    private static CriterionResult criterion(String id) {
        return find(determination.lines().get(0).criteria(), id);
    }

    private static CriterionResult find(CriterionResult root, String id) {
        return root.flatten().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no criterion " + id));
    }

    private static List<String> quotes(CriterionResult c) {
        return c.evidence().stream().map(EvidenceSpan::quote).toList();
    }
}
