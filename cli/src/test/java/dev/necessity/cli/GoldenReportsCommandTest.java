package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden reports are what a user gets: {@code assess} prints them byte for byte, and
 * {@code policies test} compares a case's reports with them, shows a diff when one differs, and
 * writes them with {@code --update-golden}.
 */
class GoldenReportsCommandTest {
    private static final Path ROOT = Examples.root().getParent();
    private static final Path PAYER = ROOT.resolve("knowledge-overlays/payer-fusion-3-months");
    private static final String CASE = "policies/lumbar-fusion/tests/eight-weeks-of-pt-is-not-enough";

    @TempDir
    Path tmp;

    @Test
    void assessPrintsExactlyTheExamplesGoldenReportInEachFormatAndTextByDefault() throws IOException {
        Path seed = Examples.example("l5-s1-alif");

        assertThat(CommandLineTest.run("assess", seed.toString()).out()).isEqualTo(golden(seed, "report.txt"));
        assertThat(CommandLineTest.run("assess", seed.toString(), "--format", "markdown").out()).isEqualTo(golden(seed, "report.md"));
        assertThat(CommandLineTest.run("assess", seed.toString(), "--format", "json").out()).isEqualTo(golden(seed, "report.json"));
    }

    @Test
    void updateGoldenWritesTheSameFilesTheBuildCompares() throws IOException {
        Path overlay = copyWithoutGoldens(PAYER);

        CommandLineTest.Run r = CommandLineTest.run("policies", "test", overlay.toString(), "--update-golden");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + CASE + "/expected/report.txt\n", "wrote " + CASE + "/expected/report.md\n",
                "wrote " + CASE + "/expected/report.json\n", "golden reports: 6 files written; review them with git diff\n");
        for (String file : List.of("report.txt", "report.md", "report.json")) {
            assertThat(overlay.resolve(CASE).resolve("expected").resolve(file)).hasSameBinaryContentAs(PAYER.resolve(CASE).resolve("expected").resolve(file));
        }
        assertThat(CommandLineTest.run("policies", "test", overlay.toString(), "--update-golden").out())
                .contains("golden reports: every one already up to date").doesNotContain("wrote ");
    }

    @Test
    void aReportThatDiffersFromItsGoldenFileFailsItsCaseWithADiff() throws IOException {
        Path overlay = copyWithoutGoldens(PAYER);
        CommandLineTest.run("policies", "test", overlay.toString(), "--update-golden");
        Path markdown = overlay.resolve(CASE).resolve("expected/report.md");
        Files.writeString(markdown, Files.readString(markdown).replaceFirst("## Primary Determination", "## Primary determination"));

        CommandLineTest.Run r = CommandLineTest.run("policies", "test", overlay.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL lumbar-fusion/eight-weeks-of-pt-is-not-enough\n       " + CASE
                + "/expected/report.md differs from this build's output, first at line 5:\n       --- " + CASE + "/expected/report.md\n")
                .contains("\n       -## Primary determination\n       +## Primary Determination\n")
                .contains("PASS lumbar-fusion/fourteen-weeks-of-pt").contains("golden reports: compared for 2 of 2 cases\n1 passed, 1 failed");
    }

    @Test
    void withoutGoldenFilesNothingIsComparedAndTheOutputSaysSo() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("policies", "test", copyWithoutGoldens(PAYER).toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("golden reports: none compared (no case here has expected/; --update-golden writes them)\n2 passed, 0 failed");
    }

    @Test
    void updateGoldenNeedsTheDirectoryToWriteIn() {
        CommandLineTest.Run r = CommandLineTest.run("policies", "test", "--update-golden");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("necessity: --update-golden writes beside the tests, so name their knowledge directory");
    }

    private static String golden(Path caseDir, String file) throws IOException {
        return Files.readString(caseDir.resolve("expected").resolve(file), StandardCharsets.UTF_8);
    }

    /** A copy of a knowledge directory without its golden reports (every expected/ directory). */
    private Path copyWithoutGoldens(Path from) throws IOException {
        Path to = tmp.resolve("overlay");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path relative = from.relativize(f);
                if (isGolden(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static boolean isGolden(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("expected")) {
                return true;
            }
        }
        return false;
    }
}
