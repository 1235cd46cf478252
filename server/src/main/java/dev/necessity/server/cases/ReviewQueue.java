package dev.necessity.server.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Cases awaiting review, soonest due first, overdue ones flagged. Without {@code status} the queue
 * is every case not yet final (PENDING_REVIEW and INFO_REQUESTED); at most {@value #MAX} cases.
 */
public final class ReviewQueue {
    public static final int MAX = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public ReviewQueue(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @throws ApiProblem 400 for a status or urgency that does not exist */
    public ArrayNode list(String status, String urgency) {
        List<String> statuses = status == null || status.isBlank()
                ? List.of(CaseStatus.PENDING_REVIEW.name(), CaseStatus.INFO_REQUESTED.name())
                : List.of(CaseStatus.parse(status.strip()).orElseThrow(() -> ApiProblem.badRequest("NEC-SERVER-040",
                        "status must be one of PENDING_REVIEW, INFO_REQUESTED, FINAL")).name());
        String u = urgency == null || urgency.isBlank() ? null : urgency.strip().toLowerCase(Locale.ROOT);
        if (u != null && !u.equals("standard") && !u.equals("expedited")) {
            throw ApiProblem.badRequest("NEC-SERVER-040", "urgency must be standard or expedited");
        }
        String sql = "SELECT " + CaseRow.COLUMNS + " FROM cases WHERE status IN (" + "?,".repeat(statuses.size() - 1) + "?)"
                + (u == null ? "" : " AND urgency = ?") + " ORDER BY due_at_ms, id LIMIT " + MAX;
        long now = clock.millis();
        return db.read(c -> {
            ArrayNode out = JSON.createArrayNode();
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int i = 1;
                for (String s : statuses) {
                    q.setString(i++, s);
                }
                if (u != null) {
                    q.setString(i, u);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(item(CaseRow.read(rs), now));
                    }
                }
            }
            return out;
        });
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
