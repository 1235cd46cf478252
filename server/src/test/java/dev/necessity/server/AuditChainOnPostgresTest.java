package dev.necessity.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/** The audit chain's contract on PostgreSQL; skipped, loudly, without one (see ReviewServiceOnPostgresTest). */
class AuditChainOnPostgresTest extends AuditChainContract {
    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }

    @BeforeEach
    @Override
    void sixEntries() {
        if (Backend.postgresAdminUrl() == null) {
            System.err.println("!!!!!!!! SKIPPED: the PostgreSQL audit suite has no database (set -Dnecessity.test.postgres=JDBC_URL) !!!!!!!!");
        }
        Assumptions.assumeTrue(Backend.postgresAdminUrl() != null, "no PostgreSQL to test against");
        super.sixEntries();
    }
}
