package dev.necessity.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code necessity synth}. A development command: the production jar does not hold this module,
 * and the command line adds the command when it finds it on the class path, registered as a
 * {@code java.util.concurrent.Callable} service (so neither module compiles against the other).
 * The launcher puts it there for {@code ./necessity synth}; the command's streams are the command
 * line's own, so its output is escaped like every other.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write N deterministic synthetic cases (documents, request.json, expected.yaml) for load and regression tests.")
public final class SynthCommand implements Callable<Integer> {
    /** The command line's status for bad input or usage. */
    private static final int BAD_INPUT = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Option(names = "--policy", paramLabel = "ID", split = ",",
            description = "Only cases for these policies (repeat or comma-separate); default: every policy with a scenario.")
    List<String> policies = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            return usage("--count must be at least 1");
        }
        try {
            new Synthesizer().write(out, count, seed, policies);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        // Through the command's stream, which escapes control characters like every other output.
        spec.commandLine().getErr().println("wrote " + count + " cases to " + out);
        return 0;
    }

    /** One line, as the command line words a usage error, and its status. */
    private int usage(String message) {
        spec.commandLine().getErr().println("necessity: " + message);
        return BAD_INPUT;
    }
}
