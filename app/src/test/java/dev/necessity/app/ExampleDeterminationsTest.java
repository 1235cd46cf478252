package dev.necessity.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** Cases written as a new user would write them give the determinations their records support. */
class ExampleDeterminationsTest {
    private final Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());

    @Test
    void moderateToSevereStenosisWithSpondylolisthesisAndEightWeeksOfTherapyIsNecessary() {
        Determination d = pipeline.assess(Examples.example("l5-s1-alif-approvable"));

        assertThat(d.lines()).extracting(LineDetermination::outcome)
                .containsExactly(LineOutcome.MEDICALLY_NECESSARY, LineOutcome.MEDICALLY_NECESSARY);
        assertThat(d.requiresPhysicianReview()).isFalse();
        assertThat(d.discordances()).isEmpty();
        assertThat(status(d, "physical-therapy-six-weeks")).isEqualTo(Status.MET);
        assertThat(status(d, "nicotine-free")).isEqualTo(Status.MET);
        assertThat(status(d, "indication-spondylolisthesis")).isEqualTo(Status.MET);
    }

    @Test
    void theSeedCaseWithoutItsMriNamesTheMissingImagingButStaysNotNecessaryOnItsTherapy() {
        Determination d = pipeline.assess(Examples.example("l5-s1-alif-no-mri"));
        CriterionResult imaging = find(d, "imaging-stenosis-grade");

        assertThat(imaging.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(imaging.settledBy()).contains("MRI or CT report");
        assertThat(status(d, "conservative-care")).isEqualTo(Status.NOT_MET);
        assertThat(d.outcome()).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(ReportFormat.TEXT.render(d, pipeline.knowledge().sources()).replaceAll("\\s+", " "))
                .contains("Record that would settle it: the radiologist's MRI or CT report");
    }

    @Test
    void anOtherwiseCompleteCaseWithoutItsMriIsInsufficientlyDocumented() {
        Determination d = pipeline.assess(Examples.example("l5-s1-alif-approvable-no-mri"));

        assertThat(d.lines()).extracting(LineDetermination::outcome)
                .containsExactly(LineOutcome.INSUFFICIENT_DOCUMENTATION, LineOutcome.INSUFFICIENT_DOCUMENTATION);
        assertThat(d.requiresPhysicianReview()).isTrue();
        assertThat(d.lines().get(0).summary()).contains("MRI or CT report");
    }

    @Test
    void aCodeWithNoPolicyIsRoutedToManualReview() {
        Determination d = pipeline.assess(Examples.example("no-policy"));

        assertThat(d.outcome()).isEqualTo(LineOutcome.NO_POLICY);
        assertThat(d.requiresPhysicianReview()).isTrue();
        assertThat(d.lines().get(0).summary()).contains("63650").contains("manual review");
    }

    @Test
    void theSameInputAlwaysGivesTheSameOutput() {
        String first = ReportFormat.JSON.render(pipeline.assess(Examples.example("l5-s1-alif")), pipeline.knowledge().sources());
        String second = ReportFormat.JSON.render(new Pipeline(KnowledgeLoader.builtIn()).assess(Examples.example("l5-s1-alif")),
                pipeline.knowledge().sources());

        assertThat(second).isEqualTo(first);
    }

    private static Status status(Determination d, String id) {
        return find(d, id).status();
    }

    private static CriterionResult find(Determination d, String id) {
        return d.lines().stream().filter(l -> l.criteria() != null).flatMap(l -> l.criteria().flatten())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no criterion " + id));
    }
}
