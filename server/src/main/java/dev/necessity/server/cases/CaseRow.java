package dev.necessity.server.cases;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A case as the cases table holds it. {@code decision} and {@code decidedAtMs} are null until it is final. */
record CaseRow(String id, String org, String submittedBy, String requestCaseId, String urgency, long receivedAtMs, long dueAtMs,
               CaseStatus status, int version, int assessmentVersion, String outcome, String decision, Long decidedAtMs,
               boolean infoRequested) {

    static final String COLUMNS = "id, org, submitted_by, request_case_id, urgency, received_at_ms, due_at_ms, status, version, "
            + "assessment_version, outcome, decision, decided_at_ms, info_requested";

    static CaseRow read(ResultSet rs) throws SQLException {
        long decided = rs.getLong(13);
        Long decidedAt = rs.wasNull() ? null : decided;
        return new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getLong(7), CaseStatus.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                decidedAt, rs.getBoolean(14));
    }

    boolean recommendsApproval() {
        return "MEDICALLY_NECESSARY".equals(outcome);
    }
}
