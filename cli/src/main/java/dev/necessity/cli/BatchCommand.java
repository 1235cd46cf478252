package dev.necessity.cli;

import dev.necessity.cli.batch.BatchRunner;
import dev.necessity.cli.batch.CaseDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assess every case directory under CASES_ROOT in parallel, one JSON line per case.",
                "Resumable: rerun with the same arguments after an interruption and it finishes the rest."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASES_ROOT")
    Path root;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer jobs;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(root)) {
            throw new UsageException(root + ": not a directory");
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        if (CaseDirectories.list(root).isEmpty()) {
            throw new UsageException("no case directories found under " + root + " (a case directory holds request.json)");
        }
        BatchRunner.Outcome o = new BatchRunner(new Pipeline(knowledge.load()), n)
                .run(root, out, spec.commandLine().getErr(), System.console() != null);
        var err = spec.commandLine().getErr();
        if (o.skipped() > 0) {
            err.println("resumed: " + o.skipped() + " cases were already in " + out);
        }
        err.print(o.summary().render(o.throughput()));
        err.flush();
        return 0;
    }
}
