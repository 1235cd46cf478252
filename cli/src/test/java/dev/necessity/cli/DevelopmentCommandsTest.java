package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synth} is a development command: with the synth module on the class path (as
 * {@code ./necessity synth} runs it, and as these tests run) it is a command like the others;
 * without it (the production jar) the command line says where it is instead of failing to parse.
 */
class DevelopmentCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void withTheSynthModuleOnTheClassPathSynthWritesCases() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("synth", "--count", "3", "--out", tmp.resolve("cases").toString(), "--seed", "5");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo("wrote 3 cases to " + tmp.resolve("cases") + System.lineSeparator());
        assertThat(Files.readString(tmp.resolve("cases/synth-000002/expected.yaml"))).contains("outcome: ");
        assertThat(CommandLineTest.run("--help").out()).contains("synth");
    }

    @Test
    void synthsUsageErrorsAreOneLineAndStatusTwoLikeEveryCommands() {
        CommandLineTest.Run r = CommandLineTest.run("synth", "--count", "0", "--out", tmp.toString());

        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEqualTo("necessity: --count must be at least 1" + System.lineSeparator());
    }

    @Test
    void withoutTheSynthModuleTheCommandLineSaysWhereSynthIs() throws Exception {
        Process synth = withoutSynth("synth", "--count", "1", "--out", tmp.resolve("cases").toString());

        assertThat(synth.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(synth.exitValue()).isEqualTo(Main.BAD_INPUT);
        assertThat(new String(synth.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("necessity: synth is a development command, not part of this jar; run ./necessity synth in a checkout\n");
        assertThat(tmp.resolve("cases")).doesNotExist();

        Process help = withoutSynth("--help");
        assertThat(help.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("assess")
                .doesNotContain("synth").doesNotContainPattern("(?m)^\\s+score\\b");
    }

    @Test
    void withoutTheScoringModuleTheCommandLineSaysWhereScoreIs() throws Exception {
        Process score = withoutSynth("score", "--labels", "labels.tsv");

        assertThat(score.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(score.exitValue()).isEqualTo(Main.BAD_INPUT);
        assertThat(new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("necessity: score is a development command, not part of this jar; run ./necessity score in a checkout\n");
    }

    /** The command line in a JVM of its own, on this test's class path less the development modules (synth, scoring). */
    private Process withoutSynth(String... args) throws IOException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !isSynthModule(Path.of(entry))).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** {synth,scoring}/target/classes in a reactor build, necessity-{synth,scoring}-*.jar when resolved from a repository. */
    private static boolean isSynthModule(Path entry) {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        return name.startsWith("necessity-synth") || name.startsWith("necessity-scoring")
                || entry.endsWith(Path.of("synth", "target", "classes")) || entry.endsWith(Path.of("scoring", "target", "classes"));
    }
}
