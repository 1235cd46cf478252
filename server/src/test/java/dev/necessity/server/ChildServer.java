package dev.necessity.server;

import dev.necessity.policy.KnowledgeLoader;
import java.time.Clock;

/**
 * The service in a process of its own, for tests that kill it: {@code ChildServer JDBC_URL} prints
 * {@code PORT n} once it listens, then its request lines, until it is stopped or killed.
 */
public final class ChildServer {
    private ChildServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReviewServer server = ReviewServer.start(new ServerOptions("127.0.0.1", 0, args[0], KnowledgeLoader.builtIn(), line -> {
            synchronized (System.out) {
                System.out.println(line);
                System.out.flush();
            }
        }, Clock.systemUTC()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        synchronized (System.out) {
            System.out.println("PORT " + server.port());
            System.out.flush();
        }
        Thread.currentThread().join();
    }
}
