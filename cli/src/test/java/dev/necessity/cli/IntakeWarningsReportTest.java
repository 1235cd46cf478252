package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request dated in the future or a document dated after the request is never used silently:
 * every format shows the warning first, and the case goes to a reviewer.
 */
class IntakeWarningsReportTest {

    @TempDir
    Path tmp;

    private static String assess(Path caseDir, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"assess", caseDir.toString(), "--format", format}, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    private static JsonNode json(Path caseDir) throws IOException {
        return new ObjectMapper().readTree(assess(caseDir, "json"));
    }

    /** The approvable example (MEDICALLY_NECESSARY) with its request dated 2099, as the issue reproduced it. */
    private Path approvableDated2099() {
        return Examples.editRequest(Examples.copy("l5-s1-alif-approvable", tmp.resolve("case")),
                "\"requestDate\": \"2026-03-16\"", "\"requestDate\": \"2099-03-16\"");
    }

    @Test
    void theApprovableExampleAsWrittenHasNoWarningAndNeedsNoReview() throws IOException {
        JsonNode d = json(Examples.example("l5-s1-alif-approvable"));

        assertThat(d.get("outcome").asText()).isEqualTo("MEDICALLY_NECESSARY");
        assertThat(d.get("requiresPhysicianReview").asBoolean()).isFalse();
        assertThat(d.get("warnings")).isEmpty();
    }

    @Test
    void aRequestDated2099CarriesTheWarningInJsonAndGoesToAReviewer() throws IOException {
        JsonNode d = json(approvableDated2099());

        assertThat(d.get("requiresPhysicianReview").asBoolean()).isTrue();
        assertThat(d.get("warnings")).hasSize(1);
        assertThat(d.get("warnings").get(0).get("code").asText()).isEqualTo("NEC-INTAKE-101");
        assertThat(d.get("warnings").get(0).get("file").asText()).isEqualTo("request.json");
        assertThat(d.get("warnings").get(0).get("message").asText()).startsWith("requestDate 2099-03-16 is after today (");
    }

    @Test
    void theTextReportLeadsWithTheWarningBeforeTheDetermination() {
        String text = assess(approvableDated2099(), "text");

        assertThat(text.lines().skip(3).findFirst()).contains("Intake Warnings: Check Before Relying on This Assessment");
        assertThat(text.indexOf("- request.json: requestDate 2099-03-16 is after today"))
                .isPositive().isLessThan(text.indexOf("Primary Determination"));
    }

    @Test
    void theMarkdownReportLeadsWithTheWarningToo() {
        String markdown = assess(approvableDated2099(), "markdown");

        assertThat(markdown).contains("## Intake Warnings: Check Before Relying on This Assessment\n\n- request.json: requestDate 2099-03-16");
        assertThat(markdown.indexOf("## Intake Warnings")).isLessThan(markdown.indexOf("## Primary Determination"));
    }

    @Test
    void aDocumentDatedAfterTheRequestKeepsTheOutcomeButSendsTheCaseToAReviewer() throws IOException {
        Path caseDir = Examples.editRequest(Examples.copy("l5-s1-alif-approvable", tmp.resolve("case")),
                "\"type\": \"therapy-note\", \"date\": \"2026-03-02\"", "\"type\": \"therapy-note\", \"date\": \"2026-05-02\"");

        JsonNode d = json(caseDir);

        assertThat(d.get("outcome").asText()).isEqualTo("MEDICALLY_NECESSARY");
        assertThat(d.get("requiresPhysicianReview").asBoolean()).isTrue();
        assertThat(d.get("warnings").get(0).get("file").asText()).isEqualTo("pt-discharge-2026-03-02.txt");
        assertThat(assess(caseDir, "text").replaceAll("\\s+", " ")).contains("Intake raised a warning about the case's dates (above): a reviewer"
                + " must check it before this assessment is relied on.");
    }
}
