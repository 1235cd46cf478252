package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.necessity.model.CaseRequest;
import dev.necessity.model.SpinalLevel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestValidationTest {

    @TempDir
    Path dir;

    private CaseInputException problemReading(CaseFixture fixture) {
        return catchThrowableOfType(CaseInputException.class, () -> new CaseReader().read(fixture.dir()));
    }

    private CaseInputException problemWith(String target, String replacement) {
        return problemReading(CaseFixture.validCase(dir).requestWith(target, replacement));
    }

    @Test
    void aValidRequestReadsWithLevelsInCanonicalForm() {
        CaseRequest request = new CaseReader().read(CaseFixture.validCase(dir).dir());

        assertThat(request.caseId()).isEqualTo("case-4471");
        assertThat(request.service(1).orElseThrow().levels()).containsExactly(SpinalLevel.of("L4-L5"));
        assertThat(request.service(1).orElseThrow().levels().get(0)).hasToString("L4-L5");
        assertThat(request.service(2).orElseThrow().primarySequence()).isEqualTo(1);
    }

    @Test
    void levelsAreAcceptedInEveryContractSpelling() {
        CaseRequest request = new CaseReader().read(CaseFixture.validCase(dir)
                .requestWith("\"levels\": [\"L4-5\"]", "\"levels\": [\"L4-5\", \"L3/4\", \"L23\", \"L5-S1\"]").dir());

        assertThat(request.service(1).orElseThrow().levels()).extracting(SpinalLevel::toString)
                .containsExactly("L4-L5", "L3-L4", "L2-L3", "L5-S1");
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() {
        CaseInputException problem = problemReading(CaseFixture.validCase(dir).request("""
                {
                  "caseId": "case-4471",
                  "requestDate": "2026-03-02"
                  "services": []
                }
                """));

        assertThat(problem.getMessage())
                .startsWith("request.json: invalid JSON at line 4, column 3: Unexpected character ('\"'")
                .doesNotContain("\n", "Exception", "at [Source");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-003");
        assertThat(problem.file()).isEqualTo(dir.resolve("request.json"));
    }

    @Test
    void anEmptyRequestFileIsReported() {
        assertThat(problemReading(CaseFixture.validCase(dir).request("  \n")).getMessage())
                .isEqualTo("request.json: file is empty; expected a JSON object");
    }

    @Test
    void aRequestThatIsNotAnObjectIsReported() {
        assertThat(problemReading(CaseFixture.validCase(dir).request("[1, 2]")).getMessage())
                .isEqualTo("request.json: must hold a JSON object, found an array");
    }

    @Test
    void aFieldGivenTwiceIsReported() {
        assertThat(problemWith("\"caseId\": \"case-4471\",", "\"caseId\": \"case-4471\", \"caseId\": \"case-9\",")
                .getMessage()).isEqualTo("request.json: invalid JSON at line 2, column 34: Duplicate field 'caseId'");
    }

    @Test
    void contentAfterTheRequestObjectIsReported() {
        assertThat(problemReading(CaseFixture.validCase(dir).request(CaseFixture.VALID_REQUEST + "{}")).getMessage())
                .isEqualTo("request.json: invalid JSON at line 15, column 1: unexpected content after the JSON object ends");
    }

    @Test
    void anUnfinishedRequestIsReported() {
        assertThat(problemReading(CaseFixture.validCase(dir).request("{ \"caseId\": \"case-4471\",\n")).getMessage())
                .startsWith("request.json: invalid JSON at line 2, column 1: Unexpected end-of-input")
                .doesNotContain("`");
    }

    @Test
    void aMissingCaseIdIsReportedByName() {
        CaseInputException problem = problemWith("\"caseId\": \"case-4471\",", "");

        assertThat(problem.getMessage()).isEqualTo("request.json: missing required field 'caseId'");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-004");
    }

    @Test
    void aMissingCodeOnAServiceLineIsReportedWithItsPath() {
        assertThat(problemWith("\"code\": \"22840\", ", "").getMessage())
                .isEqualTo("request.json: missing required field 'services[1].code'");
    }

    @Test
    void anImpossibleRequestDateIsReported() {
        assertThat(problemWith("\"2026-03-02\"", "\"2026-13-01\"").getMessage())
                .isEqualTo("request.json: requestDate '2026-13-01' is not an ISO date (YYYY-MM-DD)");
    }

    @Test
    void aUsStyleBirthDateIsReportedWithItsPath() {
        assertThat(problemWith("\"1968-11-02\"", "\"11/02/1968\"").getMessage())
                .isEqualTo("request.json: patient.birthDate '11/02/1968' is not an ISO date (YYYY-MM-DD)");
    }

    @Test
    void aCaseIdThatIsANumberIsReportedWithWhatWasFound() {
        assertThat(problemWith("\"case-4471\"", "4471").getMessage())
                .isEqualTo("request.json: caseId must be a string, found number 4471");
    }

    @Test
    void aSequenceWrittenAsTextIsReported() {
        assertThat(problemWith("\"sequence\": 2", "\"sequence\": \"2\"").getMessage())
                .isEqualTo("request.json: services[1].sequence must be a whole number, found string '2'");
    }

    @Test
    void anUnknownUrgencyIsReported() {
        assertThat(problemWith("\"requestDate\": \"2026-03-02\",", "\"requestDate\": \"2026-03-02\", \"urgency\": \"urgent\",")
                .getMessage()).isEqualTo("request.json: urgency 'urgent' is not one of standard, expedited");
    }

    @Test
    void aLineBreakInsideAValueNeverBreaksTheMessageLine() {
        assertThat(problemWith("\"requestDate\": \"2026-03-02\",",
                "\"requestDate\": \"2026-03-02\", \"urgency\": \"very\\nurgent\",").getMessage())
                .isEqualTo("request.json: urgency 'very urgent' is not one of standard, expedited");
    }

    @Test
    void anEmptyServiceListIsReported() {
        CaseInputException problem = problemReading(CaseFixture.validCase(dir).request("""
                { "caseId": "case-4471", "requestDate": "2026-03-02", "services": [] }
                """));

        assertThat(problem.getMessage()).isEqualTo("request.json: services must list at least one service line");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-007");
    }

    @Test
    void aRequestWithoutServicesIsReported() {
        assertThat(problemReading(CaseFixture.validCase(dir).request("""
                { "caseId": "case-4471", "requestDate": "2026-03-02" }
                """)).getMessage()).isEqualTo("request.json: missing required field 'services'");
    }

    @Test
    void aPrimarySequenceThatPointsNowhereIsReported() {
        assertThat(problemWith("\"primarySequence\": 1", "\"primarySequence\": 7").getMessage())
                .isEqualTo("request.json: services[1].primarySequence 7 points to no service line");
    }

    @Test
    void aLineThatIsItsOwnPrimaryIsReported() {
        assertThat(problemWith("\"primarySequence\": 1", "\"primarySequence\": 2").getMessage())
                .isEqualTo("request.json: services[1].primarySequence 2 points to its own line; "
                        + "an add-on must point to its primary line");
    }

    @Test
    void duplicateSequenceNumbersAreReported() {
        assertThat(problemWith("\"sequence\": 2", "\"sequence\": 1").getMessage())
                .isEqualTo("request.json: services[1].sequence 1 duplicates services[0].sequence");
    }

    @Test
    void linesWithoutSequenceNumbersAreNumberedByPosition() {
        CaseRequest request = new CaseReader().read(CaseFixture.validCase(dir)
                .requestWith("\"sequence\": 1, ", "").requestWith("\"sequence\": 2, ", "").dir());

        assertThat(request.services()).extracting(line -> line.sequence()).containsExactly(1, 2);
    }

    @Test
    void anUnknownSpinalLevelIsReported() {
        assertThat(problemWith("\"L4-5\"", "\"L9-X\"").getMessage())
                .isEqualTo("request.json: services[0].levels[0] 'L9-X' is not a spinal level (expected e.g. L4-L5, L5-S1, C5-C6)");
    }

    @Test
    void anUnknownDocumentTypeListsTheAllowedTypes() {
        assertThat(problemWith("\"type\": \"imaging\"", "\"type\": \"xray\"").getMessage())
                .isEqualTo("request.json: documents[0].type 'xray' is not one of clinical-note, imaging, therapy-note, "
                        + "procedure-note, medication-list, operative-note, lab, letter, other");
    }

    @Test
    void aMisspelledTopLevelFieldIsRejectedWithASuggestion() {
        CaseInputException problem = problemWith("\"requestDate\": \"2026-03-02\",",
                "\"requestDate\": \"2026-03-02\", \"urgancy\": \"expedited\",");

        assertThat(problem.getMessage()).isEqualTo("request.json: unknown field 'urgancy' (did you mean 'urgency'?)");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-006");
    }

    @Test
    void aMisspelledNestedFieldIsRejectedWithItsPath() {
        assertThat(problemWith("\"primarySequence\": 1", "\"primarySequnce\": 1").getMessage())
                .isEqualTo("request.json: unknown field 'services[1].primarySequnce' (did you mean 'primarySequence'?)");
    }

    @Test
    void anUnrelatedUnknownFieldIsRejectedWithoutASuggestion() {
        assertThat(problemWith("\"requestDate\": \"2026-03-02\",", "\"requestDate\": \"2026-03-02\", \"payer\": \"Acme\",")
                .getMessage()).isEqualTo("request.json: unknown field 'payer'");
    }

    @Test
    void extensionFieldsPrefixedWithXAreIgnored() {
        CaseRequest request = new CaseReader().read(CaseFixture.validCase(dir).requestWith(
                "\"requestDate\": \"2026-03-02\",", "\"requestDate\": \"2026-03-02\", \"x-payer\": { \"id\": 7 },").dir());

        assertThat(request.caseId()).isEqualTo("case-4471");
    }

    @Test
    void aDocumentOutsideTheCaseDirectoryIsRefused() {
        assertThat(problemWith("\"file\": \"mri.txt\"", "\"file\": \"../mri.txt\"").getMessage())
                .isEqualTo("request.json: documents[0].file '../mri.txt' must name a file inside the case directory");
    }

    @Test
    void aDocumentListedTwiceIsReported() {
        assertThat(problemWith("{ \"file\": \"mri.txt\", \"type\": \"imaging\", \"date\": \"2026-01-12\" }",
                "{ \"file\": \"mri.txt\" }, { \"file\": \"./mri.txt\" }").getMessage())
                .isEqualTo("request.json: documents[1].file './mri.txt' is already listed as documents[0].file");
    }
}
