package dev.necessity.server;

import dev.necessity.policy.KnowledgeBase;
import java.time.Clock;
import java.util.Objects;

/**
 * How to run the service.
 *
 * @param host      the address to listen on: 127.0.0.1 (this machine only) unless a deployment says otherwise
 * @param port      0 for any free port ({@link ReviewServer#port()} tells which)
 * @param jdbcUrl   the database; null for the embedded default, {@code jdbc:h2:file:./data/necessity}
 * @param knowledge the knowledge base every case is assessed with
 * @param log       where request lines go (one per request: method, route, status, time, user; never case content)
 * @param clock     "now" for receipt, due times and decisions
 */
public record ServerOptions(String host, int port, String jdbcUrl, KnowledgeBase knowledge, RequestLog log, Clock clock) {
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535: " + port);
        }
    }

    public ServerOptions(int port, String jdbcUrl, KnowledgeBase knowledge) {
        this("127.0.0.1", port, jdbcUrl, knowledge, line -> {
            synchronized (System.out) {
                System.out.println(line);
            }
        }, Clock.systemUTC());
    }
}
