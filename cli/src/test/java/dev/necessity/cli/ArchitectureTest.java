package dev.necessity.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stages stay separable, so each can be replaced or reused (FHIR, server) without the others. */
class ArchitectureTest {
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
}
