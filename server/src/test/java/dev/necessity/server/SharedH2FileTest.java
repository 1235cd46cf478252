package dev.necessity.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.server.access.Role;
import dev.necessity.server.audit.AuditVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator adds a user and verifies the audit chain while the service runs on its default H2
 * file: the administration commands are another process, and must neither wait for the service
 * to stop nor be refused by the file's lock.
 */
class SharedH2FileTest {
    @TempDir
    Path dir;

    @Test
    void usersAddAndAuditVerifyWorkWhileTheServiceHoldsTheH2File() throws Exception {
        String db = Backend.H2.newDatabase(dir);
        String submitter = Administration.addUser(db, "before-start", Role.SUBMITTER, "clinic-a").token();
        ChildService child = ChildService.start(db, dir.resolve("work"));
        try {
            HttpClient client = HttpClient.newHttpClient();
            Http.Multipart seed = Http.Multipart.ofCase(ServiceFixture.seedCase());
            HttpResponse<String> submitted = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port + "/api/cases"))
                    .header("Authorization", "Bearer " + submitter).header("Content-Type", seed.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(seed.bytes())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

            String nurse = Administration.addUser(db, "added-while-serving", Role.NURSE, null).token();
            HttpResponse<String> queue = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port + "/api/queue"))
                    .header("Authorization", "Bearer " + nurse).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(queue.statusCode()).as("the running service knows the token added beside it").isEqualTo(200);
            assertThat(queue.body()).contains("NOT_MEDICALLY_NECESSARY");

            AuditVerifier.Result audit = Administration.verifyAudit(db);
            assertThat(audit.problem()).isEmpty();
            assertThat(audit.entries()).isEqualTo(1);
        } finally {
            child.stop();
        }
        assertThat(Files.exists(dir.resolve("necessity.mv.db"))).isTrue();
        assertThat(Administration.verifyAudit(db).entries()).as("the file reopens embedded once the service is gone").isEqualTo(1);
    }
}
