package dev.necessity.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Where a test's database lives: an H2 file in the test's directory, or a new database on the test PostgreSQL. */
enum Backend {
    H2, POSTGRES;

    /** The system property naming the PostgreSQL to test against (its maintenance database's URL), set by .ci/run. */
    static final String POSTGRES_PROPERTY = "necessity.test.postgres";

    static String postgresAdminUrl() {
        String url = System.getProperty(POSTGRES_PROPERTY, System.getenv().getOrDefault("NECESSITY_TEST_POSTGRES", ""));
        return url == null || url.isBlank() || url.startsWith("${") ? null : url;
    }

    /** A fresh, empty database. */
    String newDatabase(Path dir) {
        if (this == H2) {
            return "jdbc:h2:file:" + dir.resolve("necessity").toAbsolutePath();
        }
        String admin = postgresAdminUrl();
        String name = "nec_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin, e);
        }
        int query = admin.indexOf('?');
        String base = query < 0 ? admin : admin.substring(0, query);
        String params = query < 0 ? "" : admin.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }
}
