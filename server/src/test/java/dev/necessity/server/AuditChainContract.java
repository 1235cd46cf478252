package dev.necessity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.necessity.server.access.Role;
import dev.necessity.server.audit.AuditVerifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain verifies while untouched, and names the first entry that was edited, deleted or
 * moved in the database behind the service's back. Six entries: three submissions, a request for
 * information, the documents that answered it, and a physician's decision.
 */
abstract class AuditChainContract {
    @TempDir
    Path dir;
    ServiceFixture service;

    abstract Backend backend();

    @BeforeEach
    void sixEntries() {
        service = new ServiceFixture(backend().newDatabase(dir), Clock.systemUTC());
        Http http = service.http;
        String submitter = service.token(Role.SUBMITTER);
        JsonNode first = null;
        for (int i = 0; i < 3; i++) {
            JsonNode c = http.submit(submitter, Http.Multipart.ofCase(ServiceFixture.seedCase())).json();
            first = first == null ? c : first;
        }
        String id = first.get("id").asText();
        http.postJson("/api/cases/" + id + "/decision", service.token(Role.NURSE),
                ReviewServiceContract.decision("request-info", "the PT notes", first.get("version").asInt()));
        Http.Multipart m = new Http.Multipart().document("pt-notes-2026-02-25.txt", "PT note\nDate: 02/25/2026\nVisit 2 of physical therapy.");
        JsonNode reopened = http.post("/api/cases/" + id + "/documents", submitter, m.contentType(), m.bytes()).json();
        http.postJson("/api/cases/" + id + "/decision", service.token(Role.PHYSICIAN),
                ReviewServiceContract.decision("uphold", "criteria not met", reopened.get("version").asInt()));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private AuditVerifier.Result verify() {
        return AuditVerifier.verify(service.server.database());
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = service.server.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
            c.commit();
        }
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerifier.Result r = verify();
        assertThat(r.problem()).isEmpty();
        assertThat(r.entries()).isEqualTo(6);
    }

    @Test
    void anEditedEntryIsNamed() throws SQLException {
        sql("UPDATE audit_entries SET actor = 'someone-else' WHERE seq = 4");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 4 ").contains("changed"));
    }

    @Test
    void anEditedDecisionReasonIsNamed() throws SQLException {
        sql("UPDATE audit_entries SET detail = REPLACE(detail, 'criteria not met', 'criteria met') WHERE seq = 6");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 6 "));
    }

    @Test
    void aDeletedEntryIsNamed() throws SQLException {
        sql("DELETE FROM audit_entries WHERE seq = 2");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 2 is missing"));
    }

    @Test
    void theLastEntryDeletedIsNamed() throws SQLException {
        sql("DELETE FROM audit_entries WHERE seq = 6");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 6 is missing"));
    }

    @Test
    void twoEntriesSwappedAreNamedAtTheFirst() throws SQLException {
        sql("UPDATE audit_entries SET seq = -3 WHERE seq = 3", "UPDATE audit_entries SET seq = 3 WHERE seq = 5",
                "UPDATE audit_entries SET seq = 5 WHERE seq = -3");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 3 "));
    }

    @Test
    void anEntryRehashedAfterAnEditStillBreaksTheNextLink() throws SQLException {
        // Someone who edits entry 2 and recomputes its hash cannot also fix entry 3's link without rewriting every later entry.
        try (Connection c = service.server.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT seq, case_id, at_ms, actor, action, detail, prev_hash FROM audit_entries WHERE seq = 2");
            rs.next();
            var forged = dev.necessity.server.audit.AuditEntry.create(2, rs.getString(2), rs.getLong(3), "forger", rs.getString(5),
                    rs.getString(6), rs.getString(7));
            rs.close();
            s.executeUpdate("UPDATE audit_entries SET actor = 'forger', hash = '" + forged.hash() + "' WHERE seq = 2");
            c.commit();
        }
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("audit entry 3 ").contains("does not follow entry 2"));
    }
}
