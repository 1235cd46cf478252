package dev.necessity.scoring;

import dev.necessity.app.KnowledgeDirectories;
import dev.necessity.app.Pipeline;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.scoring.blind.BlindScore;
import dev.necessity.scoring.corpus.DevSet;
import dev.necessity.scoring.corpus.LabelFormatException;
import dev.necessity.scoring.corpus.ScoreTable;
import dev.necessity.scoring.corpus.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code necessity score}: the engine on cases whose expected line outcomes were written without it
 * ({@code eval/blind}), or with {@code --labels} the extractor on the hand-labelled corpus. A
 * development command: the production jar does not hold it; the launcher puts this module's jar
 * beside that one, where the command line finds it as a {@code Callable} service.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score the engine on cases with expected line outcomes written without it (e.g. eval/blind/dev): "
                + "lines right, cases right, emergencies recommended not medically necessary, by policy, expected outcome and class.",
                "With --labels LABELS: the precision and recall of the extractor on a hand-labelled development set."})
public final class ScoreCommand implements Callable<Integer> {
    private static final int BAD_INPUT = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASES_ROOT", arity = "0..1",
            description = "A directory; every directory under it holding request.json and expected.yaml is a case.")
    Path root;

    @Option(names = "--labels", paramLabel = "LABELS",
            description = "Score the extractor against a labels file (extract/src/test/resources/corpus/labels.tsv) and print the table.")
    Path labels;

    @Option(names = "--errors", description = "List every line (or, with --labels, every finding) the engine got wrong, with its reason.")
    boolean errors;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A knowledge directory (sources.yaml, policies/<id>/policy.yaml) overlaid on the built-in one; repeatable.")
    List<Path> overlays = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (labels != null && root != null) {
            return usage("give CASES_ROOT or --labels LABELS, not both");
        }
        if (labels != null) {
            return corpus();
        }
        if (root == null) {
            return usage("missing CASES_ROOT (or --labels LABELS)");
        }
        if (!Files.isDirectory(root)) {
            return usage(root + ": not a directory");
        }
        Pipeline pipeline;
        try {
            pipeline = new Pipeline(KnowledgeDirectories.load(System.getenv(KnowledgeDirectories.ENVIRONMENT), overlays));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        BlindScore.Report report = new BlindScore(pipeline).run(root);
        if (report.cases().isEmpty()) {
            return usage(root + ": no case directories with request.json and expected.yaml under it");
        }
        PrintWriter out = spec.commandLine().getOut();
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

    private int corpus() throws IOException {
        ScoreTable table;
        try {
            table = new Scorer(new ClinicalExtractor()).score(DevSet.load(labels));
        } catch (LabelFormatException e) {
            return usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Development set " + labels + ": " + table.documents() + " documents");
        out.println();
        out.print(table.markdown());
        if (errors) {
            out.println();
            table.errors().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, String title, Map<String, long[]> rows) {
        out.println(title + ":");
        rows.forEach((k, t) -> out.printf("  %-28s %3d of %3d%n", k, t[0], t[1]));
    }

    /** One line, as the command line words a usage error, and its status. */
    private int usage(String message) {
        spec.commandLine().getErr().println("necessity: " + message);
        return BAD_INPUT;
    }
}
