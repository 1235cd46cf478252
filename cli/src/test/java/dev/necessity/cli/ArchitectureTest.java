package dev.necessity.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The stages stay separable, so each can be replaced or reused (FHIR, server) without the others;
 * the application layer serves the command line and a server alike; the synthetic-case generator
 * and the development-set scorers stay out of production. Production classes only: this module's tests see every module.
 */
class ArchitectureTest {
    private static final String[] STAGES = {"dev.necessity.model..", "dev.necessity.intake..", "dev.necessity.extract..",
            "dev.necessity.policy..", "dev.necessity.engine..", "dev.necessity.report.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.necessity");

    @Test
    void theModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("dev.necessity.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.extract..", "dev.necessity.policy..",
                        "dev.necessity.engine..", "dev.necessity.report..", "dev.necessity.intake..", "dev.necessity.cli..")
                .because("every stage shares the model; the model must not know the stages").check(CLASSES);
    }

    @Test
    void theEngineNeverReadsTextOrRendersReports() {
        noClasses().that().resideInAPackage("dev.necessity.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.extract..", "dev.necessity.report..",
                        "dev.necessity.intake..", "dev.necessity.cli..")
                .because("the engine decides from findings only, and reports render from its trace").check(CLASSES);
    }

    @Test
    void reportsRenderOnlyFromTheTrace() {
        noClasses().that().resideInAPackage("dev.necessity.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.extract..", "dev.necessity.intake..",
                        "dev.necessity.engine.eval..", "dev.necessity.cli..")
                .because("a report may say only what the engine recorded").check(CLASSES);
    }

    @Test
    void theExtractorKnowsNothingOfPolicies() {
        noClasses().that().resideInAPackage("dev.necessity.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.policy..", "dev.necessity.engine..")
                .because("findings describe the record, whatever policy reads them").check(CLASSES);
    }

    /**
     * The readers sit in one package per kind of finding ({@code extract.symptom}, {@code .exam},
     * {@code .redflag}, ...) and are composed by {@code ClinicalExtractor} in {@code extract} itself,
     * so a reader package never reaches back up to the package that lists it.
     */
    @Test
    void readerPackagesNeverDependOnTheExtractorThatComposesThem() {
        noClasses().that().resideInAnyPackage("dev.necessity.extract.*..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.extract")
                .because("a reader is written against extract.spi; the composition root may change without touching it").check(CLASSES);
    }

    /**
     * No exceptions: the readers share the reader interface, drafts and the study-passage filter
     * through {@code extract.spi}, and the engine's evaluators write the trace types of
     * {@code engine.trace}, so neither leans back on the package that composes it.
     */
    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("dev.necessity.(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one unit: neither can be understood, tested or moved alone").check(CLASSES);
    }

    @Test
    void theStagesNeverDependOnTheApplicationOrItsAdapters() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.app..", "dev.necessity.server..", "dev.necessity.cli..",
                        "dev.necessity.synth..", "dev.necessity.scoring..")
                .because("the stages are the engine a command line, a server or a FHIR adapter composes; they compose nothing").check(CLASSES);
    }

    @Test
    void theApplicationLayerNeverDependsOnTheServer() {
        noClasses().that().resideInAPackage("dev.necessity.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.server..")
                .because("app is what the command line and the server share; the server builds on it, not it on the server").check(CLASSES);
    }

    @Test
    void theServerBuildsOnTheApplicationLayerAndNeverOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.necessity.server..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.cli..", "dev.necessity.synth..")
                .because("the server is an adapter beside the command line (issue 14): cli's serve, users and audit commands call into it").check(CLASSES);
    }

    @Test
    void theApplicationLayerNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.necessity.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.cli..")
                .because("a server (issue 14) assesses cases through the app module without picocli or a terminal").check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.necessity.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.cli..")
                .because("the command line is an adapter at the edge; whatever others need lives in app").check(CLASSES);
    }

    @Test
    void nothingInProductionDependsOnTheSyntheticCaseGenerator() {
        noClasses().that().resideOutsideOfPackage("dev.necessity.synth..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.synth..")
                .because("synth is a development tool outside the production jar; the command line finds its command at run time").check(CLASSES);
    }

    @Test
    void nothingInProductionDependsOnTheScorers() {
        noClasses().that().resideOutsideOfPackage("dev.necessity.scoring..")
                .should().dependOnClassesThat().resideInAPackage("dev.necessity.scoring..")
                .because("scoring the extractor and the engine on development sets is a development tool outside the production jar; "
                        + "the command line finds its command at run time").check(CLASSES);
    }

    /**
     * A synthetic case's expectation comes from the facts it drew, through the scenario's declared
     * statuses and the policy's own tree (engine and policy), never from reading the notes it wrote:
     * with the extractor, or the pipeline that runs it, SynthesizerTest would check the reader
     * against itself. How the tree combines statuses is tested on its own (DeclaredStatusesTest,
     * ConjunctionTest, the policy tests).
     */
    @Test
    void theSyntheticCaseGeneratorNeverReadsItsOwnNotes() {
        noClasses().that().resideInAPackage("dev.necessity.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.necessity.app..", "dev.necessity.cli..",
                        "dev.necessity.extract..", "dev.necessity.report..")
                .because("each synthetic case records what its facts call for; read back by the extractor, SynthesizerTest "
                        + "would check the extractor against itself")
                .check(CLASSES);
    }
}
