package dev.necessity.cli;

import dev.necessity.server.Administration;
import dev.necessity.server.access.Role;
import dev.necessity.server.access.Users;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the review service's users.",
        subcommands = UsersCommand.Add.class)
final class UsersCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user and print its API token once, as the last line of standard output.",
                    "The database keeps only a salted hash of the token; a lost token cannot be shown again."})
    static final class Add implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user's name, unique.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "submitter, nurse, physician or admin.")
        String role;

        @Option(names = "--org", paramLabel = "ORG", description = "The organisation whose cases a submitter sees (default: the user's own name).")
        String org;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "The service's database (default jdbc:h2:file:./data/necessity).")
        String db;

        @Override
        public Integer call() {
            Role r = Role.parse(role).orElseThrow(() -> new UsageException("--role '" + role + "' is not one of submitter, nurse, physician, admin"));
            Users.Added added;
            try {
                added = Administration.addUser(db, name, r, org);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("added " + r.wireName() + " " + added.user().name() + " of organisation " + added.user().org()
                    + "; its token (shown once):");
            out.println(added.token());
            return 0;
        }
    }
}
