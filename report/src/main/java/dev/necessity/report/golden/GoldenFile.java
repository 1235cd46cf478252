package dev.necessity.report.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed file holding the exact output something must produce (a report, a lint listing), in
 * the manner of cel-java's baselines: output is compared with it byte for byte, a difference is
 * shown as a unified diff, and an accepted change is written back and reviewed as a diff in version
 * control. Output is UTF-8; the file is never normalised (line endings, trailing space), since the
 * bytes are what a user receives.
 *
 * @param path where the file lives
 * @param name how to name it to a person (a path relative to the repository or the knowledge directory)
 */
public record GoldenFile(Path path, String name) {
    /**
     * The build's switch for golden tests: {@code mvn verify -Dnecessity.golden.update=true} rewrites
     * every golden file that differs instead of failing.
     */
    public static final String UPDATE_PROPERTY = "necessity.golden.update";
    /** Lines of diff shown for one file: enough to see the first few changes, short enough to read. */
    private static final int DIFF_LINES = 60;

    public GoldenFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this run of the build was asked to rewrite golden files ({@link #UPDATE_PROPERTY}). */
    public static boolean updateRequested() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * Why {@code actual} is not the file's content: that the file is missing, or the first differing
     * line and a unified diff (expected lines '-', actual lines '+'). Empty when the bytes are equal.
     */
    public Optional<String> mismatch(String actual) {
        if (!Files.isRegularFile(path)) {
            return Optional.of(name + " is missing");
        }
        byte[] expected = read();
        if (Arrays.equals(expected, actual.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        String expectedText = new String(expected, StandardCharsets.UTF_8);
        String diff = UnifiedDiff.of(name, expectedText, "this build's output", actual, DIFF_LINES);
        return Optional.of(name + " differs from this build's output, first at line "
                + UnifiedDiff.firstDifferingLine(expectedText, actual) + ":\n" + diff.stripTrailing());
    }

    /** Writes {@code actual} as the file's content when it differs (creating its directory); true when it changed. */
    public boolean update(String actual) {
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(path) && Arrays.equals(read(), bytes)) {
            return false;
        }
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.write(path, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For tests: {@link #update} when {@link #updateRequested()}, else {@link #mismatch}. The failure
     * message, if any, ends with how to accept the change.
     */
    public Optional<String> check(String actual) {
        if (updateRequested()) {
            update(actual);
            return Optional.empty();
        }
        return mismatch(actual).map(m -> m + "\nIf the change is intended, rewrite the golden files with -D" + UPDATE_PROPERTY
                + "=true and review them with git diff.");
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
