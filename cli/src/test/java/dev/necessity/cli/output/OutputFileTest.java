package dev.necessity.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is written whole or not at all, beside its target, and never over what is not ours. */
class OutputFileTest {
    private static final String REPORT = "Medical Necessity Assessment for Anterior lumbar interbody fusion (ALIF), L5-S1 (CPT 22558, 20930)\n"
            + "Case seed-l5s1-alif | request date 2026-03-02\n";

    @TempDir
    Path dir;

    @Test
    void aReportIsWrittenAndAnEarlierReportReplaced() throws IOException {
        Path out = dir.resolve("determination.txt");
        OutputFile.write(out, "# Medical Necessity Assessment for an older request\n", false);

        OutputFile.write(out, REPORT, false);

        assertThat(Files.readString(out)).isEqualTo(REPORT);
        assertThat(entries()).containsExactly("determination.txt");
    }

    @Test
    void aFailureWhileWritingLeavesNeitherTheTargetChangedNorATempFileBehind() throws IOException {
        Path out = Files.writeString(dir.resolve("determination.txt"), REPORT);

        assertThatThrownBy(() -> OutputFile.write(out, false, w -> {
            w.write("Medical Necessity Assessment for a half-written ");
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputRefusedException.class)
                .hasMessage("--out " + out + ": cannot write (No space left on device)");

        assertThat(Files.readString(out)).isEqualTo(REPORT);
        assertThat(entries()).containsExactly("determination.txt");
    }

    @Test
    void aRenameThatFailsRemovesTheTempFileToo() throws IOException {
        Path out = dir.resolve("determination.txt");

        // While the report is written, something else puts a non-empty directory where it goes.
        assertThatThrownBy(() -> OutputFile.write(out, false, w -> {
            w.write(REPORT);
            Files.writeString(Files.createDirectories(out).resolve("keep.txt"), "not ours");
        })).isInstanceOf(OutputRefusedException.class).hasMessageStartingWith("--out " + out + ": cannot write (");

        assertThat(entries()).containsExactly("determination.txt");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("not ours");
    }

    @Test
    void aFileThatIsNotNecessityOutputIsKeptUnlessForced() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Call Dr. Patel re: MRI before Friday.\n");

        assertThatThrownBy(() -> OutputFile.write(notes, REPORT, false)).isInstanceOf(OutputRefusedException.class)
                .hasMessage("--out " + notes + ": exists and is not a Necessity output file; use --force to replace it, or name another file");
        assertThat(Files.readString(notes)).isEqualTo("Call Dr. Patel re: MRI before Friday.\n");

        OutputFile.write(notes, REPORT, true);
        assertThat(Files.readString(notes)).isEqualTo(REPORT);
    }

    @Test
    void everyReportFormatAndResultsFileIsRecognisedAsOurs() throws IOException {
        assertThat(ours("")).isTrue();
        assertThat(ours(REPORT)).isTrue();
        assertThat(ours("# Medical Necessity Assessment for Total knee arthroplasty (CPT 27447)\n")).isTrue();
        assertThat(ours("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Medical Necessity Assessment for X</title>")).isTrue();
        assertThat(ours("{\n  \"caseId\" : \"seed-l5s1-alif\",\n  \"outcome\" : \"NOT_MEDICALLY_NECESSARY\"")).isTrue();
        assertThat(ours("{\"error\":{\"code\":\"NEC-INTAKE-003\",\"message\":\"request.json: invalid JSON\"},\"caseDir\":\"a\"}\n")).isTrue();
        assertThat(ours("{\"name\": \"package.json\"}")).isFalse();
        assertThat(ours("<!DOCTYPE html><title>Team wiki</title>")).isFalse();
    }

    @Test
    void aNewFilesModeFollowsTheUmaskAndAReplacedFileKeepsItsMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("any-new-file"));
        Path out = dir.resolve("determination.txt");

        OutputFile.write(out, REPORT, false);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        OutputFile.write(out, REPORT + "changed\n", false);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    }

    private boolean ours(String content) throws IOException {
        return OutputFile.isNecessityOutput(Files.writeString(dir.resolve("sniffed"), content));
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
