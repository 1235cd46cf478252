package dev.necessity.cli;

import dev.necessity.cli.synth.Synthesizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write N deterministic synthetic cases (documents, request.json, expected.yaml) for load and regression tests.")
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--count", required = true, paramLabel = "N")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new UsageException("--count must be at least 1");
        }
        new Synthesizer().write(out, count, seed);
        System.err.println("wrote " + count + " cases to " + out);
        return 0;
    }
}
