package dev.necessity.server.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Cases awaiting review, soonest due first, overdue ones flagged. Without {@code status} the queue
 * is every case not yet final (PENDING_REVIEW and INFO_REQUESTED). It comes in pages of {@code limit}
 * cases (default {@value #DEFAULT_LIMIT}, at most {@value #MAX}); a page that is not the last names the
 * cursor of the next ({@code after}), an opaque token for the last case's place in the order (due time,
 * then id), so a case is neither skipped nor repeated when others arrive between pages.
 */
public final class ReviewQueue {
    public static final int MAX = 500;
    public static final int DEFAULT_LIMIT = 100;

    /** One page of the queue, and the cursor of the next page (null on the last). */
    public record Page(ArrayNode items, String next) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public ReviewQueue(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The first page at the default size. */
    public ArrayNode list(String status, String urgency) {
        return page(status, urgency, null, null).items();
    }

    /** @throws ApiProblem 400 for a status or urgency that does not exist, a limit outside 1..{@value #MAX}, or a cursor this queue did not give */
    public Page page(String status, String urgency, String limitParam, String after) {
        List<String> statuses = status == null || status.isBlank()
                ? List.of(CaseStatus.PENDING_REVIEW.name(), CaseStatus.INFO_REQUESTED.name())
                : List.of(CaseStatus.parse(status.strip()).orElseThrow(() -> ApiProblem.badRequest("NEC-SERVER-040",
                        "status must be one of PENDING_REVIEW, INFO_REQUESTED, FINAL")).name());
        String u = urgency == null || urgency.isBlank() ? null : urgency.strip().toLowerCase(Locale.ROOT);
        if (u != null && !u.equals("standard") && !u.equals("expedited")) {
            throw ApiProblem.badRequest("NEC-SERVER-040", "urgency must be standard or expedited");
        }
        int limit = limit(limitParam);
        Cursor from = after == null || after.isBlank() ? null : Cursor.parse(after.strip());
        String sql = "SELECT " + CaseRow.COLUMNS + " FROM cases WHERE status IN (" + "?,".repeat(statuses.size() - 1) + "?)"
                + (u == null ? "" : " AND urgency = ?") + (from == null ? "" : " AND (due_at_ms > ? OR (due_at_ms = ? AND id > ?))")
                + " ORDER BY due_at_ms, id LIMIT " + (limit + 1);
        long now = clock.millis();
        return db.read(c -> {
            ArrayNode out = JSON.createArrayNode();
            CaseRow last = null;
            boolean more = false;
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int i = 1;
                for (String s : statuses) {
                    q.setString(i++, s);
                }
                if (u != null) {
                    q.setString(i++, u);
                }
                if (from != null) {
                    q.setLong(i++, from.dueAtMs());
                    q.setLong(i++, from.dueAtMs());
                    q.setString(i, from.id());
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (out.size() == limit) {
                            more = true;
                            break;
                        }
                        last = CaseRow.read(rs);
                        out.add(item(last, now));
                    }
                }
            }
            return new Page(out, more ? new Cursor(last.dueAtMs(), last.id()).token() : null);
        });
    }

    private static int limit(String param) {
        if (param == null || param.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(param.strip());
            if (n >= 1 && n <= MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("NEC-SERVER-041", "limit must be a whole number from 1 to " + MAX);
    }

    /** A place in the queue's order: after the case with this due time and id. */
    private record Cursor(long dueAtMs, String id) {
        String token() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((dueAtMs + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String token) {
            try {
                String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = s.indexOf(':');
                if (colon > 0 && colon < s.length() - 1) {
                    return new Cursor(Long.parseLong(s.substring(0, colon)), s.substring(colon + 1));
                }
            } catch (IllegalArgumentException e) {
                // answered below (NumberFormatException is one)
            }
            throw ApiProblem.badRequest("NEC-SERVER-042", "after must be the cursor a previous page of the queue gave");
        }
    }

    private static ObjectNode item(CaseRow r, long now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("caseId", r.requestCaseId());
        o.put("org", r.org());
        o.put("status", r.status().name());
        o.put("outcome", r.outcome());
        o.put("urgency", r.urgency());
        o.put("version", r.version());
        o.put("receivedAt", Instant.ofEpochMilli(r.receivedAtMs()).toString());
        o.put("dueAt", Instant.ofEpochMilli(r.dueAtMs()).toString());
        o.put("overdue", r.status() != CaseStatus.FINAL && now > r.dueAtMs());
        return o;
    }
}
