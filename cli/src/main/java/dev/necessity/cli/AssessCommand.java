package dev.necessity.cli;

import dev.necessity.engine.Determination;
import dev.necessity.report.ReportFormat;
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

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new UsageException("--format '" + format + "' is not one of text, markdown, json, html"));
        Pipeline pipeline = new Pipeline(knowledge.load());
        Determination d = pipeline.assess(caseDir);
        OutputTarget.write(f.render(d, pipeline.knowledge().sources()), out, spec.commandLine().getOut());
        return 0;
    }
}
