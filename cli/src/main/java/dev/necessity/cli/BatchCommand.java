package dev.necessity.cli;

import dev.necessity.app.Pipeline;
import dev.necessity.app.batch.BatchRunner;
import dev.necessity.app.batch.CaseDirectories;
import dev.necessity.app.batch.ResultsWriteException;
import dev.necessity.app.output.FileProblems;
import dev.necessity.cli.batch.BudgetConverter;
import dev.necessity.cli.batch.Progress;
import dev.necessity.cli.batch.ResultsFile;
import dev.necessity.cli.output.OutputRefusedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code necessity batch}. Exit status: 0 when every case in the results file has a
 * determination; 1 when the run finished but some cases are error lines (bad input, an
 * unsearchable directory, over the time budget, out of memory, a crash), this run's or an
 * earlier one's; 2 when the run could not start or go on (usage, no cases, an output that is
 * refused, locked or cannot be written).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assess every case directory under CASES_ROOT (any depth, through symbolic links) in parallel, one JSON line per case.",
                "Resumable: rerun with the same arguments after an interruption and it finishes the rest.",
                "Exit status: 0 every case has a determination; 1 some cases are error lines in the results; 2 usage, no cases, or an output that cannot be used."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "CASES_ROOT")
    Path root;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl",
            description = "The results file: created, or resumed when it holds results; refused when it is another kind of file.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file even when it is not a Necessity results file.")
    boolean force;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer jobs;

    @Option(names = "--case-timeout", paramLabel = "TIME", defaultValue = "30s", converter = BudgetConverter.class,
            description = "Time budget per case (default: ${DEFAULT-VALUE}; e.g. 500ms, 2m); a case over it is an error line and the run goes on.")
    Duration caseTimeout;

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
        PrintWriter err = spec.commandLine().getErr();
        // The clock starts before the cases are listed: on a cold file cache, walking 100,000 case
        // directories takes a while, and it is part of the run.
        long start = System.nanoTime();
        CaseDirectories.Listing listing = CaseDirectories.find(root);
        if (listing.cases().isEmpty()) {
            listing.problems().forEach(p -> err.println("necessity: " + p.message()));
            throw new UsageException("no case directories found under " + root + " (a case directory holds request.json)");
        }
        PrintWriter progress = main == null || main.controlErr() == null ? err : main.controlErr();
        BatchRunner runner = new BatchRunner(new Pipeline(knowledge.load()), n, caseTimeout);
        BatchRunner.Outcome o;
        try (ResultsFile results = ResultsFile.open(out, force)) {
            listing.problems().forEach(p -> err.println("necessity: " + p.message()));
            o = runner.run(root, listing, start, results, new Progress(progress, System.console() != null, listing.cases().size()));
        } catch (ResultsWriteException e) {
            throw new OutputRefusedException("cannot write results: " + FileProblems.describe(e.getCause())
                    + "; rerun the same command to finish the rest", e.getCause());
        }
        if (o.skipped() > 0) {
            err.println("resumed: " + o.skipped() + " cases were already in " + out);
        }
        err.print(o.summary().render(o.throughput()));
        if (o.anyCaseFailed()) {
            err.println((o.errors() + o.earlierErrors()) + " cases have no determination: their lines in " + out
                    + " hold \"error\" with a code and the reason" + (o.earlierErrors() > 0 ? " (" + o.earlierErrors() + " from an earlier run)" : ""));
        }
        err.flush();
        return o.anyCaseFailed() ? 1 : 0;
    }
}
