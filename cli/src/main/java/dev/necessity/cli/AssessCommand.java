package dev.necessity.cli;

import dev.necessity.app.Pipeline;
import dev.necessity.app.output.ControlCharacters;
import dev.necessity.cli.output.OutputFile;
import dev.necessity.engine.trace.Determination;
import dev.necessity.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a case directory (request.json plus documents) and print the determination.")
final class AssessCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASE_DIR", description = "Directory holding request.json and the clinical documents.")
    Path caseDir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), markdown, json or html.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = {"Write the report to FILE instead of standard output (atomically: "
            + "a temporary file beside it, renamed when complete).",
            "Refuses a symbolic link, a device, and an existing file that is not a Necessity report."})
    Path out;

    @Option(names = "--force", description = "With --out: replace an existing file even when it is not a Necessity report.")
    boolean force;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        if (out != null) {
            OutputFile.checkTarget(out, force); // before the work, so a refusal costs nothing
        }
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new UsageException("--format '" + format + "' is not one of text, markdown, json, html"));
        Pipeline pipeline = new Pipeline(knowledge.load());
        Determination d = pipeline.assess(caseDir);
        String report = ControlCharacters.escape(f.render(d, pipeline.knowledge().sources()));
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
        } else {
            OutputFile.write(out, report, force);
        }
        return 0;
    }
}
