package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: exit statuses, formats, and one-line errors. What each format
 * prints, byte for byte, is {@code GoldenReportsCommandTest}'s.
 */
class CommandLineTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void assessWritesJsonToAFileWhenAsked(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("determination.json");
        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--format", "json", "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.get("outcome").asText()).isEqualTo("NOT_MEDICALLY_NECESSARY");
        assertThat(json.get("lines").get(1).get("primarySequence").asInt()).isEqualTo(1);
    }

    @Test
    void htmlIsASelfContainedPageWithTheQuotes() {
        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--format", "html");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<h2>Critical Deficiencies in Meeting Criteria</h2>")
                .contains("<blockquote>\u201cmild impression on the thecal sac\u201d").doesNotContain("<script");
    }

    @Test
    void aMissingCaseDirectoryIsOneClearLineWithExitStatusTwo(@TempDir Path tmp) {
        Run r = run("assess", tmp.resolve("nowhere").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nowhere").contains("does not exist").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidJsonNamesTheFileAndPlace(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("request.json"), "{ \"caseId\": \"x\",\n  \"requestDate\": 2026-03-02 }");
        Run r = run("assess", tmp.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("necessity: request.json: invalid JSON at line 2");
    }

    @Test
    void aPrimarySequenceThatPointsNowhereIsRejected(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("request.json"), """
                { "caseId": "x", "requestDate": "2026-03-02",
                  "services": [ { "sequence": 1, "code": "20930", "primarySequence": 7 } ] }""");
        Run r = run("assess", tmp.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("primarySequence 7 points to no service line");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--format", "pdf");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--format 'pdf' is not one of text, markdown, json, html");
    }

    @Test
    void lintingTheBuiltInKnowledgeBaseFindsNoProblems() {
        Run r = run("policies", "lint");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("no problems");
    }

    @Test
    void lintingABrokenOverlayPrintsFileLineColumnThenTheLineWithACaret(@TempDir Path tmp) throws IOException {
        Path policy = tmp.resolve("policies/broken/policy.yaml");
        Files.createDirectories(policy.getParent());
        Files.writeString(policy, """
                id: broken
                version: "1"
                effective: 2026-01-01
                title: Broken
                codes: { primary: [ { code: "63047", description: "Laminectomy" } ] }
                criteria: { id: root, title: Root, finding: { type: stenossis } }
                """);
        Run r = run("policies", "lint", tmp.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(policy + ":6:53: unknown finding type 'stenossis' (did you mean stenosis?)\n"
                + " | criteria: { id: root, title: Root, finding: { type: stenossis } }\n"
                + " |                                                     ^\n"
                + "1 problem\n");
    }

    @Test
    void extractPrintsFindingsWithSpansAsJson() throws IOException {
        Run r = run("extract", Examples.example("l5-s1-alif").resolve("mri-lumbar-2026-01-12.txt").toString(), "--format", "json");

        assertThat(r.status()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out()).get("documents").get(0);
        assertThat(doc.get("document").asText()).isEqualTo("mri-lumbar-2026-01-12.txt");
        assertThat(doc.get("findings").findValuesAsText("type")).contains("stenosis", "spondylolisthesis", "modic_change");
    }
}
