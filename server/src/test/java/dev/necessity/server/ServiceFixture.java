package dev.necessity.server;

import dev.necessity.app.Examples;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.server.access.Role;
import dev.necessity.server.access.Users;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** A real service on a free port over a real database, with one user of each role in organisation "clinic-a". */
final class ServiceFixture implements AutoCloseable {
    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();

    final String dbUrl;
    final ReviewServer server;
    final Http http;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    /** A submitter of another organisation. */
    final String otherSubmitter;
    /** A second physician of the same organisation, to decide an appeal of the first one's denial. */
    final String secondPhysician;
    private final StringBuffer log = new StringBuffer();

    ServiceFixture(Backend backend, Path dir) {
        this(backend.newDatabase(dir), Clock.systemUTC());
    }

    ServiceFixture(String dbUrl, Clock clock) {
        this.dbUrl = dbUrl;
        this.server = ReviewServer.start(new ServerOptions("127.0.0.1", 0, dbUrl, KNOWLEDGE,
                line -> log.append(line).append('\n'), clock));
        this.http = new Http(server.port());
        Users users = new Users(server.database(), clock);
        for (Role role : Role.values()) {
            tokens.put(role, users.add(role.wireName() + "-" + System.nanoTime(), role, "clinic-a").token());
        }
        otherSubmitter = users.add("other-" + System.nanoTime(), Role.SUBMITTER, "clinic-b").token();
        secondPhysician = users.add("physician-two-" + System.nanoTime(), Role.PHYSICIAN, "clinic-a").token();
    }

    String token(Role role) {
        return tokens.get(role);
    }

    String log() {
        return log.toString();
    }

    static Path seedCase() {
        return Examples.example("l5-s1-alif");
    }

    @Override
    public void close() {
        server.close();
    }
}
