package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.lint;
import static dev.necessity.policy.OverlayFiles.shipped;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge file in a malformed encoding is one {@code file:line:col} problem at the first bad
 * byte. Java's decoder called the same file {@code cannot read: Input length = 3} (its state after
 * a three-byte sequence it rejects, such as an encoded surrogate), which names neither the place
 * nor the fix (issue 13).
 */
class KnowledgeEncodingTest {

    @TempDir
    Path overlay;

    private static byte[] spliced(String text, String after, byte... inserted) {
        int at = text.indexOf(after) + after.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inserted);
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void anEncodedSurrogateInAPolicyIsOneProblemAtItsLineAndColumn() {
        String fusion = shipped("lumbar-fusion");
        Path file = write(overlay, "lumbar-fusion", spliced(fusion, "title: ", (byte) 0xED, (byte) 0xA0, (byte) 0x80));
        int offset = fusion.substring(0, fusion.indexOf("title: ") + "title: ".length()).getBytes(StandardCharsets.UTF_8).length;

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "title: ") + ":8: not valid UTF-8 text (byte 0xED at offset " + String.format("%,d", offset)
                + "); save the file as UTF-8");
        assertThat(problems.get(0).code()).isEqualTo("NEC-KB-005");
        assertThat(problems.toString()).doesNotContain("Input length").doesNotContain("cannot read");
    }

    @Test
    void aSourcesFileCutInsideACharacterIsOneProblemAtItsEnd() throws IOException {
        Path sources = overlay.resolve("sources.yaml");
        Files.write(sources, spliced("sources:\n  - id: x\n    title: Caf", "Caf", (byte) 0xC3));

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(sources)
                + ":3:15: not valid UTF-8 text (byte 0xC3 at offset 33); save the file as UTF-8");
    }

    @Test
    void aPolicySavedAsUtf16IsOneProblemAtItsFirstByte() {
        Path file = write(overlay, "lumbar-fusion", shipped("lumbar-fusion").getBytes(StandardCharsets.UTF_16));

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file)
                + ":1:1: not valid UTF-8 text (byte 0xFE at offset 0); save the file as UTF-8");
    }
}
