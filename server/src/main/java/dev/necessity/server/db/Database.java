package dev.necessity.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The service's database: an embedded H2 file by default, PostgreSQL by its JDBC URL. Opening it
 * applies the Flyway migrations, so a new file or an empty PostgreSQL database is ready at once.
 * Work runs in {@link #transaction}: all of it is committed or none of it is.
 */
public final class Database implements AutoCloseable {
    /** Where the embedded database lives unless {@code --db} says otherwise. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/necessity";

    private final HikariDataSource pool;
    private final String url;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** Opens (creating when absent) the database at {@code jdbcUrl} and brings its schema up to date. */
    public static Database open(String jdbcUrl) {
        String url = effectiveUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setPoolName("necessity");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, url);
    }

    /**
     * The URL as opened. An H2 URL gets a lock timeout long enough for a burst of submissions
     * queued on the audit chain's head row (H2's default is one second), unless it sets one.
     */
    static String effectiveUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            jdbcUrl = DEFAULT_URL;
        }
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db " + jdbcUrl + ": only jdbc:h2:... and jdbc:postgresql://... are supported");
        }
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";LOCK_TIMEOUT=")) {
            jdbcUrl = jdbcUrl + ";LOCK_TIMEOUT=30000";
        }
        return jdbcUrl;
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Work on one connection, committed when it returns and rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
