package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.output.ControlCharacters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case written to attack the reviewer's terminal: escape sequences that clear the screen,
 * recolour text, set the window title, and a carriage return that would hide what came before.
 * Every output shows them as text; JSON stays valid and keeps the exact values.
 */
class HostileTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE_ID = "seed-l5s1-alif\u001b[2J\u001b[32mAPPROVED\u001b[0m\rok";
    private static final String DESCRIPTION = "Anterior lumbar interbody fusion\u009b31m (ALIF)\u001b]0;pwned\u0007, L5-S1";

    @TempDir
    Path tmp;

    private Path hostileCase;

    @BeforeEach
    void writeTheCase() throws IOException {
        hostileCase = Examples.copy("l5-s1-alif", tmp.resolve("cases/hostile"));
        ObjectNode request = (ObjectNode) JSON.readTree(hostileCase.resolve("request.json").toFile());
        request.put("caseId", CASE_ID);
        ((ObjectNode) request.get("services").get(0)).put("description", DESCRIPTION);
        JSON.writeValue(hostileCase.resolve("request.json").toFile(), request);
        Path mri = hostileCase.resolve("mri-lumbar-2026-01-12.txt");
        Files.writeString(mri, Files.readString(mri).replace("thecal sac", "thecal\u001b[8m sac"));
    }

    @Test
    void theTextReportShowsEscapesInsteadOfObeyingThem() {
        CommandLineTest.Run r = CommandLineTest.run("assess", hostileCase.toString());

        assertThat(r.status()).isZero();
        assertNoControls(r.out());
        assertThat(r.out()).contains("Case seed-l5s1-alif\\u001b[2J\\u001b[32mAPPROVED\\u001b[0m\\u000dok")
                .contains("Anterior lumbar interbody fusion\\u009b31m (ALIF)\\u001b]0;pwned\\u0007, L5-S1");
    }

    @Test
    void markdownAndHtmlReportsAreEscapedToo() {
        for (String format : List.of("markdown", "html")) {
            CommandLineTest.Run r = CommandLineTest.run("assess", hostileCase.toString(), "--format", format);

            assertThat(r.status()).isZero();
            assertNoControls(r.out());
            assertThat(r.out()).contains("seed-l5s1-alif\\u001b");
        }
    }

    @Test
    void jsonStaysValidAndKeepsTheExactValues() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("assess", hostileCase.toString(), "--format", "json");

        assertThat(r.status()).isZero();
        assertNoControls(r.out());
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("caseId").asText()).isEqualTo(CASE_ID);
    }

    @Test
    void aReportWrittenToAFileIsEscapedLikeTheTerminalOne() throws IOException {
        Path out = tmp.resolve("report.txt");

        CommandLineTest.Run r = CommandLineTest.run("assess", hostileCase.toString(), "--out", out.toString());

        assertThat(r.status()).isZero();
        assertNoControls(Files.readString(out));
        assertThat(Files.readString(out)).isEqualTo(CommandLineTest.run("assess", hostileCase.toString()).out());
    }

    @Test
    void errorLinesEchoingANameAreEscaped() {
        CommandLineTest.Run r = CommandLineTest.run("assess", tmp.resolve("case\u001b[31m-red\rX").toString());

        assertThat(r.status()).isEqualTo(2);
        assertNoControls(r.err());
        assertThat(r.err()).contains("case\\u001b[31m-red\\u000dX").contains("does not exist");
    }

    @Test
    void batchLinesAreValidJsonWithoutRawControls() throws IOException {
        Path results = tmp.resolve("results.jsonl");

        CommandLineTest.Run r = CommandLineTest.run("batch", tmp.resolve("cases").toString(), "--out", results.toString(), "--jobs", "1");

        assertThat(r.status()).isZero();
        assertNoControls(r.err());
        String line = Files.readString(results);
        assertNoControls(line.strip());
        assertThat(JSON.readTree(line).get("caseId").asText()).isEqualTo(CASE_ID);
    }

    @Test
    void extractionOutputIsEscaped() throws IOException {
        // A file name is echoed as given, so it can carry an escape sequence too.
        Path mri = Files.move(hostileCase.resolve("mri-lumbar-2026-01-12.txt"), tmp.resolve("mri\u001b[31m-lumbar.txt"));
        for (String format : List.of("text", "json")) {
            CommandLineTest.Run r = CommandLineTest.run("extract", mri.toString(), "--format", format);

            assertThat(r.status()).isZero();
            assertNoControls(r.out());
            assertThat(r.out()).containsIgnoringCase("mri\\u001b[31m-lumbar.txt").contains("stenosis"); // Jackson writes upper-case hex
        }
        assertThat(JSON.readTree(CommandLineTest.run("extract", mri.toString(), "--format", "json").out())
                .at("/documents/0/document").asText()).isEqualTo("mri\u001b[31m-lumbar.txt");
    }

    @Test
    void synthNamesItsOutputWithoutControls() {
        CommandLineTest.Run r = CommandLineTest.run("synth", "--count", "1", "--out", tmp.resolve("synth\u001b[8m").toString());

        assertThat(r.status()).isZero();
        assertNoControls(r.err());
        assertThat(r.err()).contains("wrote 1 cases to ").contains("synth\\u001b[8m");
    }

    private static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> ControlCharacters.isControl((char) c)).mapToObj(c -> String.format("U+%04X", c)).toList())
                .as("raw control characters").isEmpty();
    }
}
