package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a report goes: never through a link, onto a device or over someone's file, and a failed write says so. */
class AssessOutputTest {
    @TempDir
    Path tmp;

    private final String seedCase = Examples.example("l5-s1-alif").toString();

    @Test
    void outIsNotWrittenThroughASymbolicLink() throws IOException {
        Path victim = Files.writeString(tmp.resolve("victim.conf"), "listen 8080\n");
        Path link = link(tmp.resolve("determination.json"), victim);

        CommandLineTest.Run r = CommandLineTest.run("assess", seedCase, "--format", "json", "--out", link.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("necessity: --out " + link + ": is a symbolic link; Necessity does not write through one "
                + "(remove it or name the real file)" + System.lineSeparator());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(victim)).isEqualTo("listen 8080\n");
        assertThat(entries()).containsExactly("determination.json", "victim.conf");
    }

    @Test
    void outDoesNotReplaceAPipeOrDevice() throws Exception {
        Path fifo = tmp.resolve("reports.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

        CommandLineTest.Run r = CommandLineTest.run("assess", seedCase, "--out", fifo.toString(), "--force");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--out " + fifo + ": is not a regular file (a device, pipe or socket)");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(entries()).containsExactly("reports.fifo");
    }

    @Test
    void outKeepsAFileThatIsNotAReportUnlessForced() throws IOException {
        Path notes = Files.writeString(tmp.resolve("appeal-letter.txt"), "Dear Dr. Okafor, we ask you to reconsider...\n");

        CommandLineTest.Run refused = CommandLineTest.run("assess", seedCase, "--out", notes.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(refused.err()).contains("exists and is not a Necessity output file; use --force to replace it");
        assertThat(Files.readString(notes)).startsWith("Dear Dr. Okafor");

        CommandLineTest.Run forced = CommandLineTest.run("assess", seedCase, "--out", notes.toString(), "--force");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(notes)).startsWith("Medical Necessity Assessment for Anterior lumbar interbody fusion");

        // Now it is a report, so the next assessment may replace it without --force.
        CommandLineTest.Run again = CommandLineTest.run("assess", seedCase, "--format", "json", "--out", notes.toString());
        assertThat(again.status()).isZero();
        assertThat(Files.readString(notes)).startsWith("{");
        assertThat(entries()).containsExactly("appeal-letter.txt");
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamedAsSuch() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("reports"), "a file, not a folder\n");

        CommandLineTest.Run assess = CommandLineTest.run("assess", seedCase, "--out", notAFolder.resolve("seed.txt").toString());
        CommandLineTest.Run batch = CommandLineTest.run("batch", Examples.example("no-policy").toString(),
                "--out", notAFolder.resolve("2026/results.jsonl").toString());

        assertThat(assess.status()).isEqualTo(2);
        assertThat(assess.err()).isEqualTo("necessity: --out " + notAFolder.resolve("seed.txt") + ": " + notAFolder
                + " is a file, not a folder" + System.lineSeparator());
        assertThat(batch.status()).isEqualTo(2);
        assertThat(batch.err()).isEqualTo("necessity: --out " + notAFolder.resolve("2026/results.jsonl") + ": " + notAFolder
                + " is a file, not a folder" + System.lineSeparator());
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder\n");
    }

    static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
            return link;
        }
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
