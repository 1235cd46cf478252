package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review service's administration commands as an operator types them: users add, audit verify. */
class ServiceCommandsTest {

    @Test
    void usersAddPrintsTheTokenOnceAsItsLastLine(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("necessity");
        CommandLineTest.Run added = CommandLineTest.run("users", "add", "alice", "--role", "nurse", "--db", db);
        assertThat(added.status()).as(added.err()).isZero();
        String[] lines = added.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("nec_").hasSizeGreaterThan(50);
        assertThat(lines[0]).contains("nurse alice of organisation alice");

        CommandLineTest.Run again = CommandLineTest.run("users", "add", "alice", "--role", "nurse", "--db", db);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        CommandLineTest.Run badRole = CommandLineTest.run("users", "add", "bob", "--role", "surgeon", "--db", db);
        assertThat(badRole.status()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role 'surgeon'");
        CommandLineTest.Run withOrg = CommandLineTest.run("users", "add", "carol", "--role", "submitter", "--org", "clinic-a", "--db", db);
        assertThat(withOrg.out()).contains("of organisation clinic-a");
    }

    @Test
    void auditVerifyExitsZeroWhenIntactAndOneNamingTheEditedEntry(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("necessity");
        CommandLineTest.run("users", "add", "alice", "--role", "admin", "--db", db);
        CommandLineTest.Run intact = CommandLineTest.run("audit", "verify", "--db", db);
        assertThat(intact.status()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("audit chain intact: 0 entries");

        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_entries (seq, case_id, at_ms, actor, action, detail, prev_hash, hash) "
                    + "VALUES (1, NULL, 0, 'mallory', 'SUBMITTED', '{}', '" + "0".repeat(64) + "', '" + "f".repeat(64) + "')");
            s.executeUpdate("UPDATE audit_head SET seq = 1, hash = '" + "f".repeat(64) + "'");
        }
        CommandLineTest.Run broken = CommandLineTest.run("audit", "verify", "--db", db);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("audit chain broken: audit entry 1 ");
    }
}
