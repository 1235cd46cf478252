package dev.necessity.cli;

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
        subcommands = {PoliciesCommand.Lint.class})
final class PoliciesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
                if (!Files.isDirectory(dir)) {
                    throw new UsageException(dir + ": not a directory");
                }
                roots.add(dir);
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
}
