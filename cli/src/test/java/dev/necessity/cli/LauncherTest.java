package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./necessity launcher's own files (the run copy of the jar and the class-data archive) are
 * readable by whoever else runs the checkout, as the umask says: mktemp made the jar 0600 before.
 * Runs the real script against a built-looking checkout with a stand-in {@code java} that records
 * its arguments, so no build or JVM is needed.
 */
class LauncherTest {
    private static final Path SCRIPT = Examples.root().getParent().resolve("necessity");

    @TempDir
    Path tmp;

    @Test
    void theRunJarAndArchiveTakeTheUmasksModeNotMktemps() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.exists(Path.of("/bin/bash")));
        Path checkout = checkout();

        String log = launch(checkout, "022", "assess", "examples/l5-s1-alif");

        assertThat(log).contains("-jar " + checkout.resolve("cli/target/necessity-run.jar") + " assess examples/l5-s1-alif");
        assertThat(mode(checkout.resolve("cli/target/necessity-run.jar"))).isEqualTo("rw-r--r--");
        assertThat(mode(checkout.resolve("cli/target/necessity-run.jsa"))).isEqualTo("rw-r--r--");
        assertThat(leftovers(checkout)).isEmpty();
    }

    @Test
    void aStricterUmaskIsFollowedToo() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.exists(Path.of("/bin/bash")));
        Path checkout = checkout();

        launch(checkout, "027", "policies", "lint");

        assertThat(mode(checkout.resolve("cli/target/necessity-run.jar"))).isEqualTo("rw-r-----");
        assertThat(mode(checkout.resolve("cli/target/necessity-run.jsa"))).isEqualTo("rw-r-----");
    }

    @Test
    void synthRunsWithTheSynthJarBesideTheProductionJarAndNoArchive() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.exists(Path.of("/bin/bash")));
        Path checkout = checkout();
        Files.writeString(Files.createDirectories(checkout.resolve("synth/target")).resolve("necessity-synth.jar"), "the synth module's jar");

        String log = launch(checkout, "022", "synth", "--count", "1", "--out", "cases");

        // One JVM, for the command: the class-data archive is made for the production jar alone.
        assertThat(log.lines()).hasSize(1);
        assertThat(log).contains("-cp " + checkout.resolve("cli/target/necessity-run.jar") + ":" + checkout.resolve("synth/target/necessity-synth-run.jar")
                + " dev.necessity.cli.Main synth --count 1 --out cases");
        assertThat(mode(checkout.resolve("synth/target/necessity-synth-run.jar"))).isEqualTo("rw-r--r--");
        assertThat(checkout.resolve("cli/target/necessity-run.jsa")).doesNotExist();
    }

    @Test
    void aSynthJarOlderThanSourcesItDoesNotHoldIsNoReasonToBuild() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.exists(Path.of("/bin/bash")));
        Path checkout = checkout();
        Path synthJar = Files.writeString(Files.createDirectories(checkout.resolve("synth/target")).resolve("necessity-synth.jar"), "the synth module's jar");
        Path extractSource = Files.writeString(Files.createDirectories(checkout.resolve("extract/src/main/java")).resolve("Reader.java"), "class Reader {}");
        // The extractor changed after synth was last built, and the production jar was rebuilt since.
        Files.setLastModifiedTime(synthJar, FileTime.from(Instant.now().minusSeconds(300)));
        Files.setLastModifiedTime(extractSource, FileTime.from(Instant.now().minusSeconds(200)));
        Files.setLastModifiedTime(checkout.resolve("cli/target/necessity.jar"), FileTime.from(Instant.now().minusSeconds(100)));

        String log = launch(checkout, "022", "synth", "--count", "1", "--out", "cases");

        assertThat(Files.readString(tmp.resolve("launcher.out"))).doesNotContain("building");
        assertThat(log).contains("dev.necessity.cli.Main synth --count 1 --out cases");
    }

    @Test
    void everyOtherCommandRunsWithoutTheSynthJar() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.exists(Path.of("/bin/bash")));
        Path checkout = checkout();

        String log = launch(checkout, "022", "policies", "test");

        assertThat(log).contains("-jar " + checkout.resolve("cli/target/necessity-run.jar") + " policies test").doesNotContain("synth");
        assertThat(checkout.resolve("synth")).doesNotExist();
    }

    private Path checkout() throws IOException {
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(SCRIPT, checkout.resolve("necessity"));
        Path target = Files.createDirectories(checkout.resolve("cli/target"));
        Files.writeString(target.resolve("necessity.jar"), "a jar built by mvn package");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // A stand-in for java: logs its arguments; asked for a class-data archive, writes one 0600
        // (the strictest a JVM might choose), which the launcher must open up to the umask.
        Path java = Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) f="${a#-XX:ArchiveClassesAtExit=}"; (umask 077; echo archive > "$f");; esac
                done
                echo "java $*" >> "$FAKE_JAVA_LOG"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return checkout;
    }

    private String launch(Path checkout, String umask, String... args) throws Exception {
        Path log = tmp.resolve("java.log");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", "umask " + umask + "; exec ./necessity \"$@\"", "necessity");
        pb.command().addAll(java.util.List.of(args));
        pb.directory(checkout.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("launcher.out").toFile());
        pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("FAKE_JAVA_LOG", log.toString());
        pb.environment().remove("NECESSITY_CDS");
        Process p = pb.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("launcher.out"))).isZero();
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static java.util.List<String> leftovers(Path checkout) throws IOException {
        try (var s = Files.list(checkout.resolve("cli/target"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
