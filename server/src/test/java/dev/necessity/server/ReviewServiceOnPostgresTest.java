package dev.necessity.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same contract on PostgreSQL. .ci/run starts a throwaway cluster and passes its URL as
 * {@code -Dnecessity.test.postgres=jdbc:postgresql://127.0.0.1:PORT/postgres?user=...}; without
 * one this class is skipped, and says so loudly.
 */
class ReviewServiceOnPostgresTest extends ReviewServiceContract {
    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }

    @BeforeAll
    @Override
    void start() throws java.io.IOException {
        if (Backend.postgresAdminUrl() == null) {
            System.err.println("!!!!!!!! SKIPPED: the PostgreSQL suite has no database (set -Dnecessity.test.postgres=JDBC_URL; .ci/run does) !!!!!!!!");
        }
        Assumptions.assumeTrue(Backend.postgresAdminUrl() != null, "no PostgreSQL to test against (necessity.test.postgres unset)");
        super.start();
    }
}
