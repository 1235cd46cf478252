package dev.necessity.cli;

import dev.necessity.app.impact.ImpactAnalysis;
import dev.necessity.policy.KnowledgeLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Replay a corpus under two knowledge-base versions and report which determinations change.")
final class ImpactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--knowledge-a", required = true, paramLabel = "DIR", description = "Version A, overlaid on the built-in knowledge base.")
    Path knowledgeA;

    @Option(names = "--knowledge-b", required = true, paramLabel = "DIR", description = "Version B, overlaid on the built-in knowledge base.")
    Path knowledgeB;

    @Option(names = "--examples", defaultValue = "5", paramLabel = "N", description = "Example cases listed per change (default 5).")
    int examples;

    @Parameters(paramLabel = "CASES_ROOT")
    Path root;

    @Override
    public Integer call() {
        for (Path p : List.of(knowledgeA, knowledgeB, root)) {
            if (!Files.isDirectory(p)) {
                throw new UsageException(p + ": not a directory");
            }
        }
        ImpactAnalysis.Result r = new ImpactAnalysis(KnowledgeLoader.withOverlays(List.of(knowledgeA)),
                KnowledgeLoader.withOverlays(List.of(knowledgeB)), examples).run(root);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d cases replayed; %d determinations change between A (%s) and B (%s)%s%n", r.cases(), r.changed(),
                knowledgeA, knowledgeB, r.unreadable() > 0 ? "; " + r.unreadable() + " cases unreadable" : "");
        print(out, "Line outcomes that change", r.lineChanges());
        print(out, "Criteria whose status changes", r.criterionChanges());
        if (!r.changedCases().isEmpty()) {
            out.println("Changed cases:");
            r.changedCases().forEach(c -> out.println("  " + c));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String title, java.util.Map<String, ImpactAnalysis.Change> changes) {
        out.println(title + (changes.isEmpty() ? ": none" : ":"));
        changes.forEach((k, v) -> out.printf("  %-90s %6d  e.g. %s%n", k, v.count(), String.join(", ", v.examples())));
    }
}
