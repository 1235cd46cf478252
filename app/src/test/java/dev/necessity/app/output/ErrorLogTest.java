package dev.necessity.app.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error log is the user's own, private, and never written through a planted link. */
class ErrorLogTest {
    @TempDir
    Path tmp;

    private final IllegalStateException failure = new IllegalStateException("criterion tree lost its root");

    private static Properties home(String home) {
        Properties p = new Properties();
        p.setProperty("user.home", home);
        return p;
    }

    @Test
    void theLogLivesInTheUsersStateDirectoryNotInTmp() {
        assertThat(ErrorLog.directory(Map.of(), home("/home/reviewer"))).isEqualTo(Path.of("/home/reviewer/.local/state/necessity"));
        assertThat(ErrorLog.directory(Map.of("XDG_STATE_HOME", "/srv/state"), home("/home/reviewer"))).isEqualTo(Path.of("/srv/state/necessity"));
        // The XDG base directory specification ignores a relative XDG_STATE_HOME.
        assertThat(ErrorLog.directory(Map.of("XDG_STATE_HOME", "state"), home("/home/reviewer"))).isEqualTo(Path.of("/home/reviewer/.local/state/necessity"));
        assertThat(ErrorLog.directory(Map.of("NECESSITY_LOG_DIR", "/var/log/necessity", "XDG_STATE_HOME", "/srv/state"), home("/home/reviewer")))
                .isEqualTo(Path.of("/var/log/necessity"));
        Properties tests = home("/home/reviewer");
        tests.setProperty(ErrorLog.DIRECTORY_PROPERTY, "/build/test-log");
        assertThat(ErrorLog.directory(Map.of("NECESSITY_LOG_DIR", "/var/log/necessity"), tests)).isEqualTo(Path.of("/build/test-log"));
    }

    @Test
    void testsLogIntoTheirBuildDirectory() {
        // Set by app/pom.xml and cli/pom.xml for every test JVM, so no test appends to the user's real log.
        assertThat(System.getProperty(ErrorLog.DIRECTORY_PROPERTY)).isNotBlank().contains("target");
        assertThat(ErrorLog.directory(System.getenv(), System.getProperties()).toString()).contains("target");
    }

    @Test
    void aNewLogDirectoryIs0700AndItsFile0600() throws IOException {
        assumeTrue(posix());
        Path dir = tmp.resolve("state/necessity");

        String where = ErrorLog.write(failure, dir);

        Path log = dir.resolve(ErrorLog.FILE);
        assertThat(where).isEqualTo("stack trace in " + log);
        assertThat(Files.readString(log)).contains("IllegalStateException: criterion tree lost its root").contains("\tat ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }

    @Test
    void aLogLeftReadableByOthersIsMadePrivate() throws IOException {
        assumeTrue(posix());
        Path dir = Files.createDirectories(tmp.resolve("necessity"));
        Path log = Files.writeString(dir.resolve(ErrorLog.FILE), "earlier entry\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        ErrorLog.write(failure, dir);

        assertThat(Files.readString(log)).startsWith("earlier entry\n").contains("criterion tree lost its root");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }

    @Test
    void aLinkPlantedWhereTheLogGoesIsNotFollowed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("necessity"));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "the attacker wants this appended to\n");
        link(dir.resolve(ErrorLog.FILE), victim);

        String where = ErrorLog.write(failure, dir);

        assertThat(where).startsWith("no log: ").contains("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("the attacker wants this appended to\n");
    }

    @Test
    void aLinkPlantedAsTheLogDirectoryIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path dir = tmp.resolve("necessity");
        link(dir, elsewhere);

        String where = ErrorLog.write(failure, dir);

        assertThat(where).startsWith("no log: ").contains("symbolic link");
        assertThat(elsewhere).isEmptyDirectory();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
