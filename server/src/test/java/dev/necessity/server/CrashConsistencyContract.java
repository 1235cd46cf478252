package dev.necessity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.server.access.Role;
import dev.necessity.server.audit.AuditVerifier;
import dev.necessity.server.db.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is stored completely or not at all, even when the process dies mid-request: the
 * service runs as a child JVM from the test class path, takes a burst of 200 concurrent
 * submissions, and is killed (SIGKILL) once some have been answered. Restarted on the same
 * database, it must serve again; every stored case must hold its request, all its documents,
 * its determination and its audit entry, every answered submission must be there, and the audit
 * chain must verify. The child's log, a full run, must hold nothing from the seed case.
 */
abstract class CrashConsistencyContract {
    private static final int BURST = 200;
    @TempDir
    Path dir;

    abstract Backend backend();

    @Test
    void aKilledServerLeavesEveryCaseWholeOrAbsentAndRestartsCleanly() throws Exception {
        String db = backend().newDatabase(dir);
        String token = Administration.addUser(db, "crash-submitter", Role.SUBMITTER, "clinic-a").token();
        String nurse = Administration.addUser(db, "crash-nurse", Role.NURSE, null).token();
        Http.Multipart seed = Http.Multipart.ofCase(ServiceFixture.seedCase());
        byte[] body = seed.bytes();
        int documents = (int) Files.list(ServiceFixture.seedCase()).filter(p -> p.toString().endsWith(".txt")).count();

        Path work = dir.resolve("work");
        ChildService child = ChildService.start(db, work);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        // Killed as soon as a few are answered: the service commits in groups, so waiting for many more let a busy
        // machine's whole burst finish first (CI once saw all 200 answered before the kill came).
        CountDownLatch someAnswered = new CountDownLatch(5);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port + "/api/cases"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", seed.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
                if (r.statusCode() == 201) {
                    acknowledged.add(id(r.body()));
                }
                answered.incrementAndGet();
                someAnswered.countDown();
            }).exceptionally(e -> null));
        }
        assertThat(someAnswered.await(120, TimeUnit.SECONDS)).as("5 submissions answered before the kill").isTrue();
        child.kill();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(answered.get()).as("the kill came mid-burst").isLessThan(BURST);

        ChildService restarted = ChildService.start(db, work);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restarted.port + "/api/queue"))
                .header("Authorization", "Bearer " + nurse)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        restarted.stop();
        assertThat(after.statusCode()).as("the restarted service answers").isEqualTo(200);
        String log = child.output() + restarted.output();

        try (Database database = Database.open(db)) {
            List<String> stored = storedCases(database);
            System.out.printf("crash test (%s): %d of %d answered before the kill, %d acknowledged with 201, %d stored whole%n",
                    backend(), answered.get(), BURST, acknowledged.size(), stored.size());
            assertThat(stored).containsAll(acknowledged);
            for (String id : stored) {
                assertWhole(database, id, documents);
            }
            AuditVerifier.Result audit = AuditVerifier.verify(database);
            assertThat(audit.problem()).isEmpty();
            assertThat(audit.entries()).isEqualTo(stored.size());
        }
        for (String secret : SeedSecrets.all()) {
            assertThat(log).as("the service log holds '" + secret + "'").doesNotContain(secret);
        }
        assertThat(log).contains("POST /api/cases");
    }

    private static String id(String json) {
        try {
            return new ObjectMapper().readTree(json).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    private static List<String> storedCases(Database db) {
        return db.transaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM cases"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** The case's request.json and every document, each matching its SHA-256; its determination; its SUBMITTED entry. */
    private static void assertWhole(Database db, String id, int documents) {
        db.transaction(c -> {
            Set<String> names = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT name, content, sha256 FROM case_files WHERE case_id = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        assertThat(sha256(rs.getBytes(2))).as(id + " " + rs.getString(1)).isEqualTo(rs.getString(3));
                    }
                }
            }
            assertThat(names).as(id + " files (assessments " + count(c, "SELECT COUNT(*) FROM assessments WHERE case_id = ?", id)
                    + ", audit " + count(c, "SELECT COUNT(*) FROM audit_entries WHERE case_id = ?", id) + ")").hasSize(documents + 1).contains("request.json");
            assertThat(count(c, "SELECT COUNT(*) FROM assessments WHERE case_id = ? AND determination_json LIKE '%NOT_MEDICALLY_NECESSARY%'", id))
                    .as(id + " determination").isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM audit_entries WHERE case_id = ? AND action = 'SUBMITTED'", id)).as(id + " audit").isEqualTo(1);
            return null;
        });
    }

    private static long count(Connection c, String sql, String id) throws java.sql.SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String sha256(byte[] bytes) throws java.sql.SQLException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
