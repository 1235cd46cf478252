package dev.necessity.cli;

import dev.necessity.server.Administration;
import dev.necessity.server.audit.AuditVerifier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The review service's audit chain.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every audit entry's hash and its link to the entry before it.",
                    "Exit 0 when the chain is intact; 1 naming the first entry edited, deleted or moved."})
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "The service's database (default jdbc:h2:file:./data/necessity).")
        String db;

        @Override
        public Integer call() {
            AuditVerifier.Result result = Administration.verifyAudit(db);
            if (result.intact()) {
                spec.commandLine().getOut().println("audit chain intact: " + result.entries() + " entries");
                return 0;
            }
            spec.commandLine().getErr().println("necessity: audit chain broken: " + result.problem().orElseThrow());
            return Main.INTERNAL;
        }
    }
}
