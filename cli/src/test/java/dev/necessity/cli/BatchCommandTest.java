package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.cli.batch.ResultsLockHolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch as a user meets it: what it finds, what it refuses, and what its exit status says. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CommandLineTest.Run batch(Path root, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", root.toString(), "--out", out.toString(), "--jobs", "2"));
        args.addAll(List.of(more));
        return CommandLineTest.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> lines(Path results) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> caseDirs(Path results) throws IOException {
        return lines(results).stream().map(n -> n.get("caseDir").asText()).sorted().toList();
    }

    @Test
    void aSymbolicallyLinkedRootAndLinkedCasesAreAssessed() throws IOException {
        Examples.copy("l5-s1-alif", tmp.resolve("intake/2026-03/seed"));
        Path elsewhere = Examples.copy("no-policy", tmp.resolve("elsewhere/scs-trial"));
        Path root = AssessOutputTest.link(tmp.resolve("cases"), tmp.resolve("intake"));
        AssessOutputTest.link(tmp.resolve("intake/2026-03/scs-trial"), elsewhere);
        Path results = tmp.resolve("results.jsonl");

        CommandLineTest.Run r = batch(root, results);

        assertThat(r.status()).isZero();
        assertThat(caseDirs(results)).containsExactly("2026-03/scs-trial", "2026-03/seed");
        assertThat(lines(results)).allSatisfy(n -> assertThat(n.get("outcome").asText()).isIn("NOT_MEDICALLY_NECESSARY", "NO_POLICY"));
    }

    @Test
    void casesNestedDeeplyAreFound() throws IOException {
        Examples.copy("l5-s1-alif-approvable", tmp.resolve("cases/payer-a/region-4/2026/03/week-11/approvable"));
        Path results = tmp.resolve("results.jsonl");

        CommandLineTest.Run r = batch(tmp.resolve("cases"), results);

        assertThat(r.status()).isZero();
        assertThat(caseDirs(results)).containsExactly("payer-a/region-4/2026/03/week-11/approvable");
    }

    @Test
    void anEmptyRootSaysWhatACaseDirectoryIsAndWritesNothing() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("cases"));
        Files.writeString(root.resolve("mri.txt"), "MRI lumbar spine: mild stenosis at L4-L5.");
        Path results = tmp.resolve("results.jsonl");

        CommandLineTest.Run r = batch(root, results);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("necessity: no case directories found under " + root + " (a case directory holds request.json)"
                + System.lineSeparator());
        assertThat(results).doesNotExist();
    }

    @Test
    void anExistingFileThatIsNotResultsIsKept() throws IOException {
        Examples.copy("no-policy", tmp.resolve("cases/scs"));
        Path notes = Files.writeString(tmp.resolve("results.jsonl"), "reviewer notes: case 4471 escalated to Dr. Lee\n");

        CommandLineTest.Run refused = batch(tmp.resolve("cases"), notes);

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("necessity: --out " + notes + ": exists and is not a Necessity results file (a line is not a result); "
                + "use --force to replace it, or name another file" + System.lineSeparator());
        assertThat(Files.readString(notes)).isEqualTo("reviewer notes: case 4471 escalated to Dr. Lee\n");
    }

    @Test
    void aSecondBatchOnALockedOutputIsRefusedWithOneLine() throws Exception {
        Examples.copy("no-policy", tmp.resolve("cases/scs"));
        Path results = tmp.resolve("results.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ResultsLockHolder.class.getName(),
                results.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");

            CommandLineTest.Run second = batch(tmp.resolve("cases"), results);

            assertThat(second.status()).isEqualTo(2);
            assertThat(second.err()).isEqualTo("necessity: --out " + results + ": another batch is writing it (the file is locked); "
                    + "wait for that run to finish, or name another file" + System.lineSeparator());
            assertThat(results).isEmptyFile();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(batch(tmp.resolve("cases"), results).status()).isZero();
        assertThat(caseDirs(results)).containsExactly("scs");
    }
}
