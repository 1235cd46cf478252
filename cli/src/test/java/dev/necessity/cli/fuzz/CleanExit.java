package dev.necessity.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.necessity.app.output.ErrorLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every fuzzed run must show, whatever the input: exit status 0 or 2; on failure one plain
 * line on standard error naming the problem (no stack trace, no Java class name, no decoder state);
 * no control character on either stream; and no file created, changed or removed anywhere in the
 * trial's area except the report the command was asked to write.
 */
final class CleanExit {
    /** Marks of a stack trace or of Java's own wording reaching the user. */
    static final List<String> LEAKS = List.of("at dev.necessity", "\tat ", "Exception", "java.lang.", "java.nio.", "java.io.",
            "java.util.", "com.fasterxml", "org.yaml", "picocli.", "Input length =", "internal error", "StreamReadConstraints", "[Source:",
            "REDACTED", "StreamReadFeature", "JsonReadFeature", "Feature '", "char #");

    private CleanExit() {
    }

    /** The run's exit status and streams, then the trial's files against {@code before}. */
    static void check(Command.Run r, Command c, Trial t, Map<String, String> before) {
        checkStreams(r, c.extracts());
        Map<String, String> after = new TreeMap<>(t.snapshot());
        if (c.writesFile() && r.status() == 0) {
            String report = after.remove("out/" + Command.REPORT_FILE);
            assertThat(report).as("%s\nexit 0 but no report written", r.args()).isNotNull().startsWith("file");
            assertThat(readReport(t)).as("the report file").isNotBlank();
        }
        assertThat(after).as("%s\nfiles changed by the run (only out/%s may appear)", r.args(), Command.REPORT_FILE)
                .isEqualTo(before);
    }

    /** Exit status, one clear line on failure, no leak of Java on either stream. */
    static void checkStreams(Command.Run r, boolean severalLinesAllowed) {
        String context = describe(r);
        if (r.status() != 0 && r.status() != 2) {
            fail("exit status " + r.status() + " (expected 0 or 2)\n" + context + "\nlast entry of the error log:\n" + lastLogEntry());
        }
        for (String leak : LEAKS) {
            assertThat(r.err()).as("standard error shows '%s'\n%s", leak, context).doesNotContain(leak);
            assertThat(r.out()).as("standard output shows '%s'\n%s", leak, context).doesNotContain(leak);
        }
        assertNoControlCharacters(r.out(), "standard output", context);
        assertNoControlCharacters(r.err(), "standard error", context);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        if (r.status() == 0) {
            assertThat(lines).as("standard error after exit 0\n%s", context).isEmpty();
            return;
        }
        if (severalLinesAllowed) {
            assertThat(lines).as("standard error after exit 2\n%s", context).isNotEmpty();
        } else {
            assertThat(lines).as("standard error after exit 2 must be one line\n%s", context).hasSize(1);
            assertThat(r.out()).as("standard output after exit 2\n%s", context).isEmpty();
        }
        for (String line : lines) {
            assertThat(line).as("an error line\n%s", context).startsWith("necessity: ").doesNotEndWith(": null")
                    .hasSizeGreaterThan("necessity: ".length() + 10).hasSizeLessThan(2_000);
        }
    }

    static void assertNoControlCharacters(String text, String stream, String context) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = ch < 0x20 ? ch != '\n' && ch != '\t' : ch >= 0x7f && ch <= 0x9f;
            if (control) {
                fail(String.format("%s holds control character U+%04X at %d\n%s", stream, (int) ch, i, context));
            }
        }
    }

    static String describe(Command.Run r) {
        return "necessity " + String.join(" ", r.args()) + "\nexit " + r.status() + "\nstderr: " + FuzzProperty.abbreviated(r.err())
                + "\nstdout (start): " + r.out().substring(0, Math.min(400, r.out().length()));
    }

    private static String readReport(Trial t) {
        try {
            String report = Files.readString(Command.reportIn(t));
            JsonTree.JSON.readTree(report);
            return report;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the report written with --out is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AssertionError("the report written with --out cannot be read: " + e);
        }
    }

    /** The end of the error log, where an internal error's stack trace went. */
    static String lastLogEntry() {
        Path log = ErrorLog.directory(System.getenv(), System.getProperties()).resolve(ErrorLog.FILE);
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 6_000));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
