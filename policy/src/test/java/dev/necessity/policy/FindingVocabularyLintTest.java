package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.lint;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt finding type, attribute or value in a policy or overlay is a lint problem at its line and column,
 * with the name it most likely meant, instead of a test that reads NOT_DOCUMENTED forever (issue 12).
 */
class FindingVocabularyLintTest {
    /** The lines every policy below shares; the criteria follow as children of {@code all}. */
    private static final String HEADER = """
            id: vocabulary
            version: "1"
            effective: 2026-01-01
            title: Vocabulary
            codes:
              primary: [ { code: "99999", description: "Nothing" } ]
            criteria:
              id: root
              title: Root
              all:
            """;

    @TempDir
    Path overlay;

    @Test
    void aMisspeltAttributeInWhereIsReportedAtItsKeyWithTheNameMeant() {
        Path file = policy("""
                    - id: radicular
                      title: Radicular pain
                      finding: { type: symptom, where: { knid: radiculopathy } }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 13, 42, "NEC-KB-042",
                "unknown attribute 'knid' of symptom (did you mean kind?)"));
    }

    @Test
    void aMisspeltValueInWhereIsReportedAtTheValueWithTheValueMeant() {
        Path file = policy("""
                    - id: radicular
                      title: Radicular pain
                      finding: { type: symptom, where: { kind: [axial_pain, radiculopaty] } }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 13, 61, "NEC-KB-043",
                "unknown value 'radiculopaty' for symptom.kind (did you mean radiculopathy?)"));
    }

    @Test
    void aValueWithNothingCloseListsTheAllowedOnes() {
        policy("""
                    - id: stenosis
                      title: Stenosis
                      finding: { type: stenosis, where: { side: both } }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::message)
                .containsExactly("unknown value 'both' for stenosis.side (one of left, right, bilateral)");
    }

    @Test
    void requireIsCheckedLikeWhere() {
        Path file = policy("""
                    - id: hoffmann
                      title: Hoffmann sign
                      finding:
                        type: exam
                        where: { kind: hoffmann }
                        require: { result: postive }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 16, 28, "NEC-KB-043",
                "unknown value 'postive' for exam.result (did you mean positive?)"));
    }

    @Test
    void aCareKindIsATherapyKind() {
        Path file = policy("""
                    - id: care
                      title: Six weeks of care
                      care: { kinds: [physical_therapie, home_exercise], minWeeks: 6 }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 13, 23, "NEC-KB-043",
                "unknown value 'physical_therapie' for therapy.kind (did you mean physical_therapy?)"));
    }

    @Test
    void aCareKindIsWrittenExactlyAsCareComparesItCaseAndAll() {
        policy("""
                    - id: care
                      title: Six weeks of care
                      care: { kinds: [Physical_Therapy], minWeeks: 6 }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::message)
                .containsExactly("unknown value 'Physical_Therapy' for therapy.kind (did you mean physical_therapy?)");
    }

    @Test
    void appliesWhenWaiversAndExclusionsAreCheckedTooInTheOrderOfTheFile() {
        policy("""
                    - id: gated
                      title: Gated
                      appliesWhen: { id: gate, title: Gate, finding: { type: symptom, where: { kind: myelopaty } } }
                      waivers: [ { id: waiver, title: Waiver, finding: { type: red_flag, where: { knd: fracture } } } ]
                      finding: { type: stenosis, where: { location: centrl } }
                exclusions:
                  - { id: excluded, title: Excluded, finding: { type: condition, where: { kind: cancr } } }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::code, PolicyProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEC-KB-043", "unknown value 'myelopaty' for symptom.kind (did you mean myelopathy?)"),
                org.assertj.core.groups.Tuple.tuple("NEC-KB-042", "unknown attribute 'knd' of red_flag (did you mean kind?)"),
                org.assertj.core.groups.Tuple.tuple("NEC-KB-043", "unknown value 'centrl' for stenosis.location (did you mean central?)"),
                org.assertj.core.groups.Tuple.tuple("NEC-KB-043", "unknown value 'cancr' for condition.kind (did you mean cancer?)"));
    }

    @Test
    void anUnknownFindingTypeSuggestsTheTypeMeant() {
        Path file = policy("""
                    - id: slip
                      title: Slip
                      finding: { type: spondylolisthessis }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 13, 24, "NEC-KB-040",
                "unknown finding type 'spondylolisthessis' (did you mean spondylolisthesis?)"));
    }

    @Test
    void compareNamesAnAttributeOfTheType() {
        Path file = policy("""
                    - id: slip
                      title: Slip of 4 mm
                      finding: { type: instability, compare: [ { attr: translationMM, op: ">=", value: 4 } ] }
                """);

        assertThat(lint(overlay)).containsExactly(problem(file, 13, 56, "NEC-KB-042",
                "unknown attribute 'translationMM' of instability (did you mean translationMm?)"));
    }

    @Test
    void minSeverityNeedsATypeWithASeverity() {
        policy("""
                    - id: weak
                      title: Weakness
                      finding: { type: exam, minSeverity: moderate }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::code, PolicyProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEC-KB-042", "minSeverity reads 'severity', which is not an attribute of exam"));
    }

    @Test
    void aValueOfTheWrongKindIsReportedWithWhatTheAttributeTakes() {
        policy("""
                    - id: a
                      title: Text for a whole number
                      finding: { type: spondylolisthesis, where: { grade: two } }
                    - id: b
                      title: A date compared by value
                      finding: { type: nicotine, compare: [ { attr: quitDate, op: ">=", value: 6 } ] }
                    - id: c
                      title: A number compared by weeks
                      finding: { type: symptom, compare: [ { attr: durationWeeks, op: ">=", weeksBeforeRequest: 6 } ] }
                    - id: d
                      title: Text compared by value
                      finding: { type: exam, compare: [ { attr: result, op: ">=", value: 3 } ] }
                    - id: e
                      title: A number selected by its text
                      finding: { type: exam, where: { strength: 4 } }
                    - id: f
                      title: A list selected by one value
                      finding: { type: stenosis, where: { exceptLevels: L4-L5 } }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::code).containsOnly("NEC-KB-044");
        assertThat(lint(overlay)).extracting(PolicyProblem::message).containsExactly(
                "value for spondylolisthesis.grade: 'two' is not a whole number from 1 to 5",
                "nicotine.quitDate is a date: compare it with weeksBeforeRequest, not value",
                "weeksBeforeRequest needs a date, and symptom.durationWeeks is a number",
                "compare with value needs a number, and exam.result is one of positive, negative, normal, abnormal, decreased,"
                        + " increased, absent",
                "exam.strength is a number: test it with compare (op \"==\"), since where compares text and 4 is not 4.0",
                "stenosis.exceptLevels is a list, and where matches one value, which a list never equals");
    }

    @Test
    void recordDateIsWorkedOutByTheEngineAndOnlyComparedByWeeks() {
        policy("""
                    - id: a
                      title: Recent
                      finding: { type: nicotine, compare: [ { attr: recordDate, op: "<", weeksBeforeRequest: 6 } ] }
                    - id: b
                      title: Selected by the record date
                      finding: { type: nicotine, where: { recordDate: "2026-01-01" } }
                    - id: c
                      title: Compared by value
                      finding: { type: nicotine, compare: [ { attr: recordDate, op: "<", value: 6 } ] }
                """);

        assertThat(lint(overlay)).extracting(PolicyProblem::code, PolicyProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEC-KB-045",
                        "'recordDate' is worked out by the engine; only compare with weeksBeforeRequest reads it, where cannot"),
                org.assertj.core.groups.Tuple.tuple("NEC-KB-045",
                        "'recordDate' is a date the engine works out; compare it with weeksBeforeRequest, not value"));
    }

    @Test
    void valuesMatchIgnoringCaseAsTheEngineSelectsThem() {
        policy("""
                    - id: mri
                      title: An MRI
                      finding: { type: imaging_study, where: { modality: mri, region: Lumbar, flexionExtension: true } }
                """);

        assertThat(lint(overlay)).isEmpty();
    }

    @Test
    void aPayerOverlayOfAShippedPolicyIsCheckedLikeIt() {
        Path file = write(overlay, "lumbar-fusion", """
                id: lumbar-fusion
                version: "2026.11.2-payer"
                title: Lumbar spinal fusion
                extends: lumbar-fusion@2026.11.2
                patches:
                  - set: { careWeeks: 13 }
                  - add: { id: claudication-typo, title: Claudication, finding: { type: symptom, where: { kind: neurogenic_claudicaton } } }
                    to: leg-symptoms
                """);

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).containsExactly(problem(file, lineOf(file, "neurogenic_claudicaton"), 97, "NEC-KB-043",
                "unknown value 'neurogenic_claudicaton' for symptom.kind (did you mean neurogenic_claudication?)"));
    }

    private Path policy(String criteria) {
        return write(overlay, "vocabulary", HEADER + criteria);
    }

    private static PolicyProblem problem(Path file, int line, int column, String code, String message) {
        return new PolicyProblem(new SourcePosition(KnowledgeLoader.displayName(file), line, column), code, message);
    }
}
