package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A syntax error in request.json is worded for the person who wrote the file: Jackson's messages
 * for an unclosed object, NaN and a comment named its own features and source description
 * ("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]"),
 * found by the fuzz test (issue 13 item 8).
 */
class JsonSyntaxWordingTest {

    @TempDir
    Path dir;

    private String problemWith(String request) {
        return catchThrowableOfType(CaseInputException.class,
                () -> new CaseReader().read(CaseFixture.validCase(dir).request(request).dir())).getMessage();
    }

    @Test
    void anUnclosedObjectNamesWhereItOpened() {
        assertThat(problemWith("{\n  \"caseId\": \"x\",\n  \"patient\": { \"id\": \"p\"\n"))
                .isEqualTo("request.json: invalid JSON at line 4, column 1: Unexpected end-of-input: expected close marker for"
                        + " Object (start marker at line 3, column 14)");
    }

    @Test
    void aMismatchedCloseNamesWhereTheArrayOpened() {
        assertThat(problemWith("{\"services\": [1, 2}"))
                .isEqualTo("request.json: invalid JSON at line 1, column 19: Unexpected close marker '}': expected ']'"
                        + " (for Array starting at line 1, column 14)");
    }

    @Test
    void notANumberIsNotAJacksonFeature() {
        assertThat(problemWith("{\"caseId\": NaN}")).isEqualTo("request.json: invalid JSON at line 1, column 15: Non-standard token"
                + " 'NaN': JSON has no NaN or Infinity");
    }

    @Test
    void aPlusSignIsNotAJacksonFeature() {
        assertThat(problemWith("{\"caseId\": +1}")).isEqualTo("request.json: invalid JSON at line 1, column 13: Unexpected character"
                + " ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs");
    }

    @Test
    void aRecordSeparatorIsNotAJacksonFeature() {
        assertThat(problemWith("\u001e{\"caseId\": \"x\"}")).doesNotContain("JsonReadFeature").doesNotContain("consider enabling")
                .startsWith("request.json: invalid JSON at line 1, column 2: Illegal character ((CTRL-CHAR, code 30)): only regular white"
                        + " space");
    }

    @Test
    void aCommentIsNotAJacksonFeature() {
        assertThat(problemWith("{\"caseId\": \"x\" // the case\n}")).isEqualTo("request.json: invalid JSON at line 1, column 16:"
                + " Unexpected character ('/' (code 47)): maybe a (non-standard) comment? JSON has no comments");
    }
}
