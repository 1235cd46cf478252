package dev.necessity.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to and reads the audit chain. An append runs inside the caller's transaction and
 * locks the chain's head row first, so concurrent transactions append one after another and the
 * chain cannot fork; when the transaction rolls back (or the process dies before it commits), its
 * entry and the head's move vanish together.
 */
public final class AuditChain {
    private AuditChain() {
    }

    /** Appends an entry in the transaction of {@code c}; the head row stays locked until it ends. */
    public static AuditEntry append(Connection c, String caseId, long atMs, String actor, String action, String detail) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit chain's head row is missing");
            }
            seq = rs.getLong(1) + 1;
            prev = rs.getString(2);
        }
        AuditEntry entry = AuditEntry.create(seq, caseId, atMs, actor, action, detail, prev);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entries (seq, case_id, at_ms, actor, action, detail, "
                + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.seq());
            insert.setString(2, entry.caseId());
            insert.setLong(3, entry.atMs());
            insert.setString(4, entry.actor());
            insert.setString(5, entry.action());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.prevHash());
            insert.setString(8, entry.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            move.setLong(1, entry.seq());
            move.setString(2, entry.hash());
            move.executeUpdate();
        }
        return entry;
    }

    /** The entries about one case, in chain order. */
    public static List<AuditEntry> forCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY seq")) {
            q.setString(1, caseId);
            return read(q);
        }
    }

    static final String SELECT = "SELECT seq, case_id, at_ms, actor, action, detail, prev_hash, hash FROM audit_entries";

    static List<AuditEntry> read(PreparedStatement q) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                entries.add(row(rs));
            }
        }
        return entries;
    }

    static AuditEntry row(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }
}
