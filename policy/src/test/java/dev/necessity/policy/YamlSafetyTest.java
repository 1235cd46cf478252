package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.lint;
import static dev.necessity.policy.OverlayFiles.shipped;
import static dev.necessity.policy.OverlayFiles.with;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge file that is malformed, hostile or oversized is a problem naming the file (and the
 * line and column where SnakeYAML knows them), never an exception reaching the user as exit 1.
 */
class YamlSafetyTest {

    @TempDir
    Path overlay;

    private static String describe(List<PolicyProblem> problems) {
        return problems.toString();
    }

    @Test
    void aLatin1CharacterInAPolicyNamesItsLineAndColumnInsteadOfInputLength() {
        String fusion = with(shipped("lumbar-fusion"), "title: Lumbar spinal fusion\n", "title: Lumbar spinal fusion (r\u00e9vis\u00e9e)\n");
        Path file = write(overlay, "lumbar-fusion", fusion.getBytes(StandardCharsets.ISO_8859_1));

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo("NEC-KB-005");
        assertThat(problems.get(0).toString()).startsWith(KnowledgeLoader.displayName(file) + ":" + lineOf(file, "title:")
                + ":31: not valid UTF-8 text (byte 0xE9 at offset ").endsWith("); save the file as UTF-8");
        assertThat(describe(problems)).doesNotContain("Input length");
    }

    @Test
    void aKeyWrittenTwiceIsAProblemRatherThanTheLaterSilentlyWinning() {
        Path file = write(overlay, "lumbar-fusion", with(shipped("lumbar-fusion"), fusionVersionLine(),
                "version: \"2026.11.1\"\nversion: \"2027.01.0\"\n"));

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + (lineOf(file, "version:") + 1) + ":1: duplicate key 'version' (first at line " + lineOf(file, "version:") + ")");
    }

    @Test
    void aListUsedAsAKeyIsAProblem() {
        write(overlay, "lumbar-fusion", with(shipped("lumbar-fusion"), fusionVersionLine(), "version: \"2026.11.1\"\n? [a, b]\n: c\n"));

        assertThat(lint(overlay)).extracting(PolicyProblem::message).containsExactly("a key must be plain text, not a list or mapping");
    }

    @Test
    void anAliasBombIsStoppedAtTheAliasLimit() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "a" : "b" + (i - 1);
            bomb.append("b").append(i).append(": &b").append(i).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append("]\n");
        }
        Path file = write(overlay, "lumbar-fusion", bomb.toString());

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file)
                + ":1:1: more than 10 aliases of lists or mappings, the limit for a knowledge file");
    }

    @Test
    void anAliasInsideWhatItNamesIsAProblemNotAStackOverflow() {
        Path file = write(overlay, "lumbar-fusion", with(shipped("lumbar-fusion"), fusionVersionLine(),
                "version: \"2026.11.1\"\nx-loop: &loop [ \"22558\", *loop ]\n"));

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "x-loop") + ":9: an alias refers to a list or mapping that contains it; knowledge files cannot be recursive");
    }

    @Test
    void nestingBeyondTheLimitIsAProblem() {
        write(overlay, "lumbar-fusion", "criteria: " + "[".repeat(60) + "]".repeat(60) + "\n");

        assertThat(lint(overlay)).extracting(PolicyProblem::message)
                .containsExactly("lists and mappings nested more than 50 deep, the limit for a knowledge file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = write(overlay, "lumbar-fusion", shipped("lumbar-fusion"));
        try (RandomAccessFile grown = new RandomAccessFile(file.toFile(), "rw")) {
            grown.setLength(64L * 1024 * 1024);
        }

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file)
                + ":1:1: 67,108,864 bytes, over the 1 MB limit for a knowledge file");
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertThat(List.of(YamlTree.MAX_CODE_POINTS, YamlTree.MAX_NESTING_DEPTH, YamlTree.MAX_ALIASES))
                .containsExactly(1024 * 1024, 50, 10);
    }

    /** The shipped fusion policy's version line, whatever its version, so these tests need no edit when it is bumped. */
    private static String fusionVersionLine() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^version: \"[^\"]+\"\n").matcher(shippedText());
        if (!m.find()) {
            throw new IllegalStateException("the shipped lumbar-fusion policy has no version line");
        }
        return m.group();
    }

    private static String shippedText() {
        try {
            return shipped("lumbar-fusion");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
