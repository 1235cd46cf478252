package dev.necessity.cli;

import dev.necessity.cli.synth.Synthesizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write N deterministic synthetic cases (documents, request.json, expected.yaml) for load and regression tests.")
final class SynthCommand implements Callable<Integer> {
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
            throw new UsageException("--count must be at least 1");
        }
        try {
            new Synthesizer().write(out, count, seed, policies);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // Through the command's stream, which escapes control characters like every other output.
        spec.commandLine().getErr().println("wrote " + count + " cases to " + out);
        return 0;
    }
}
