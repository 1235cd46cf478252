package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a request holds, the error stays one short line: values and file names come from the
 * user and can hold line breaks or run to thousands of characters (found by the fuzz test,
 * issue 13 item 8).
 */
class MessageShapeTest {

    @TempDir
    Path dir;

    private CaseInputException problemWith(String target, String replacement) {
        return catchThrowableOfType(CaseInputException.class,
                () -> new CaseReader().read(CaseFixture.validCase(dir).requestWith(target, replacement).dir()));
    }

    @Test
    void aListedFileNameWithALineBreakIsNamedOnOneLine() {
        CaseInputException problem = problemWith("\"file\": \"mri.txt\"", "\"file\": \"line\\nbreak.txt\"");

        assertThat(problem.getMessage()).isEqualTo("line\\u000abreak.txt: listed in request.json but not found in " + dir);
    }

    @Test
    void aTenThousandCharacterFileNameIsCutToItsStartAndEnd() {
        String name = "word ".repeat(2_000) + "end.txt";
        CaseInputException problem = problemWith("\"file\": \"mri.txt\"", "\"file\": \"" + name + "\"");

        assertThat(problem.getMessage()).startsWith("word word ").contains("...").contains("word end.txt: listed in request.json")
                .hasSizeLessThan(300 + 100 + dir.toString().length());
    }

    @Test
    void aTenThousandCharacterValueIsQuotedShortened() {
        String type = "word ".repeat(2_000);
        CaseInputException problem = problemWith("\"type\": \"imaging\"", "\"type\": \"" + type + "\"");

        assertThat(problem.getMessage()).startsWith("request.json: documents[0].type 'word word").contains("...' is not one of ")
                .hasSizeLessThan(400);
    }

    @Test
    void aTenThousandCharacterFieldNameIsQuotedShortened() {
        String field = "x".repeat(10_000);
        CaseInputException problem = problemWith("\"caseId\"", "\"" + field + "\": 1, \"caseId\"");

        assertThat(problem.getMessage()).startsWith("request.json: unknown field 'xxxx").hasSizeLessThan(200);
    }
}
