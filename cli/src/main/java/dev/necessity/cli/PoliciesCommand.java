package dev.necessity.cli;

import dev.necessity.app.Pipeline;
import dev.necessity.app.golden.GoldenReports;
import dev.necessity.app.lint.KnowledgeLint;
import dev.necessity.app.policytest.PolicyTestRunner;
import dev.necessity.app.policytest.PolicyTestRunner.Goldens;
import dev.necessity.policy.KnowledgeLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "policies", mixinStandardHelpOptions = true, description = "Check the knowledge base.",
        subcommands = {PoliciesCommand.Lint.class, PoliciesCommand.TestCases.class})
final class PoliciesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": not a directory");
        }
        return dir;
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Validate policies and sources; prints file:line:col: message for each problem,",
                    "then the source line with a caret (^) under the column."})
    static final class Lint implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "A knowledge directory to check on top of the built-in one (default: the built-in knowledge base).")
        Path dir;

        @Override
        public Integer call() {
            List<Path> roots = new ArrayList<>();
            roots.add(KnowledgeLoader.builtInRoot());
            if (dir != null) {
                roots.add(directory(dir));
            }
            KnowledgeLint.Result result = KnowledgeLint.check(roots);
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.render());
            return result.ok() ? 0 : Main.BAD_INPUT;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run every policy's own test cases (policies/<id>/tests/<case>/ with expected.yaml).",
                    "A case with an expected/ directory also fails when its text, Markdown or JSON report differs from"
                            + " expected/report.txt|md|json; the difference is shown as a diff."})
    static final class TestCases implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "A knowledge directory whose policies' tests to run, overlaid on the built-in knowledge base (default: the built-in one).")
        Path dir;

        @Option(names = "--update-golden", description = {"Rewrite each case's golden reports (expected/report.txt|md|json) that differ,"
                + " creating them where there are none, and list the files written; review them with git diff.",
                "Needs DIR: the files are written beside its tests."})
        boolean updateGolden;

        @Override
        public Integer call() {
            if (dir != null) {
                directory(dir);
            } else if (updateGolden) {
                throw new UsageException("--update-golden writes beside the tests, so name their knowledge directory"
                        + " (e.g. necessity policies test knowledge --update-golden)");
            }
            Path root = dir == null ? KnowledgeLoader.builtInRoot() : dir;
            var kb = dir == null ? KnowledgeLoader.builtIn() : KnowledgeLoader.withOverlays(List.of(dir));
            // Read as of a fixed day, so that neither a test's outcome nor its golden reports change with the calendar.
            Pipeline pipeline = new Pipeline(kb, GoldenReports.reader());
            PolicyTestRunner.Report report = new PolicyTestRunner(pipeline, updateGolden ? Goldens.UPDATE : Goldens.COMPARE).run(root);
            PrintWriter out = spec.commandLine().getOut();
            for (PolicyTestRunner.CaseResult c : report.cases()) {
                out.println((c.passed() ? "PASS " : "FAIL ") + c.policyId() + "/" + c.name());
                c.mismatches().forEach(m -> m.lines().forEach(line -> out.println("       " + line)));
            }
            report.unexercised().forEach((policy, ids) -> {
                if (!ids.isEmpty()) {
                    out.println("not exercised in " + policy + " (never both satisfied and failing): " + String.join(", ", ids));
                }
            });
            goldens(report, out);
            long passed = report.cases().size() - report.failures();
            out.println(passed + " passed, " + report.failures() + " failed");
            if (report.cases().isEmpty()) {
                out.println("no policy test ran: add cases under policies/<id>/tests/");
                return 1;
            }
            return report.failures() == 0 ? 0 : 1;
        }

        private void goldens(PolicyTestRunner.Report report, PrintWriter out) {
            if (updateGolden) {
                List<String> written = report.goldensWritten();
                written.forEach(f -> out.println("wrote " + f));
                out.println("golden reports: " + (written.isEmpty() ? "every one already up to date"
                        : written.size() + " file" + (written.size() == 1 ? "" : "s") + " written; review them with git diff"));
            } else if (report.goldensCompared() == 0 && dir == null) {
                out.println("golden reports: not compared (the jar's built-in tests ship without them;"
                        + " in a checkout, run necessity policies test knowledge)");
            } else if (report.goldensCompared() == 0) {
                out.println("golden reports: none compared (no case here has expected/; --update-golden writes them)");
            } else {
                out.println("golden reports: compared for " + report.goldensCompared() + " of " + report.cases().size() + " cases");
            }
        }
    }
}
