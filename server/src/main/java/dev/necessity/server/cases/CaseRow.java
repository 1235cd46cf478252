package dev.necessity.server.cases;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A case as the cases table holds it. {@code decision} and {@code decidedAtMs} are null until it
 * is final, and again while an appeal of it is open; {@code firstDecision} and
 * {@code firstDecidedAtMs} keep the first final decision, which an appeal never changes (the
 * CMS-0057-F figures count it).
 */
record CaseRow(String id, String org, String submittedBy, String requestCaseId, String urgency, long receivedAtMs, long dueAtMs,
               CaseStatus status, int version, int assessmentVersion, String outcome, String decision, Long decidedAtMs,
               boolean infoRequested, String firstDecision, Long firstDecidedAtMs, boolean appealed) {

    static final String COLUMNS = "id, org, submitted_by, request_case_id, urgency, received_at_ms, due_at_ms, status, version, "
            + "assessment_version, outcome, decision, decided_at_ms, info_requested, first_decision, first_decided_at_ms, appealed";

    static CaseRow read(ResultSet rs) throws SQLException {
        long decided = rs.getLong(13);
        Long decidedAt = rs.wasNull() ? null : decided;
        long first = rs.getLong(16);
        Long firstAt = rs.wasNull() ? null : first;
        return new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getLong(7), CaseStatus.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                decidedAt, rs.getBoolean(14), rs.getString(15), firstAt, rs.getBoolean(17));
    }

    /** A new case at version 1, final and approved when {@code approvedAtMs} is not null. */
    static CaseRow received(String id, String org, String submittedBy, String requestCaseId, String urgency, long nowMs, long dueAtMs,
                            int assessmentVersion, String outcome, Long approvedAtMs) {
        boolean approved = approvedAtMs != null;
        return new CaseRow(id, org, submittedBy, requestCaseId, urgency, nowMs, dueAtMs, approved ? CaseStatus.FINAL : CaseStatus.PENDING_REVIEW,
                1, assessmentVersion, outcome, approved ? "APPROVED" : null, approvedAtMs, false, approved ? "APPROVED" : null, approvedAtMs,
                false);
    }

    /** This case assessed again: the next version, final and approved when {@code approvedAtMs} is not null, else awaiting review. */
    CaseRow reassessed(int newAssessmentVersion, String newOutcome, Long approvedAtMs) {
        return moved(approvedAtMs == null ? CaseStatus.PENDING_REVIEW : CaseStatus.FINAL, newAssessmentVersion, newOutcome, dueAtMs,
                approvedAtMs == null ? null : "APPROVED", approvedAtMs, infoRequested, appealed);
    }

    /** This case decided: the next version, final with {@code result}. */
    CaseRow decided(String result, long atMs) {
        return moved(CaseStatus.FINAL, assessmentVersion, outcome, dueAtMs, result, atMs, infoRequested, appealed);
    }

    /** This case waiting for the information a reviewer asked for. */
    CaseRow awaitingInformation() {
        return moved(CaseStatus.INFO_REQUESTED, assessmentVersion, outcome, dueAtMs, null, null, true, appealed);
    }

    /** This denied case appealed: awaiting review again, due by {@code newDueAtMs}. */
    CaseRow appealedUntil(long newDueAtMs) {
        return moved(CaseStatus.PENDING_REVIEW, assessmentVersion, outcome, newDueAtMs, null, null, infoRequested, true);
    }

    private CaseRow moved(CaseStatus status, int assessmentVersion, String outcome, long dueAtMs, String decision, Long decidedAtMs,
                          boolean infoRequested, boolean appealed) {
        boolean first = firstDecision == null && decision != null;
        return new CaseRow(id, org, submittedBy, requestCaseId, urgency, receivedAtMs, dueAtMs, status, version + 1, assessmentVersion,
                outcome, decision, decidedAtMs, infoRequested, first ? decision : firstDecision, first ? decidedAtMs : firstDecidedAtMs,
                appealed);
    }

    boolean recommendsApproval() {
        return "MEDICALLY_NECESSARY".equals(outcome);
    }
}
