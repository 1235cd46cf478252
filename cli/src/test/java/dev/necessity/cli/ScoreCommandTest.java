package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code necessity score} prints the scorer's tallies and, asked, each line it got wrong. */
class ScoreCommandTest {

    private static Path copyOfSeed(Path root, String name, String expected) throws IOException {
        Path dir = Examples.copy("l5-s1-alif", root.resolve(name));
        Files.writeString(dir.resolve("expected.yaml"), expected);
        return dir;
    }

    @Test
    void theCommandPrintsTheTalliesAndEachWrongLine(@TempDir Path tmp) throws IOException {
        copyOfSeed(tmp, "seed-expected-approved", "lines: { 1: MEDICALLY_NECESSARY, 2: MEDICALLY_NECESSARY }\n");

        CommandLineTest.Run r = CommandLineTest.run("score", tmp.toString(), "--errors");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("WRONG seed-expected-approved line 1 22558: expected MEDICALLY_NECESSARY, got NOT_MEDICALLY_NECESSARY")
                .contains("lines right: 0 of 2 (0.0 %)").contains("cases right: 0 of 1")
                .contains("emergencies recommended NOT_MEDICALLY_NECESSARY against expectation: 0");
    }

    @Test
    void aRootWithoutCasesIsBadInput(@TempDir Path tmp) {
        CommandLineTest.Run r = CommandLineTest.run("score", tmp.toString());

        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no case directories with request.json and expected.yaml");
    }
}
