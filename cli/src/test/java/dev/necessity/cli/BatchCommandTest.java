package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.cli.batch.ResultsLockHolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void anUnreadableDirectoryIsAnErrorLineAndTheRunGoesOn() throws IOException {
        Examples.copy("l5-s1-alif", tmp.resolve("cases/payer-a/seed"));
        Examples.copy("no-policy", tmp.resolve("cases/payer-b/scs"));
        Path locked = tmp.resolve("cases/payer-b");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");
            Path results = tmp.resolve("results.jsonl");

            CommandLineTest.Run r = batch(tmp.resolve("cases"), results);

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).contains("necessity: " + locked + ": permission denied (directory not searched for cases)")
                    .contains("ERROR UNSEARCHABLE_DIRECTORY").contains("1 cases have no determination");
            assertThat(caseDirs(results)).containsExactly("payer-a/seed", "payer-b");
            assertThat(lines(results).stream().filter(n -> n.has("error")).findFirst().orElseThrow().at("/error/code").asText())
                    .isEqualTo("NEC-BATCH-001");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aCaseWithBadInputIsAnErrorLineAndTheExitStatusSaysSo() throws IOException {
        Examples.copy("l5-s1-alif", tmp.resolve("cases/seed"));
        Path broken = Examples.copy("no-policy", tmp.resolve("cases/broken"));
        Files.writeString(broken.resolve("request.json"), "{ \"caseId\": \"scs\", \"requestDate\": 2026-04-01 }");
        Path results = tmp.resolve("results.jsonl");

        CommandLineTest.Run first = batch(tmp.resolve("cases"), results);

        assertThat(first.status()).isEqualTo(1);
        assertThat(first.err()).contains("ERROR BAD_INPUT").contains("1 cases have no determination");
        assertThat(caseDirs(results)).containsExactly("broken", "seed");
        // A resumed run has nothing left to do, but the results still hold a failed case.
        CommandLineTest.Run resumed = batch(tmp.resolve("cases"), results);
        assertThat(resumed.status()).isEqualTo(1);
        assertThat(resumed.err()).contains("resumed: 2 cases were already in").contains("(1 from an earlier run)");
    }

    @Test
    void anExistingFileThatIsNotResultsIsKeptUnlessForced() throws IOException {
        Examples.copy("no-policy", tmp.resolve("cases/scs"));
        Path notes = Files.writeString(tmp.resolve("results.jsonl"), "reviewer notes: case 4471 escalated to Dr. Lee\n");

        CommandLineTest.Run refused = batch(tmp.resolve("cases"), notes);

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("necessity: --out " + notes + ": exists and is not a Necessity results file (a line is not a result); "
                + "use --force to replace it, or name another file" + System.lineSeparator());
        assertThat(Files.readString(notes)).isEqualTo("reviewer notes: case 4471 escalated to Dr. Lee\n");

        CommandLineTest.Run forced = batch(tmp.resolve("cases"), notes, "--force");
        assertThat(forced.status()).isZero();
        assertThat(caseDirs(notes)).containsExactly("scs");
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

    @Test
    void theResultsFileIsNeitherALinkNorADeviceAndFollowsTheUmask() throws Exception {
        Examples.copy("no-policy", tmp.resolve("cases/scs"));
        Path victim = Files.writeString(tmp.resolve("victim.jsonl"), "");
        Path link = AssessOutputTest.link(tmp.resolve("linked.jsonl"), victim);

        CommandLineTest.Run viaLink = batch(tmp.resolve("cases"), link, "--force");

        assertThat(viaLink.status()).isEqualTo(2);
        assertThat(viaLink.err()).contains("--out " + link + ": is a symbolic link");
        assertThat(victim).isEmptyFile();

        Path fifo = tmp.resolve("results.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            CommandLineTest.Run viaFifo = batch(tmp.resolve("cases"), fifo, "--force");
            assertThat(viaFifo.status()).isEqualTo(2);
            assertThat(viaFifo.err()).contains("is not a regular file (a device, pipe or socket)");
        }

        assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path results = tmp.resolve("results.jsonl");
        assertThat(batch(tmp.resolve("cases"), results).status()).isZero();
        Path plain = Files.createFile(tmp.resolve("any-new-file"));
        assertThat(Files.getPosixFilePermissions(results)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aTimeBudgetMustBeATimeSpan() {
        assertThat(batch(Examples.root(), tmp.resolve("r.jsonl"), "--case-timeout", "0").err())
                .contains("'0' is no time at all; the budget must be positive");
        CommandLineTest.Run soon = batch(Examples.root(), tmp.resolve("r.jsonl"), "--case-timeout", "soon");
        assertThat(soon.status()).isEqualTo(2);
        assertThat(soon.err()).contains("'soon' is not a time budget like 30s, 500ms or 2m");
        assertThat(tmp.resolve("r.jsonl")).doesNotExist();
    }

    @Test
    void theDefaultBudgetIsDocumentedInTheHelp() {
        assertThat(CommandLineTest.run("batch", "--help").out()).contains("--case-timeout=TIME").contains("default: 30s");
    }
}
