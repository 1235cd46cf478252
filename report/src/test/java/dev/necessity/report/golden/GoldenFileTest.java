package dev.necessity.report.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is compared with its golden file byte for byte, and rewritten only when it differs. */
class GoldenFileTest {
    @TempDir
    Path tmp;

    @Test
    void identicalBytesMatch() throws IOException {
        Path file = Files.writeString(tmp.resolve("report.txt"), "Primary Determination\n\u201cquote\u201d\n");

        assertThat(new GoldenFile(file, "expected/report.txt").mismatch("Primary Determination\n\u201cquote\u201d\n")).isEmpty();
    }

    @Test
    void oneChangedByteFailsWithTheLineAndADiff() throws IOException {
        Path file = Files.writeString(tmp.resolve("report.txt"), "a\nb\nc\n");

        assertThat(new GoldenFile(file, "expected/report.txt").mismatch("a\nB\nc\n")).hasValue("""
                expected/report.txt differs from this build's output, first at line 2:
                --- expected/report.txt
                +++ this build's output
                @@ -1,3 +1,3 @@
                 a
                -b
                +B
                 c""");
    }

    @Test
    void lineEndingsAreBytesToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("report.txt"), "a\r\nb\r\n");

        assertThat(new GoldenFile(file, "expected/report.txt").mismatch("a\nb\n")).isPresent();
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(new GoldenFile(tmp.resolve("expected/report.md"), "case/expected/report.md").mismatch("x"))
                .hasValue("case/expected/report.md is missing");
    }

    @Test
    void updateWritesOnlyWhatDiffersAndCreatesTheDirectory() throws IOException {
        GoldenFile golden = new GoldenFile(tmp.resolve("case/expected/report.json"), "report.json");

        assertThat(golden.update("{ }\n")).isTrue();
        assertThat(golden.update("{ }\n")).isFalse();
        assertThat(Files.readAllBytes(golden.path())).isEqualTo("{ }\n".getBytes(StandardCharsets.UTF_8));
        assertThat(golden.mismatch("{ }\n")).isEmpty();
    }
}
