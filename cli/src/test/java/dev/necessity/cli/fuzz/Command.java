package dev.necessity.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.necessity.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A command a user runs on a case, run in-process through {@link Main#run} (the real entry point:
 * picocli, the error handler, the escaping writers) under a watchdog. The watchdog's bound is a
 * hang detector, not a performance assertion: a case that takes a hundred times its usual
 * milliseconds is a bug worth a look, but only one that never answers fails here.
 */
enum Command {
    ASSESS_TEXT("assess"), ASSESS_JSON("assess", "--format", "json"), ASSESS_MARKDOWN("assess", "--format", "markdown"),
    ASSESS_HTML("assess", "--format", "html"), ASSESS_TO_FILE("assess", "--format", "json"), EXTRACT("extract"),
    EXTRACT_JSON("extract", "--format", "json");

    /** Generous: the slowest seed case takes well under a second once the JVM is warm. */
    static final Duration HANG_BOUND = Duration.ofSeconds(60);
    static final String REPORT_FILE = "report.json";

    private final List<String> words;

    Command(String... words) {
        this.words = List.of(words);
    }

    /** What a run printed and returned. */
    record Run(List<String> args, int status, String out, String err) {
    }

    Run run(Trial t) {
        List<String> args = new ArrayList<>(words);
        args.add(1, t.argument.toString());
        if (this == ASSESS_TO_FILE) {
            args.add("--out");
            args.add(t.out.resolve(REPORT_FILE).toString());
        }
        return run(args);
    }

    boolean writesFile() {
        return this == ASSESS_TO_FILE;
    }

    boolean extracts() {
        return this == EXTRACT || this == EXTRACT_JSON;
    }

    static Run run(List<String> args) {
        return assertTimeoutPreemptively(HANG_BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            return new Run(List.copyOf(args), status, out.toString(), err.toString());
        }, () -> "no answer within " + HANG_BOUND.toSeconds() + " s (a hang): necessity " + String.join(" ", args));
    }

    static Path reportIn(Trial t) {
        return t.out.resolve(REPORT_FILE);
    }
}
