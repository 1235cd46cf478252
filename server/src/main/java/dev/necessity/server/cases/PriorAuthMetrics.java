package dev.necessity.server.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CMS-0057-F prior-authorization figures for cases first decided from {@code from} to
 * {@code to} (ISO dates, both days included, UTC), split standard and expedited: percent approved
 * and denied at the first decision, approved after appeal (a denial appealed and then approved,
 * as it stands when the report is made), approved after an extended review (the case went through
 * a request for more information, which extends its time frame), and the average and median
 * hours from request to first decision. An appeal never moves a case out of the window of its
 * first decision, nor changes its time to decision.
 */
public final class PriorAuthMetrics {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public PriorAuthMetrics(Database db) {
        this.db = db;
    }

    private record Decided(String urgency, String firstDecision, long elapsedMs, boolean extended, boolean approvedAfterAppeal) {
    }

    public ObjectNode report(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw ApiProblem.badRequest("NEC-SERVER-041", "to " + end + " is before from " + start);
        }
        long startMs = start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long endMs = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<Decided> decided = db.read(c -> {
            List<Decided> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT urgency, first_decision, received_at_ms, first_decided_at_ms, info_requested, "
                    + "appealed, status, decision FROM cases WHERE first_decided_at_ms >= ? AND first_decided_at_ms < ?")) {
                q.setLong(1, startMs);
                q.setLong(2, endMs);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        boolean approvedOnAppeal = rs.getBoolean(6) && "FINAL".equals(rs.getString(7)) && "APPROVED".equals(rs.getString(8));
                        out.add(new Decided(rs.getString(1), rs.getString(2), rs.getLong(4) - rs.getLong(3), rs.getBoolean(5), approvedOnAppeal));
                    }
                }
            }
            return out;
        });
        ObjectNode root = JSON.createObjectNode();
        root.put("from", start.toString());
        root.put("to", end.toString());
        root.set("standard", split(decided, "standard"));
        root.set("expedited", split(decided, "expedited"));
        return root;
    }

    private static ObjectNode split(List<Decided> all, String urgency) {
        List<Decided> these = all.stream().filter(d -> d.urgency().equals(urgency)).toList();
        int n = these.size();
        long approved = these.stream().filter(d -> "APPROVED".equals(d.firstDecision())).count();
        long denied = these.stream().filter(d -> "DENIED".equals(d.firstDecision())).count();
        long afterAppeal = these.stream().filter(Decided::approvedAfterAppeal).count();
        long extended = these.stream().filter(d -> "APPROVED".equals(d.firstDecision()) && d.extended()).count();
        long[] ms = these.stream().mapToLong(Decided::elapsedMs).sorted().toArray();
        ObjectNode o = JSON.createObjectNode();
        o.put("decided", n);
        o.put("approvedPercent", percent(approved, n));
        o.put("deniedPercent", percent(denied, n));
        o.put("approvedAfterAppealPercent", percent(afterAppeal, n));
        o.put("approvedAfterExtendedReviewPercent", percent(extended, n));
        if (n == 0) {
            o.putNull("averageHoursToDecision");
            o.putNull("medianHoursToDecision");
        } else {
            double average = java.util.Arrays.stream(ms).average().orElse(0);
            double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2.0;
            o.put("averageHoursToDecision", round(average / 3_600_000.0));
            o.put("medianHoursToDecision", round(median / 3_600_000.0));
        }
        return o;
    }

    private static double percent(long part, int whole) {
        return whole == 0 ? 0.0 : round(100.0 * part / whole);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("NEC-SERVER-041", name + " is required: an ISO date such as 2026-01-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("NEC-SERVER-041", name + " '" + value.strip() + "' is not an ISO date (YYYY-MM-DD)");
        }
    }
}
