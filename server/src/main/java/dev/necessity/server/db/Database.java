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
 *
 * <p>On H2, writes go through one writer thread ({@link GroupCommit}). H2 keeps its tables and
 * its undo log as separate maps, and a process killed while several transactions write could come
 * back with part of a transaction that never committed (a case without its files, seen by the
 * crash test); with one writer, what reaches the file is a prefix of that writer's work, which
 * recovery rolls back. The writer commits a burst of callers' work together, each in a savepoint
 * of its own, so one write of the file serves many submissions. Reads ({@link #read}) are not
 * serialised. PostgreSQL, which commits concurrent transactions safely, needs none of this.
 */
public final class Database implements AutoCloseable {
    /** Where the embedded database lives unless {@code --db} says otherwise. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/necessity";

    private final HikariDataSource pool;
    private final String url;
    private final GroupCommit writer;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
        this.writer = url.startsWith("jdbc:h2:") ? new GroupCommit(pool) : null;
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
     * queued on the audit chain's head row (H2's default is one second), and a write delay of
     * zero, so a commit reaches the file before the client hears 201: with H2's default delay a
     * killed process loses what it had acknowledged in its last moments (CrashConsistencyTest).
     * An H2 file is opened in H2's mixed mode, so {@code users add} and {@code audit verify} work
     * while {@code serve} holds the file: the first process opens it embedded and serves it to the
     * others over a local socket (SharedH2FileTest). Any of these settings written in the URL wins.
     */
    static String effectiveUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            jdbcUrl = DEFAULT_URL;
        }
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db " + jdbcUrl + ": only jdbc:h2:... and jdbc:postgresql://... are supported");
        }
        String upper = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        if (jdbcUrl.startsWith("jdbc:h2:") && !upper.contains(";LOCK_TIMEOUT=")) {
            jdbcUrl = jdbcUrl + ";LOCK_TIMEOUT=30000";
        }
        if (jdbcUrl.startsWith("jdbc:h2:") && !upper.contains(";WRITE_DELAY=")) {
            jdbcUrl = jdbcUrl + ";WRITE_DELAY=0";
        }
        if (sharedFile(upper) && !upper.contains(";AUTO_SERVER=")) {
            jdbcUrl = jdbcUrl + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
        }
        return jdbcUrl;
    }

    /** An H2 database in a file (not in memory, not already a TCP or SSL client URL). */
    private static boolean sharedFile(String upperUrl) {
        if (!upperUrl.startsWith("JDBC:H2:")) {
            return false;
        }
        String rest = upperUrl.substring("JDBC:H2:".length());
        return !rest.startsWith("MEM:") && !rest.startsWith("TCP:") && !rest.startsWith("SSL:") && !rest.startsWith("ZIP:");
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Work that writes, on one connection, committed when it returns and rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        return writer == null ? run(work) : writer.submit(work);
    }

    /** Work that only reads, in a transaction of its own (never serialised with the writers). */
    public <T> T read(Work<T> work) {
        return run(work);
    }

    private <T> T run(Work<T> work) {
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
        if (writer != null) {
            writer.close();
        }
        pool.close();
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
