package dev.necessity.server.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.audit.AuditChain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of cases, their files, assessments and decisions; every method runs in its caller's transaction. */
final class CaseStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseStore() {
    }

    /** An assessment ready to store: the determination's JSON (and its tree) and the knowledge that produced it. */
    record Assessment(int version, String outcome, boolean requiresReview, String knowledgeVersion, String json, long atMs, ObjectNode tree) {
    }

    static void insertCase(Connection c, CaseRow r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cases (" + CaseRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.org());
            s.setString(3, r.submittedBy());
            s.setString(4, r.requestCaseId());
            s.setString(5, r.urgency());
            s.setLong(6, r.receivedAtMs());
            s.setLong(7, r.dueAtMs());
            s.setString(8, r.status().name());
            s.setInt(9, r.version());
            s.setInt(10, r.assessmentVersion());
            s.setString(11, r.outcome());
            s.setString(12, r.decision());
            if (r.decidedAtMs() == null) s.setNull(13, Types.BIGINT); else s.setLong(13, r.decidedAtMs());
            s.setBoolean(14, r.infoRequested());
            s.setString(15, r.firstDecision());
            if (r.firstDecidedAtMs() == null) s.setNull(16, Types.BIGINT); else s.setLong(16, r.firstDecidedAtMs());
            s.setBoolean(17, r.appealed());
            s.executeUpdate();
        }
    }

    /** Moves the case to {@code next} when it is still at {@code seenVersion}; false when it changed meanwhile. */
    static boolean updateCase(Connection c, CaseRow next, int seenVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cases SET status = ?, version = ?, assessment_version = ?, outcome = ?, "
                + "decision = ?, decided_at_ms = ?, info_requested = ?, due_at_ms = ?, first_decision = ?, first_decided_at_ms = ?, appealed = ? "
                + "WHERE id = ? AND version = ?")) {
            s.setString(1, next.status().name());
            s.setInt(2, next.version());
            s.setInt(3, next.assessmentVersion());
            s.setString(4, next.outcome());
            s.setString(5, next.decision());
            if (next.decidedAtMs() == null) s.setNull(6, Types.BIGINT); else s.setLong(6, next.decidedAtMs());
            s.setBoolean(7, next.infoRequested());
            s.setLong(8, next.dueAtMs());
            s.setString(9, next.firstDecision());
            if (next.firstDecidedAtMs() == null) s.setNull(10, Types.BIGINT); else s.setLong(10, next.firstDecidedAtMs());
            s.setBoolean(11, next.appealed());
            s.setString(12, next.id());
            s.setInt(13, seenVersion);
            return s.executeUpdate() == 1;
        }
    }

    static Optional<CaseRow> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CaseRow.read(rs)) : Optional.empty();
            }
        }
    }

    static void insertFiles(Connection c, String caseId, int assessmentVersion, List<SubmittedFile> files) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_files (case_id, name, assessment_version, content, size_bytes, sha256) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SubmittedFile f : files) {
                s.setString(1, caseId);
                s.setString(2, f.name());
                s.setInt(3, assessmentVersion);
                s.setBytes(4, f.content());
                s.setLong(5, f.content().length);
                s.setString(6, f.sha256());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static List<SubmittedFile> files(Connection c, String caseId) throws SQLException {
        List<SubmittedFile> files = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, content FROM case_files WHERE case_id = ? ORDER BY assessment_version, name")) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.add(new SubmittedFile(rs.getString(1), rs.getBytes(2)));
                }
            }
        }
        return files;
    }

    static void insertAssessment(Connection c, String caseId, Assessment a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessments (case_id, version, outcome, requires_review, knowledge_version, "
                + "determination_json, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, caseId);
            s.setInt(2, a.version());
            s.setString(3, a.outcome());
            s.setBoolean(4, a.requiresReview());
            s.setString(5, a.knowledgeVersion());
            s.setString(6, a.json());
            s.setLong(7, a.atMs());
            s.executeUpdate();
        }
    }

    /** The stored determination JSON and knowledge version of one assessment. */
    static Optional<String[]> assessment(Connection c, String caseId, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT determination_json, knowledge_version FROM assessments WHERE case_id = ? AND version = ?")) {
            s.setString(1, caseId);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    static void insertDecision(Connection c, String caseId, int caseVersion, int assessmentVersion, String actor, String role,
                               String action, String result, String reason, long atMs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO decisions (case_id, case_version, assessment_version, actor, role, action, "
                + "result, reason, decided_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, caseId);
            s.setInt(2, caseVersion);
            s.setInt(3, assessmentVersion);
            s.setString(4, actor);
            s.setString(5, role);
            s.setString(6, action);
            s.setString(7, result);
            s.setString(8, reason);
            s.setLong(9, atMs);
            s.executeUpdate();
        }
    }

    /** The case's decisions as JSON objects, oldest first. */
    static List<ObjectNode> decisions(Connection c, String caseId) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT actor, role, action, result, reason, decided_at_ms, case_version, assessment_version "
                + "FROM decisions WHERE case_id = ? ORDER BY id")) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ObjectNode d = JSON.createObjectNode();
                    d.put("by", rs.getString(1));
                    d.put("role", rs.getString(2));
                    d.put("action", rs.getString(3));
                    d.put("result", rs.getString(4));
                    d.put("reason", rs.getString(5));
                    d.put("at", java.time.Instant.ofEpochMilli(rs.getLong(6)).toString());
                    d.put("caseVersion", rs.getInt(7));
                    d.put("assessmentVersion", rs.getInt(8));
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Who issued the case's latest denial, if it has one. */
    static Optional<String> lastDeniedBy(Connection c, String caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT actor FROM decisions WHERE case_id = ? AND result = 'DENIED' ORDER BY id DESC")) {
            s.setString(1, caseId);
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Appends the case's audit entry; {@code detail} is serialised once and hashed as written. */
    static void audit(Connection c, String caseId, long atMs, String actor, String action, ObjectNode detail) throws SQLException {
        AuditChain.append(c, caseId, atMs, actor, action, detail.toString());
    }
}
