package dev.necessity.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.report.CitationIndex;
import dev.necessity.report.JsonRenderer;
import dev.necessity.server.access.Caller;
import dev.necessity.server.access.Role;
import dev.necessity.server.audit.AuditChain;
import dev.necessity.server.audit.AuditEntry;
import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The review workflow over the database: a submission is assessed and stored, with its files,
 * determination and first audit entry, in one transaction; reviewers decide; a request for
 * information reopens the case when the submitter adds documents, which are assessed again as a
 * new version. Every change checks the case's version, so a decision on a case that changed
 * since the reviewer loaded it is refused (409).
 *
 * <p>A case whose determination is MEDICALLY_NECESSARY with nothing for a physician to check
 * ({@code requiresPhysicianReview} false) is FINAL and approved at once: the engine approves,
 * only people deny. Anything else is PENDING_REVIEW.
 */
public final class Reviews {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The actor of what the service does by itself (an approval without review). */
    public static final String SERVICE_ACTOR = "necessity";

    private final Database db;
    private final Pipeline pipeline;
    private final StagedIntake intake;
    private final Clock clock;
    private final String knowledgeVersion;
    private final LongConsumer assessmentNanos;

    public Reviews(Database db, Pipeline pipeline, Path workDir, Clock clock, LongConsumer assessmentNanos) {
        this.db = db;
        this.pipeline = pipeline;
        this.intake = new StagedIntake(pipeline.reader(), workDir);
        this.clock = clock;
        this.assessmentNanos = assessmentNanos;
        this.knowledgeVersion = pipeline.knowledge().sorted().stream().map(p -> p.id() + "@" + p.version()).collect(Collectors.joining(","));
    }

    /** The policies and versions every new determination is made with, e.g. {@code bone-graft@2026.11.0,...}. */
    public String knowledgeVersion() {
        return knowledgeVersion;
    }

    /** Assesses and stores a new case; 400 for anything intake refuses. */
    public ObjectNode submit(Caller submitter, List<SubmittedFile> files) {
        CaseRequest request = intake.read(files);
        Determination d = assess(request);
        long now = clock.millis();
        String id = UUID.randomUUID().toString();
        String urgency = request.urgency().toLowerCase(Locale.ROOT);
        CaseStore.Assessment a = assessment(1, d, now);
        boolean automatic = approvesWithoutReview(d);
        CaseRow row = CaseRow.received(id, submitter.org(), submitter.name(), request.caseId(), urgency, now, DueTimes.dueAt(urgency, now),
                1, d.outcome().name(), automatic ? now : null);
        db.transaction(c -> {
            CaseStore.insertCase(c, row);
            CaseStore.insertFiles(c, id, 1, files);
            CaseStore.insertAssessment(c, id, a);
            ObjectNode detail = fileDetail(files, a, row);
            CaseStore.audit(c, id, now, submitter.name(), "SUBMITTED", detail);
            if (automatic) {
                CaseStore.audit(c, id, now, SERVICE_ACTOR, "APPROVED_WITHOUT_REVIEW", statusDetail(row));
            }
            return null;
        });
        return view(row, a.tree(), List.of());
    }

    /** The case with its determination and decisions; 404 when it does not exist or the caller may not see it. */
    public ObjectNode view(Caller caller, String id) {
        return db.read(c -> {
            CaseRow row = visible(c, caller, id);
            String json = CaseStore.assessment(c, id, row.assessmentVersion()).orElseThrow(() -> new SQLException("case " + id + " has no assessment"))[0];
            return view(row, (ObjectNode) parse(json), CaseStore.decisions(c, id));
        });
    }

    /** Adds documents to a case awaiting review or information, and assesses it again as a new version. */
    public ObjectNode addDocuments(Caller submitter, String id, List<SubmittedFile> added) {
        Loaded loaded = db.read(c -> new Loaded(visible(c, submitter, id), CaseStore.files(c, id)));
        CaseRow row = loaded.row();
        if (row.status() == CaseStatus.FINAL) {
            throw ApiProblem.conflict("NEC-SERVER-032", "case " + id + " is final; documents can be added while it awaits review or information");
        }
        Set<String> names = new HashSet<>();
        loaded.files().forEach(f -> names.add(f.name()));
        for (SubmittedFile f : added) {
            if (!names.add(f.name())) {
                throw ApiProblem.badRequest("NEC-SERVER-015", "the case already holds a document named '" + FileNames.printable(f.name()) + "'");
            }
        }
        List<SubmittedFile> all = new ArrayList<>(listing(loaded.files(), added));
        all.addAll(added);
        CaseRequest request = intake.read(all);
        Determination d = assess(request);
        long now = clock.millis();
        int version = row.assessmentVersion() + 1;
        CaseStore.Assessment a = assessment(version, d, now);
        boolean automatic = approvesWithoutReview(d);
        CaseRow next = row.reassessed(version, d.outcome().name(), automatic ? now : null);
        return db.transaction(c -> {
            if (!CaseStore.updateCase(c, next, row.version())) {
                throw ApiProblem.conflict("NEC-SERVER-031", "case " + id + " changed while the documents were assessed; send them again");
            }
            CaseStore.insertFiles(c, id, version, added);
            CaseStore.insertAssessment(c, id, a);
            CaseStore.audit(c, id, now, submitter.name(), "DOCUMENTS_ADDED", fileDetail(added, a, next));
            if (automatic) {
                CaseStore.audit(c, id, now, SERVICE_ACTOR, "APPROVED_WITHOUT_REVIEW", statusDetail(next));
            }
            return view(next, a.tree(), CaseStore.decisions(c, id));
        });
    }

    /**
     * A reviewer's decision. {@code seenVersion} is the case version the reviewer loaded: a case
     * that changed since is refused with 409, so nobody decides on a record they have not seen.
     */
    public ObjectNode decide(Caller reviewer, String id, ReviewAction action, String reason, int seenVersion) {
        return db.transaction(c -> {
            CaseRow row = visible(c, reviewer, id);
            action.requireAllowed(reviewer.role(), row.recommendsApproval());
            if (row.appealed() && action != ReviewAction.REQUEST_INFO) {
                requireAppealReviewer(c, reviewer, row);
            }
            requireVersion(row, seenVersion);
            if (row.status() == CaseStatus.FINAL) {
                throw ApiProblem.conflict("NEC-SERVER-032", "case " + id + " is already final (" + row.decision() + ")");
            }
            long now = clock.millis();
            String result = action.result(row.recommendsApproval()).orElse(CaseStatus.INFO_REQUESTED.name());
            boolean infoRequest = action == ReviewAction.REQUEST_INFO;
            CaseRow next = infoRequest ? row.awaitingInformation() : row.decided(result, now);
            if (!CaseStore.updateCase(c, next, seenVersion)) {
                throw ApiProblem.conflict("NEC-SERVER-030", "case " + id + " changed while the decision was recorded; load it again");
            }
            CaseStore.insertDecision(c, id, next.version(), row.assessmentVersion(), reviewer.name(), reviewer.role().wireName(),
                    action.wireName(), result, reason, now);
            ObjectNode detail = statusDetail(next);
            detail.put("action", action.wireName());
            detail.put("result", result);
            detail.put("role", reviewer.role().wireName());
            detail.put("reason", reason);
            CaseStore.audit(c, id, now, reviewer.name(), infoRequest ? "INFO_REQUESTED" : "DECIDED", detail);
            String json = CaseStore.assessment(c, id, row.assessmentVersion()).orElseThrow()[0];
            return view(next, (ObjectNode) parse(json), CaseStore.decisions(c, id));
        });
    }

    /**
     * The submitter appeals a denial: the case awaits review again, due by the same urgency clock
     * counted from the appeal, and is decided by a physician other than the one who denied it. One
     * appeal per case; documents may be added to it as to any case awaiting review.
     */
    public ObjectNode appeal(Caller submitter, String id, String reason, int seenVersion) {
        return db.transaction(c -> {
            CaseRow row = visible(c, submitter, id);
            requireVersion(row, seenVersion);
            if (row.status() != CaseStatus.FINAL || !"DENIED".equals(row.decision())) {
                throw ApiProblem.conflict("NEC-SERVER-033", "case " + id + " is not denied"
                        + (row.status() == CaseStatus.FINAL ? " (" + row.decision() + ")" : " (" + row.status() + ")") + "; only a denial can be appealed");
            }
            if (row.appealed()) {
                throw ApiProblem.conflict("NEC-SERVER-034", "case " + id + " was appealed already; its appeal decision is final here");
            }
            long now = clock.millis();
            CaseRow next = row.appealedUntil(DueTimes.dueAt(row.urgency(), now));
            if (!CaseStore.updateCase(c, next, seenVersion)) {
                throw ApiProblem.conflict("NEC-SERVER-030", "case " + id + " changed while the appeal was recorded; load it again");
            }
            ObjectNode detail = statusDetail(next);
            detail.put("reason", reason);
            detail.put("dueAt", Instant.ofEpochMilli(next.dueAtMs()).toString());
            CaseStore.audit(c, id, now, submitter.name(), "APPEALED", detail);
            String json = CaseStore.assessment(c, id, row.assessmentVersion()).orElseThrow()[0];
            return view(next, (ObjectNode) parse(json), CaseStore.decisions(c, id));
        });
    }

    /** An appeal is decided by a physician who did not issue the denial appealed. */
    private static void requireAppealReviewer(Connection c, Caller reviewer, CaseRow row) throws SQLException {
        if (reviewer.role() != Role.PHYSICIAN) {
            throw ApiProblem.forbidden("an appeal is decided by a physician");
        }
        if (CaseStore.lastDeniedBy(c, row.id()).filter(reviewer.name()::equals).isPresent()) {
            throw ApiProblem.forbidden("an appeal is decided by a physician other than the one who issued the denial");
        }
    }

    private static void requireVersion(CaseRow row, int seenVersion) {
        if (row.version() != seenVersion) {
            throw ApiProblem.conflict("NEC-SERVER-030", "case " + row.id() + " is at version " + row.version() + ", not " + seenVersion
                    + " as seen; load it again before deciding");
        }
    }

    /** The case's audit entries, oldest first; 404 when the caller may not see the case. */
    public ArrayNode audit(Caller caller, String id) {
        return db.read(c -> {
            visible(c, caller, id);
            ArrayNode out = JSON.createArrayNode();
            for (AuditEntry e : AuditChain.forCase(c, id)) {
                ObjectNode o = out.addObject();
                o.put("seq", e.seq());
                o.put("at", Instant.ofEpochMilli(e.atMs()).toString());
                o.put("actor", e.actor());
                o.put("action", e.action());
                o.set("detail", parse(e.detail()));
                o.put("prevHash", e.prevHash());
                o.put("hash", e.hash());
            }
            return out;
        });
    }

    private record Loaded(CaseRow row, List<SubmittedFile> files) {
    }

    private Determination assess(CaseRequest request) {
        long start = System.nanoTime();
        Determination d = pipeline.assess(request);
        assessmentNanos.accept(System.nanoTime() - start);
        return d;
    }

    private CaseStore.Assessment assessment(int version, Determination d, long now) {
        ObjectNode tree = new JsonRenderer().toJson(d, new CitationIndex(d, pipeline.knowledge().sources()));
        String json;
        try {
            json = JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new CaseStore.Assessment(version, d.outcome().name(), d.requiresPhysicianReview(), knowledgeVersion, json, now, tree);
    }

    private static boolean approvesWithoutReview(Determination d) {
        return d.outcome() == LineOutcome.MEDICALLY_NECESSARY && !d.requiresPhysicianReview();
    }

    /** The stored files, request.json listing the added documents when it lists its documents at all. */
    private static List<SubmittedFile> listing(List<SubmittedFile> stored, List<SubmittedFile> added) {
        List<SubmittedFile> out = new ArrayList<>();
        for (SubmittedFile f : stored) {
            if (!f.name().equals(CaseReader.REQUEST_FILE)) {
                out.add(f);
                continue;
            }
            try {
                JsonNode request = JSON.readTree(f.content());
                if (request instanceof ObjectNode o && o.get("documents") instanceof ArrayNode documents) {
                    added.forEach(a -> documents.addObject().put("file", a.name()));
                    out.add(new SubmittedFile(f.name(), JSON.writeValueAsString(o).getBytes(StandardCharsets.UTF_8)));
                } else {
                    out.add(f);
                }
            } catch (IOException e) {
                out.add(f); // intake reports it as it would any request.json
            }
        }
        return out;
    }

    private CaseRow visible(Connection c, Caller caller, String id) throws SQLException {
        return CaseStore.find(c, id).filter(r -> caller.maySee(r.org()))
                .orElseThrow(() -> ApiProblem.notFound("case " + id));
    }

    private ObjectNode view(CaseRow row, ObjectNode determination, List<ObjectNode> decisions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", row.id());
        root.put("version", row.version());
        root.put("status", row.status().name());
        root.put("urgency", row.urgency());
        root.put("receivedAt", Instant.ofEpochMilli(row.receivedAtMs()).toString());
        root.put("dueAt", Instant.ofEpochMilli(row.dueAtMs()).toString());
        root.put("overdue", row.status() != CaseStatus.FINAL && clock.millis() > row.dueAtMs());
        root.put("decision", row.decision());
        root.put("decidedAt", row.decidedAtMs() == null ? null : Instant.ofEpochMilli(row.decidedAtMs()).toString());
        root.put("appealed", row.appealed());
        root.put("assessmentVersion", row.assessmentVersion());
        root.put("knowledgeVersion", knowledgeVersion);
        root.setAll(determination);
        ArrayNode list = root.putArray("decisions");
        decisions.forEach(list::add);
        return root;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON that does not parse", e);
        }
    }

    private static ObjectNode fileDetail(List<SubmittedFile> files, CaseStore.Assessment a, CaseRow row) {
        ObjectNode detail = statusDetail(row);
        detail.put("assessmentVersion", a.version());
        detail.put("outcome", a.outcome());
        detail.put("knowledgeVersion", a.knowledgeVersion());
        ArrayNode list = detail.putArray("files");
        files.forEach(f -> list.addObject().put("name", f.name()).put("bytes", f.content().length).put("sha256", f.sha256()));
        return detail;
    }

    private static ObjectNode statusDetail(CaseRow row) {
        ObjectNode detail = JSON.createObjectNode();
        detail.put("status", row.status().name());
        detail.put("caseVersion", row.version());
        if (row.decision() != null) {
            detail.put("decision", row.decision());
        }
        return detail;
    }
}
