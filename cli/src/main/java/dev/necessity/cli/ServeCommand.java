package dev.necessity.cli;

import dev.necessity.server.ReviewServer;
import dev.necessity.server.ServerOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the HTTP review service (docs/service.md) until stopped (Ctrl-C or SIGTERM).",
                "Writes one line per request to standard output: time, method, route, status, milliseconds, user."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port to listen on (default 8080; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default " + "jdbc:h2:file:./data/necessity"
            + ", an embedded file); jdbc:postgresql://HOST:PORT/DB?user=...")
    String db;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        RequestLines lines = new RequestLines(out);
        ReviewServer server = ReviewServer.start(new ServerOptions(host, port, db, knowledge.load(), lines::line, Clock.systemUTC()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "necessity-serve-shutdown"));
        lines.line("necessity: serving on http://" + host + ":" + server.port() + " (database " + DatabaseOptions.shown(db) + ")");
        stopped.await();
        return 0;
    }

    /** Log lines to standard output, each flushed at once, one writer at a time. */
    private record RequestLines(PrintWriter out) {
        void line(String line) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }
}
