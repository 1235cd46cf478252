package dev.necessity.cli;

import dev.necessity.cli.output.ErrorLog;
import dev.necessity.intake.CaseInputException;
import dev.necessity.policy.KnowledgeException;
import dev.necessity.policy.PolicyProblem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code necessity} command line. Exit status: 0 done, 2 bad input or usage, 1 internal failure. */
@Command(name = "necessity", mixinStandardHelpOptions = true, version = "necessity 0.1.0",
        description = "Medical-necessity review: grounded, cited determinations from prior-authorization records.",
        subcommands = {AssessCommand.class, ExtractCommand.class, BatchCommand.class, ImpactCommand.class, SynthCommand.class, PoliciesCommand.class, ScoreCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status (used by tests, too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err));
        cli.setParameterExceptionHandler((ex, args2) -> {
            err.println("necessity: " + ex.getMessage());
            err.println("Try 'necessity " + String.join(" ", ex.getCommandLine().getCommandSpec().qualifiedName().split(" ")).replaceFirst("^necessity ?", "") + " --help'.");
            return BAD_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // Errors (out of memory, a class missing from a replaced jar) bypass picocli's handler;
            // they still get one line here and their stack trace in the log.
            err.println("necessity: internal error: " + e + " (" + ErrorLog.write(e) + ")");
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof CaseInputException c) {
            err.println("necessity: " + c.getMessage());
            ErrorLog.write(ex);
            return BAD_INPUT;
        }
        if (ex instanceof UsageException u) {
            err.println("necessity: " + u.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof KnowledgeException k) {
            for (PolicyProblem p : k.problems()) {
                err.println(p);
            }
            return BAD_INPUT;
        }
        err.println("necessity: internal error: " + ex + " (" + ErrorLog.write(ex) + ")");
        return INTERNAL;
    }
}
