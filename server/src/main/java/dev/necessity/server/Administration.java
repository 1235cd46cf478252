package dev.necessity.server;

import dev.necessity.server.access.Role;
import dev.necessity.server.access.Users;
import dev.necessity.server.audit.AuditVerifier;
import dev.necessity.server.db.Database;
import java.time.Clock;

/** What the command line does to the service's database besides serving: add users, verify the audit chain. */
public final class Administration {
    private Administration() {
    }

    /** Adds a user and returns the new token, to be shown once. */
    public static Users.Added addUser(String jdbcUrl, String name, Role role, String org) {
        try (Database db = Database.open(jdbcUrl)) {
            return new Users(db, Clock.systemUTC()).add(name, role, org);
        }
    }

    /** Walks the audit chain; the result names the first bad entry, if any. */
    public static AuditVerifier.Result verifyAudit(String jdbcUrl) {
        try (Database db = Database.open(jdbcUrl)) {
            return AuditVerifier.verify(db);
        }
    }
}
