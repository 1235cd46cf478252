package dev.necessity.cli;

import dev.necessity.app.Pipeline;
import dev.necessity.app.policytest.PolicyTestRunner;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.PolicyProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            description = "Validate policies and sources; prints file:line:col: message for each problem.")
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
            List<PolicyProblem> problems = new ArrayList<>();
            var kb = KnowledgeLoader.load(roots, problems);
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.println(problems.isEmpty()
                    ? "ok: " + kb.policies().size() + " policies, " + kb.sources().sources().size() + " sources, no problems"
                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
            return problems.isEmpty() ? 0 : Main.BAD_INPUT;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every policy's own test cases (policies/<id>/tests/<case>/ with expected.yaml).")
    static final class TestCases implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "A knowledge directory whose policies' tests to run, overlaid on the built-in knowledge base (default: the built-in one).")
        Path dir;

        @Override
        public Integer call() {
            if (dir != null) {
                directory(dir);
            }
            Path root = dir == null ? KnowledgeLoader.builtInRoot() : dir;
            var kb = dir == null ? KnowledgeLoader.builtIn() : KnowledgeLoader.withOverlays(List.of(dir));
            PolicyTestRunner.Report report = new PolicyTestRunner(new Pipeline(kb)).run(root);
            PrintWriter out = spec.commandLine().getOut();
            for (PolicyTestRunner.CaseResult c : report.cases()) {
                out.println((c.passed() ? "PASS " : "FAIL ") + c.policyId() + "/" + c.name());
                c.mismatches().forEach(m -> out.println("       " + m));
            }
            report.unexercised().forEach((policy, ids) -> {
                if (!ids.isEmpty()) {
                    out.println("not exercised in " + policy + " (never both satisfied and failing): " + String.join(", ", ids));
                }
            });
            long passed = report.cases().size() - report.failures();
            out.println(passed + " passed, " + report.failures() + " failed");
            if (report.cases().isEmpty()) {
                out.println("no policy test ran: add cases under policies/<id>/tests/");
                return 1;
            }
            return report.failures() == 0 ? 0 : 1;
        }
    }
}
