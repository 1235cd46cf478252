package dev.necessity.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.app.output.ErrorLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch killed with SIGKILL at a random moment and restarted writes exactly one result per case. */
class BatchResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedAndRestartedBatchesWriteExactlyOneResultPerCase(@TempDir Path tmp) throws Exception {
        Path cases = copies(tmp.resolve("cases"), 400);
        Path out = tmp.resolve("results.jsonl");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int midRunKills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = lines(out);
            Process p = batch(cases, out, tmp);
            // Kill at a random moment once this run has written something, so the kill lands mid-run.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && lines(out) == before && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (!p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no flush
                long after = lines(out);
                if (after > before && after < 400) {
                    midRunKills++;
                }
            }
        }
        int kills = midRunKills;
        assertThat(midRunKills).as("kills that interrupted a run part-way, seed " + seed).isPositive();
        Process last = batch(cases, out, tmp);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).as("final run finishes").isTrue();
        assertThat(last.exitValue()).isZero();

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> caseDirs = new HashSet<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(caseDirs.add(node.get("caseDir").asText())).as("duplicate result, seed " + seed).isTrue();
            assertThat(node.get("outcome").asText()).isNotBlank();
        }
        assertThat(lines).as("one line per case after " + kills + " kills, seed " + seed).hasSize(400);
    }

    @Test
    void aTornLastLineIsCutOffAndItsCaseRunAgain(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results.jsonl");
        Files.writeString(out, "{\"caseDir\":\"a\",\"outcome\":\"NO_POLICY\"}\n{\"caseDir\":\"b\",\"outc");

        try (ResultsFile results = ResultsFile.open(out)) {
            assertThat(results.isDone("a")).isTrue();
            assertThat(results.isDone("b")).isFalse();
            results.append("{\"caseDir\":\"b\",\"outcome\":\"NO_POLICY\"}");
        }

        assertThat(Files.readAllLines(out)).containsExactly("{\"caseDir\":\"a\",\"outcome\":\"NO_POLICY\"}",
                "{\"caseDir\":\"b\",\"outcome\":\"NO_POLICY\"}");
    }

    private static long lines(Path out) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<String> l = Files.lines(out, StandardCharsets.UTF_8)) {
            return l.count();
        }
    }

    private static Process batch(Path cases, Path out, Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-D" + ErrorLog.DIRECTORY_PROPERTY + "=" + tmp.resolve("log"),
                "-cp", System.getProperty("java.class.path"), "dev.necessity.cli.Main",
                "batch", cases.toString(), "--out", out.toString(), "--jobs", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("batch.log").toFile()).start();
    }

    /** Many case directories made from the examples, each with its own name. */
    private static Path copies(Path root, int count) throws IOException {
        Path examples = Path.of(System.getProperty("necessity.root", "..")).resolve("examples");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(examples)) {
            s.filter(d -> Files.exists(d.resolve("request.json"))).sorted().forEach(sources::add);
        }
        for (int i = 0; i < count; i++) {
            Path from = sources.get(i % sources.size());
            Path to = root.resolve(String.format("case-%04d", i));
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return root;
    }
}
