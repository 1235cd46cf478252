package dev.necessity.cli;

import dev.necessity.app.output.ErrorLog;
import dev.necessity.app.output.FileProblems;
import dev.necessity.cli.output.OutputRefusedException;
import dev.necessity.cli.output.TerminalWriter;
import dev.necessity.intake.CaseInputException;
import dev.necessity.policy.KnowledgeException;
import dev.necessity.policy.PolicyProblem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code necessity} command line. Exit status: 0 done, 2 bad input or usage (including an
 * output that cannot be written), 1 internal failure; {@code batch} adds its own meaning of 1
 * (see {@link BatchCommand}). Everything written to the two streams passes through a
 * {@link TerminalWriter}, so no control character from a case reaches the reader's terminal.
 */
@Command(name = "necessity", mixinStandardHelpOptions = true, version = "necessity 0.1.0",
        description = "Medical-necessity review: grounded, cited determinations from prior-authorization records.",
        subcommands = {AssessCommand.class, ExtractCommand.class, BatchCommand.class, ImpactCommand.class, PoliciesCommand.class,
                ServeCommand.class, UsersCommand.class, AuditCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    /** Commands the launcher adds from a development module's jar (synth, scoring); this jar does not hold them. */
    private static final java.util.Set<String> DEVELOPMENT_COMMANDS = java.util.Set.of("synth", "score");
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard error without escaping, for the batch progress bar's own carriage returns only. */
    private PrintWriter controlErr;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PrintWriter controlErr() {
        return controlErr;
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write failures, and '> /dev/full' must not exit 0.
        Charset charset = Charset.defaultCharset();
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset);
        Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams; returns the exit status (used by tests, too). */
    public static int run(String[] args, Writer out, Writer err) {
        TerminalWriter terminalOut = new TerminalWriter(out);
        PrintWriter printOut = new PrintWriter(terminalOut);
        PrintWriter printErr = new PrintWriter(new TerminalWriter(err), true);
        Main main = new Main();
        main.controlErr = new PrintWriter(err, true);
        CommandLine cli = new CommandLine(main);
        addDevelopmentCommands(cli); // before the settings below, which reach only the subcommands already added
        // Colours are control sequences too; help text is plain so that nothing needs them.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(printOut);
        cli.setErr(printErr);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, printErr));
        cli.setParameterExceptionHandler((ex, args2) -> {
            printErr.println("necessity: " + ex.getMessage());
            printErr.println("Try 'necessity " + String.join(" ", ex.getCommandLine().getCommandSpec().qualifiedName().split(" ")).replaceFirst("^necessity ?", "") + " --help'.");
            return BAD_INPUT;
        });
        if (args.length > 0 && DEVELOPMENT_COMMANDS.contains(args[0]) && !cli.getSubcommands().containsKey(args[0])) {
            printErr.println("necessity: " + args[0] + " is a development command, not part of this jar; run ./necessity " + args[0] + " in a checkout");
            printErr.flush();
            return BAD_INPUT;
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // Errors (out of memory, a class missing from a replaced jar) bypass picocli's handler;
            // they still get one line here and their stack trace in the log.
            printErr.println("necessity: " + describe(e) + " (" + ErrorLog.write(e) + ")");
            code = INTERNAL;
        }
        printOut.flush();
        boolean outFailed = printOut.checkError() || out instanceof PrintWriter p && p.checkError();
        if (outFailed) {
            String why = terminalOut.failure() == null ? "" : " (" + FileProblems.describe(terminalOut.failure()) + ")";
            printErr.println("necessity: cannot write to standard output" + why);
            code = code == 0 ? BAD_INPUT : code;
        }
        printErr.flush();
        return code;
    }

    /**
     * Adds the commands found on the class path as {@code java.util.concurrent.Callable} services
     * (META-INF/services) that carry picocli's {@code @Command}: development tools such as
     * {@code synth} and {@code score}, which the production jar does not hold and the launcher adds for their
     * command only. The JDK's own interface is the service type so that a tool's module needs
     * nothing from this one, and this one nothing from it.
     */
    @SuppressWarnings("rawtypes")
    private static void addDevelopmentCommands(CommandLine cli) {
        for (Callable command : ServiceLoader.load(Callable.class, Main.class.getClassLoader())) {
            if (command.getClass().isAnnotationPresent(Command.class)) {
                cli.addSubcommand(command);
            }
        }
    }

    private static String describe(Error e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + "); give Java more with NECESSITY_JAVA_OPTS=-Xmx4g, or run fewer --jobs";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: stack overflow";
        }
        return "internal error: " + e;
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
        if (ex instanceof OutputRefusedException o) {
            err.println("necessity: " + o.getMessage());
            if (o.getCause() != null) {
                ErrorLog.write(o);
            }
            return BAD_INPUT;
        }
        if (ex instanceof KnowledgeException k) {
            for (PolicyProblem p : k.problems()) {
                err.println(p);
            }
            return BAD_INPUT;
        }
        if (FileProblems.isFileProblem(ex)) {
            // A file the user named (or its directory) cannot be read or written: their input, their words.
            err.println("necessity: " + FileProblems.describe(ex));
            ErrorLog.write(ex);
            return BAD_INPUT;
        }
        err.println("necessity: internal error: " + ex + " (" + ErrorLog.write(ex) + ")");
        return INTERNAL;
    }
}
