package dev.necessity.cli;

import dev.necessity.app.Pipeline;
import dev.necessity.app.score.BlindScore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score the engine on cases with expected line outcomes written without it (e.g. eval/blind/dev): "
                + "lines right, cases right, emergencies recommended not medically necessary, by policy, expected outcome and class.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASES_ROOT", description = "A directory; every directory under it holding request.json and expected.yaml is a case.")
    Path root;

    @Option(names = "--errors", description = "List every line the engine got wrong, with its reason.")
    boolean errors;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        PoliciesCommand.directory(root);
        BlindScore.Report report = new BlindScore(new Pipeline(knowledge.load())).run(root);
        PrintWriter out = spec.commandLine().getOut();
        if (report.cases().isEmpty()) {
            throw new UsageException(root + ": no case directories with request.json and expected.yaml under it");
        }
        for (BlindScore.CaseScore c : report.cases()) {
            if (c.error() != null) {
                out.println("ERROR " + c.name() + ": " + c.error());
            } else if (errors && !c.right()) {
                for (BlindScore.LineScore l : c.lines()) {
                    if (!l.right()) {
                        out.println("WRONG " + c.name() + " line " + l.sequence() + " " + l.code() + ": expected " + l.expected()
                                + ", got " + l.actual() + " (" + l.summary() + ")");
                    }
                }
            }
        }
        out.printf("lines right: %d of %d (%.1f %%)%n", report.linesRight(), report.lines(), 100 * report.lineAccuracy());
        out.printf("cases right: %d of %d%n", report.casesRight(), report.cases().size());
        List<BlindScore.CaseScore> denied = report.emergenciesDenied();
        out.println("emergencies recommended NOT_MEDICALLY_NECESSARY against expectation: " + denied.size()
                + (denied.isEmpty() ? "" : " (" + String.join(", ", denied.stream().map(BlindScore.CaseScore::name).toList()) + ")"));
        table(out, "by policy", report.tally((c, l) -> List.of(l.policyId() == null ? "(none)" : l.policyId())));
        table(out, "by expected outcome", report.tally((c, l) -> List.of(l.expected())));
        table(out, "by class", report.tally((c, l) -> c.classes()));
        return 0;
    }

    private static void table(PrintWriter out, String title, Map<String, long[]> rows) {
        out.println(title + ":");
        rows.forEach((k, t) -> out.printf("  %-28s %3d of %3d%n", k, t[0], t[1]));
    }
}
