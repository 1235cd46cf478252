package dev.necessity.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/** The crash test on PostgreSQL; skipped, loudly, without one (see ReviewServiceOnPostgresTest). */
class CrashConsistencyOnPostgresTest extends CrashConsistencyContract {
    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }

    @BeforeEach
    void requirePostgres() {
        if (Backend.postgresAdminUrl() == null) {
            System.err.println("!!!!!!!! SKIPPED: the PostgreSQL crash test has no database (set -Dnecessity.test.postgres=JDBC_URL) !!!!!!!!");
        }
        Assumptions.assumeTrue(Backend.postgresAdminUrl() != null, "no PostgreSQL to test against");
    }
}
