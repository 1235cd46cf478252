package dev.necessity.server.db;

import java.sql.SQLException;

/** A database failure: the service's fault or its database's, never the client's (HTTP 500/503). */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
