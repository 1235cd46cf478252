package dev.necessity.server.audit;

import dev.necessity.server.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Walks the whole audit chain and names the first entry that is not as written: an edited entry
 * (its hash no longer matches its fields), a moved or renumbered one (its link to the entry
 * before it breaks), a missing one (a gap in the numbers), or entries removed from the end (the
 * head row records the last entry). Reads in one pass, holding one entry at a time.
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    /** The verdict: {@code problem} empty when the chain is intact. */
    public record Result(long entries, Optional<String> problem) {
        public boolean intact() {
            return problem.isEmpty();
        }
    }

    public static Result verify(Database db) {
        return db.read(c -> {
            long expected = 1;
            String prevHash = AuditEntry.GENESIS;
            try (PreparedStatement q = c.prepareStatement(AuditChain.SELECT + " ORDER BY seq")) {
                q.setFetchSize(500);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = AuditChain.row(rs);
                        if (e.seq() != expected) {
                            return broken(expected - 1, e.seq() > expected
                                    ? "audit entry " + expected + " is missing (deleted?): the entry after " + (expected - 1) + " is " + e.seq()
                                    : "audit entry " + e.seq() + " is out of place (expected " + expected + ")");
                        }
                        if (!e.hash().equals(e.computeHash())) {
                            return broken(expected - 1, "audit entry " + e.seq() + " (" + e.action() + " at " + e.atMs()
                                    + ") does not match its hash: it was changed after it was written");
                        }
                        if (!e.prevHash().equals(prevHash)) {
                            return broken(expected - 1, "audit entry " + e.seq() + " (" + e.action()
                                    + ") does not follow entry " + (e.seq() - 1) + ": reordered, or an entry before it was replaced");
                        }
                        prevHash = e.hash();
                        expected++;
                    }
                }
            }
            long count = expected - 1;
            try (PreparedStatement h = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                 ResultSet rs = h.executeQuery()) {
                if (!rs.next()) {
                    return broken(count, "the audit chain's head row is missing");
                }
                long headSeq = rs.getLong(1);
                if (headSeq != count || !rs.getString(2).equals(prevHash)) {
                    return broken(count, headSeq > count
                            ? "audit entry " + (count + 1) + " is missing (deleted?): the chain records " + headSeq + " entries, " + count + " remain"
                            : "the chain's head names entry " + headSeq + " but " + count + " entries follow one another; the head or the last entry was changed");
                }
            }
            return new Result(count, Optional.empty());
        });
    }

    private static Result broken(long intactEntries, String problem) {
        return new Result(intactEntries, Optional.of(problem));
    }
}
