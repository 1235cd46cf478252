package dev.necessity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.necessity.server.access.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the review service promises (contracts section 5), run against a real server on a free
 * port over each database it supports: {@link ReviewServiceOnH2Test}, {@link ReviewServiceOnPostgresTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReviewServiceContract {
    final MutableClock clock = new MutableClock();
    ServiceFixture service;
    Http http;
    Path dir;

    abstract Backend backend();

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("necessity-service-test");
        service = new ServiceFixture(backend().newDatabase(dir), clock);
        http = service.http;
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    String submitter() {
        return service.token(Role.SUBMITTER);
    }

    JsonNode submitSeed() {
        Http.Response r = http.submit(submitter(), Http.Multipart.ofCase(ServiceFixture.seedCase()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Http.Response addDocument(String id, String name, String text) {
        Http.Multipart m = new Http.Multipart().document(name, text);
        return http.post("/api/cases/" + id + "/documents", submitter(), m.contentType(), m.bytes());
    }

    /** The seed case, submitted and denied by the fixture's physician. */
    JsonNode deniedSeed() {
        JsonNode c = submitSeed();
        Http.Response denied = http.postJson("/api/cases/" + c.get("id").asText() + "/decision", service.token(Role.PHYSICIAN),
                decision("uphold", "mild stenosis and one PT visit do not meet lumbar-fusion", c.get("version").asInt()));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        return denied.json();
    }

    static String appeal(String reason, int version) {
        return "{\"reason\": \"" + reason + "\", \"version\": " + version + "}";
    }

    static String decision(String action, String reason, int version) {
        return "{\"action\": \"" + action + "\", \"reason\": \"" + reason + "\", \"version\": " + version + "}";
    }

    @Test
    void theSeedCaseIsNotMedicallyNecessaryAndOnlyAPhysicianMayUpholdIt() {
        JsonNode submitted = submitSeed();
        assertThat(submitted.get("outcome").asText()).isEqualTo("NOT_MEDICALLY_NECESSARY");
        assertThat(submitted.get("status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(submitted.get("caseId").asText()).isEqualTo("seed-l5s1-alif");
        assertThat(submitted.get("lines")).hasSize(2);
        String id = submitted.get("id").asText();
        int version = submitted.get("version").asInt();

        Http.Response byNurse = http.postJson("/api/cases/" + id + "/decision", service.token(Role.NURSE),
                decision("uphold", "imaging and conservative care below the policy", version));
        assertThat(byNurse.status()).as(byNurse.body()).isEqualTo(403);

        Http.Response byPhysician = http.postJson("/api/cases/" + id + "/decision", service.token(Role.PHYSICIAN),
                decision("uphold", "mild stenosis and one PT visit do not meet lumbar-fusion", version));
        assertThat(byPhysician.status()).as(byPhysician.body()).isEqualTo(200);
        assertThat(byPhysician.json().get("status").asText()).isEqualTo("FINAL");
        assertThat(byPhysician.json().get("decision").asText()).isEqualTo("DENIED");

        JsonNode read = http.get("/api/cases/" + id, submitter()).json();
        assertThat(read.get("status").asText()).isEqualTo("FINAL");
        assertThat(read.get("decisions")).hasSize(1);
        assertThat(read.get("decisions").get(0).get("by").asText()).startsWith("physician-");
        JsonNode audit = http.get("/api/cases/" + id + "/audit", service.token(Role.ADMIN)).json();
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("SUBMITTED", "DECIDED");
        assertThat(audit.get(1).get("detail").get("result").asText()).isEqualTo("DENIED");
        assertThat(audit.get(1).get("detail").get("reason").asText()).contains("one PT visit");
        assertThat(audit.get(1).get("prevHash").asText()).hasSize(64);
    }

    @Test
    void anApprovableCaseIsFinalAtOnceAndStoresEveryFileByteForByte() throws IOException {
        Path approvable = ServiceFixture.seedCase().resolveSibling("l5-s1-alif-approvable");
        JsonNode r = http.submit(submitter(), Http.Multipart.ofCase(approvable)).json();
        assertThat(r.get("outcome").asText()).isEqualTo("MEDICALLY_NECESSARY");
        assertThat(r.get("status").asText()).isEqualTo("FINAL");
        assertThat(r.get("decision").asText()).isEqualTo("APPROVED");
        JsonNode audit = http.get("/api/cases/" + r.get("id").asText() + "/audit", submitter()).json();
        JsonNode files = audit.get(0).get("detail").get("files");
        try (java.util.stream.Stream<Path> all = Files.list(approvable)) {
            assertThat(files).hasSize((int) all.filter(Files::isRegularFile).count());
        }
        for (JsonNode f : files) {
            byte[] original = Files.readAllBytes(approvable.resolve(f.get("name").asText()));
            assertThat(f.get("sha256").asText()).isEqualTo(new dev.necessity.server.cases.SubmittedFile("x", original).sha256());
        }
        assertThat(audit.get(1).get("action").asText()).isEqualTo("APPROVED_WITHOUT_REVIEW");
    }

    @Test
    void aSubmitterCannotSeeAnotherOrganisationsCaseNorLearnThatItExists() {
        String id = submitSeed().get("id").asText();
        Http.Response other = http.get("/api/cases/" + id, service.otherSubmitter);
        Http.Response none = http.get("/api/cases/00000000-0000-0000-0000-000000000000", service.otherSubmitter);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(none.body().replace("00000000-0000-0000-0000-000000000000", id));
        assertThat(http.get("/api/cases/" + id + "/audit", service.otherSubmitter).status()).isEqualTo(404);
        assertThat(http.get("/api/cases/" + id, service.token(Role.NURSE)).status()).isEqualTo(200);
    }

    @Test
    void aRequestWithoutAKnownTokenIsUnauthorised() {
        String id = submitSeed().get("id").asText();
        assertThat(http.get("/api/cases/" + id, null).status()).isEqualTo(401);
        assertThat(http.get("/api/cases/" + id, "nec_nothing.here").status()).isEqualTo(401);
        String forged = submitter().substring(0, submitter().length() - 2) + "xx";
        Http.Response r = http.get("/api/cases/" + id, forged);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("NEC-SERVER-401");
    }

    @Test
    void everyRouteAdmitsItsRolesRefusesTheOthersAndAsksForAToken() {
        RoleTable table = new RoleTable(this);
        List<String> checked = new ArrayList<>();
        for (Route route : service.server.routes()) {
            for (Role role : Role.values()) {
                Http.Response r = table.call(route, service.token(role));
                String what = route.method() + " " + route.path() + " as " + role.wireName() + ": " + r.body();
                if (route.isPublic() || route.roles().contains(role)) {
                    assertThat(r.status()).as(what).isBetween(200, 299);
                } else {
                    assertThat(r.status()).as(what).isEqualTo(403);
                    assertThat(r.code()).as(what).isEqualTo("NEC-SERVER-403");
                }
                checked.add(what);
            }
            Http.Response anonymous = table.call(route, null);
            assertThat(anonymous.status()).as(route.path() + " without a token").isEqualTo(route.isPublic() ? 200 : 401);
        }
        assertThat(checked).hasSize(service.server.routes().size() * Role.values().length);
    }

    @Test
    void aZippedCaseDirectoryIsAssessedLikeAMultipartOne() {
        for (String prefix : List.of("", "l5-s1-alif/")) {
            Http.Response r = http.post("/api/cases", submitter(), "application/zip", Http.zip(ServiceFixture.seedCase(), prefix));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("outcome").asText()).isEqualTo("NOT_MEDICALLY_NECESSARY");
        }
    }

    @Test
    void zipEntriesThatCouldLeaveTheCaseAreRefused() {
        for (String name : List.of("../escape.txt", "/etc/passwd.txt", "a/../../b.txt", "C:/x.txt")) {
            byte[] zip = Zips.with(ServiceFixture.seedCase(), name, "text".getBytes(StandardCharsets.UTF_8), false);
            Http.Response r = http.post("/api/cases", submitter(), "application/zip", zip);
            assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(400);
            assertThat(r.code()).as(name).isEqualTo("NEC-SERVER-021");
        }
        byte[] link = Zips.with(ServiceFixture.seedCase(), "notes.txt", "/etc/passwd".getBytes(StandardCharsets.UTF_8), true);
        Http.Response r = http.post("/api/cases", submitter(), "application/zip", link);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("is a link");
    }

    @Test
    void aZipBombIsRefusedAfterReadingNoMoreThanTheLimit() {
        byte[] bomb = Zips.bomb(40 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200_000);
        Http.Response r = http.post("/api/cases", submitter(), "application/zip", bomb);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isIn("NEC-SERVER-016", "NEC-SERVER-023");
    }

    @Test
    void badInputIsAnsweredWithA400AndIntakesCodeNeverA500() {
        Http.Response badJson = http.submit(submitter(), new Http.Multipart().request("{not json").document("a.txt", "MRI: mild stenosis"));
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.code()).isEqualTo("NEC-INTAKE-003");
        assertThat(badJson.json().get("message").asText()).startsWith("request.json:").doesNotContain("necessity-server-");

        Http.Response missingDoc = http.submit(submitter(), new Http.Multipart().request(
                "{\"caseId\": \"x\", \"requestDate\": \"2026-03-02\", \"services\": [{\"code\": \"22558\"}], \"documents\": [{\"file\": \"gone.txt\"}]}"));
        assertThat(missingDoc.status()).isEqualTo(400);
        assertThat(missingDoc.code()).isEqualTo("NEC-INTAKE-008");
        assertThat(missingDoc.json().get("message").asText()).contains("the submission").doesNotContain("/tmp");

        Http.Response noRequest = http.submit(submitter(), new Http.Multipart().document("a.txt", "text"));
        assertThat(noRequest.code()).isEqualTo("NEC-INTAKE-002");

        Http.Response badName = http.submit(submitter(), Http.Multipart.ofCase(ServiceFixture.seedCase()).document(".hidden.txt", "x"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.code()).isEqualTo("NEC-SERVER-013");

        Http.Multipart many = Http.Multipart.ofCase(ServiceFixture.seedCase());
        for (int i = 0; i < 201; i++) {
            many.document("n" + i + ".txt", "note " + i);
        }
        Http.Response tooMany = http.submit(submitter(), many);
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);

        Http.Response big = http.submit(submitter(), Http.Multipart.ofCase(ServiceFixture.seedCase()).document("huge.txt", new byte[5 * 1024 * 1024]));
        assertThat(big.status()).as(big.body()).isEqualTo(400);

        Http.Response notMultipart = http.post("/api/cases", submitter(), "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(notMultipart.status()).isEqualTo(415);
        assertThat(notMultipart.code()).isEqualTo("NEC-SERVER-010");

        Http.Response garbageZip = http.post("/api/cases", submitter(), "application/zip", "PK not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(garbageZip.status()).isEqualTo(400);
        assertThat(garbageZip.code()).isEqualTo("NEC-SERVER-020");

        String id = submitSeed().get("id").asText();
        for (String body : List.of("[]", "{\"action\": \"approve\", \"reason\": \"x\", \"version\": 1}", "{\"action\": \"uphold\", \"version\": 1}",
                "{\"action\": \"uphold\", \"reason\": \"x\"}", "{\"action\": \"uphold\", \"reason\": \"x\", \"version\": \"one\"}",
                "{\"action\": \"uphold\", \"reason\": \"x\", \"version\": 1, \"extra\": 1}", "not json")) {
            Http.Response r = http.postJson("/api/cases/" + id + "/decision", service.token(Role.PHYSICIAN), body);
            assertThat(r.status()).as(body + " -> " + r.body()).isEqualTo(400);
            assertThat(r.code()).as(body).startsWith("NEC-SERVER-05");
        }
    }

    @Test
    void aDecisionOnACaseThatChangedSinceTheReviewerLoadedItIsRefused() {
        JsonNode c = submitSeed();
        String id = c.get("id").asText();
        int seen = c.get("version").asInt();
        Http.Response first = http.postJson("/api/cases/" + id + "/decision", service.token(Role.NURSE),
                decision("request-info", "send the PT notes", seen));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Http.Response stale = http.postJson("/api/cases/" + id + "/decision", service.token(Role.PHYSICIAN),
                decision("uphold", "as recommended", seen));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("NEC-SERVER-030");
    }

    @Test
    void aRequestForInformationReopensTheCaseWhenTheSubmitterAddsDocuments() {
        JsonNode c = submitSeed();
        String id = c.get("id").asText();
        JsonNode asked = http.postJson("/api/cases/" + id + "/decision", service.token(Role.NURSE),
                decision("request-info", "please send the physical therapy discharge summary", c.get("version").asInt())).json();
        assertThat(asked.get("status").asText()).isEqualTo("INFO_REQUESTED");
        assertThat(asked.get("decisions").get(0).get("reason").asText()).contains("discharge summary");

        Http.Response added = addDocument(id, "pt-discharge-2026-02-27.txt", "PHYSICAL THERAPY DISCHARGE\nDate: 02/27/2026\n"
                + "Patient attended 2 visits of physical therapy for low back pain.");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonNode reopened = added.json();
        assertThat(reopened.get("status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(reopened.get("assessmentVersion").asInt()).isEqualTo(2);
        assertThat(reopened.get("version").asInt()).isEqualTo(c.get("version").asInt() + 2);

        JsonNode audit = http.get("/api/cases/" + id + "/audit", submitter()).json();
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("SUBMITTED", "INFO_REQUESTED", "DOCUMENTS_ADDED");

        Http.Response again = addDocument(id, "pt-discharge-2026-02-27.txt", "again");
        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void theQueueListsSoonestDueFirstFlagsOverdueCasesAndFilters() throws IOException {
        Path expedited = dir.resolve("expedited");
        dev.necessity.app.Examples.copy("l5-s1-alif", expedited);
        dev.necessity.app.Examples.editRequest(expedited, "\"urgency\": \"standard\"", "\"urgency\": \"expedited\"");
        String standardId = submitSeed().get("id").asText();
        JsonNode urgent = http.submit(submitter(), Http.Multipart.ofCase(expedited)).json();
        assertThat(urgent.get("urgency").asText()).isEqualTo("expedited");
        assertThat(java.time.Duration.between(java.time.Instant.parse(urgent.get("receivedAt").asText()),
                java.time.Instant.parse(urgent.get("dueAt").asText()))).isEqualTo(Duration.ofHours(72));

        JsonNode queue = http.get("/api/queue", service.token(Role.NURSE)).json();
        List<String> due = new ArrayList<>();
        queue.forEach(q -> due.add(q.get("dueAt").asText()));
        assertThat(due).isSorted();
        List<String> ids = new ArrayList<>();
        queue.forEach(q -> ids.add(q.get("id").asText()));
        assertThat(ids.indexOf(urgent.get("id").asText())).isLessThan(ids.indexOf(standardId));

        JsonNode onlyExpedited = http.get("/api/queue?urgency=expedited", service.token(Role.NURSE)).json();
        onlyExpedited.forEach(q -> assertThat(q.get("urgency").asText()).isEqualTo("expedited"));
        assertThat(onlyExpedited).isNotEmpty();
        assertThat(http.get("/api/queue?status=FINAL", service.token(Role.NURSE)).json())
                .allSatisfy(q -> assertThat(q.get("status").asText()).isEqualTo("FINAL"));
        assertThat(http.get("/api/queue?status=LOST", service.token(Role.NURSE)).status()).isEqualTo(400);

        clock.advance(Duration.ofHours(73));
        JsonNode later = http.get("/api/queue?urgency=expedited", service.token(Role.NURSE)).json();
        assertThat(later).anySatisfy(q -> {
            assertThat(q.get("id").asText()).isEqualTo(urgent.get("id").asText());
            assertThat(q.get("overdue").asBoolean()).isTrue();
        });
        assertThat(http.get("/api/queue?urgency=standard", service.token(Role.NURSE)).json())
                .filteredOn(q -> q.get("id").asText().equals(standardId)).allSatisfy(q -> assertThat(q.get("overdue").asBoolean()).isFalse());
    }

    @Test
    void theQueueComesInPagesLinkedByACursorThatNeitherSkipsNorRepeats() {
        for (int i = 0; i < 3; i++) {
            submitSeed();
        }
        List<String> all = new ArrayList<>();
        http.get("/api/queue?limit=500", service.token(Role.NURSE)).json().forEach(q -> all.add(q.get("id").asText()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);

        List<String> paged = new ArrayList<>();
        String next = "/api/queue?limit=2";
        int pages = 0;
        while (next != null) {
            Http.Response page = http.get(next, service.token(Role.NURSE));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().size()).isBetween(1, 2);
            page.json().forEach(q -> paged.add(q.get("id").asText()));
            next = page.headers().firstValue("Link").map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>'))).orElse(null);
            if (next != null) {
                assertThat(next).contains("limit=2").contains("after=");
            }
            pages++;
        }
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);

        assertThat(http.get("/api/queue?limit=0", service.token(Role.NURSE)).status()).isEqualTo(400);
        assertThat(http.get("/api/queue?limit=501", service.token(Role.NURSE)).status()).isEqualTo(400);
        assertThat(http.get("/api/queue?after=not-a-cursor", service.token(Role.NURSE)).status()).isEqualTo(400);
    }

    @Test
    void priorAuthorizationFiguresCountDecisionsByUrgency() {
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        JsonNode before = http.get("/metrics/prior-auth?from=" + day + "&to=" + day, service.token(Role.ADMIN)).json();
        int decided = before.get("standard").get("decided").asInt();
        JsonNode c = submitSeed();
        clock.advance(Duration.ofHours(2));
        http.postJson("/api/cases/" + c.get("id").asText() + "/decision", service.token(Role.PHYSICIAN),
                decision("uphold", "criteria not met", c.get("version").asInt()));
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        JsonNode after = http.get("/metrics/prior-auth?from=" + day + "&to=" + today, service.token(Role.ADMIN)).json();
        assertThat(after.get("standard").get("decided").asInt()).isGreaterThan(decided);
        assertThat(after.get("standard").get("deniedPercent").asDouble()).isGreaterThan(0);
        assertThat(after.get("standard").get("medianHoursToDecision").isNumber()).isTrue();
        assertThat(http.get("/metrics/prior-auth?from=yesterday&to=" + day, service.token(Role.ADMIN)).status()).isEqualTo(400);
        assertThat(http.get("/metrics/prior-auth", service.token(Role.ADMIN)).status()).isEqualTo(400);
    }

    @Test
    void aDenialAppealedIsReviewedAgainByAnotherPhysicianAndCountedAsApprovedAfterAppeal() {
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        JsonNode denied = deniedSeed();
        String id = denied.get("id").asText();
        assertThat(denied.get("decision").asText()).isEqualTo("DENIED");
        JsonNode before = http.get("/metrics/prior-auth?from=" + day + "&to=" + day, service.token(Role.ADMIN)).json().get("standard");

        clock.advance(Duration.ofDays(3));
        Http.Response byOther = http.postJson("/api/cases/" + id + "/appeal", service.otherSubmitter, appeal("please look again", denied.get("version").asInt()));
        assertThat(byOther.status()).as("another organisation cannot find the case").isEqualTo(404);
        Http.Response stale = http.postJson("/api/cases/" + id + "/appeal", submitter(), appeal("please look again", denied.get("version").asInt() - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(http.postJson("/api/cases/" + id + "/appeal", submitter(), "{\"version\": " + denied.get("version").asInt() + "}").code())
                .isEqualTo("NEC-SERVER-052");

        Http.Response appealed = http.postJson("/api/cases/" + id + "/appeal", submitter(),
                appeal("flexion-extension films taken last week show 4 mm of translation", denied.get("version").asInt()));
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        JsonNode open = appealed.json();
        assertThat(open.get("status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(open.get("appealed").asBoolean()).isTrue();
        assertThat(open.get("decision").isNull()).isTrue();
        assertThat(java.time.Duration.between(clock.instant(), java.time.Instant.parse(open.get("dueAt").asText()))).isEqualTo(Duration.ofDays(7));
        assertThat(http.postJson("/api/cases/" + id + "/appeal", submitter(), appeal("again", open.get("version").asInt())).code())
                .as("a case under appeal is not denied").isEqualTo("NEC-SERVER-033");

        int v = open.get("version").asInt();
        Http.Response byNurse = http.postJson("/api/cases/" + id + "/decision", service.token(Role.NURSE), decision("overturn", "looks fine", v));
        assertThat(byNurse.status()).as("a nurse may not decide an appeal, even to approve").isEqualTo(403);
        Http.Response bySamePhysician = http.postJson("/api/cases/" + id + "/decision", service.token(Role.PHYSICIAN),
                decision("overturn", "on reflection", v));
        assertThat(bySamePhysician.status()).as("nor the physician who denied it").isEqualTo(403);
        assertThat(bySamePhysician.body()).contains("other than the one who issued the denial");

        Http.Response added = addDocument(id, "flexion-extension-2026-03-10.txt", "RADIOGRAPHS LUMBAR SPINE FLEXION/EXTENSION\nDate: 03/10/2026\n"
                + "4 mm anterolisthesis of L5 on S1 in flexion, reducing in extension.");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonNode reassessed = added.json();
        assertThat(reassessed.get("appealed").asBoolean()).isTrue();
        Http.Response approved = http.postJson("/api/cases/" + id + "/decision", service.secondPhysician,
                decision(reassessed.get("outcome").asText().equals("MEDICALLY_NECESSARY") ? "uphold" : "overturn",
                        "instability now documented on dynamic films", reassessed.get("version").asInt()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("decision").asText()).isEqualTo("APPROVED");
        assertThat(http.postJson("/api/cases/" + id + "/appeal", submitter(), appeal("again", approved.json().get("version").asInt())).code())
                .isEqualTo("NEC-SERVER-033");

        JsonNode audit = http.get("/api/cases/" + id + "/audit", submitter()).json();
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("SUBMITTED", "DECIDED", "APPEALED", "DOCUMENTS_ADDED", "DECIDED");
        assertThat(audit.get(2).get("detail").get("reason").asText()).contains("4 mm of translation");

        JsonNode after = http.get("/metrics/prior-auth?from=" + day + "&to=" + day, service.token(Role.ADMIN)).json().get("standard");
        assertThat(after.get("decided").asInt()).as("counted once, on the day of its first decision").isEqualTo(before.get("decided").asInt());
        int n = after.get("decided").asInt();
        assertThat(after.get("approvedAfterAppealPercent").asDouble())
                .isEqualTo(Math.round(10000.0 * (Math.round(before.get("approvedAfterAppealPercent").asDouble() * n / 100.0) + 1) / n) / 100.0);
        assertThat(after.get("deniedPercent").asDouble()).as("the first decision still counts as a denial").isEqualTo(before.get("deniedPercent").asDouble());
    }

    @Test
    void operationalMetricsCountRequestsByRouteAndTimeAssessments() {
        submitSeed();
        String text = http.get("/metrics", service.token(Role.ADMIN)).body();
        assertThat(text).contains("necessity_http_requests_total{method=\"POST\",route=\"/api/cases\",status=\"201\"}");
        assertThat(text).containsPattern("necessity_assessment_seconds_count [1-9]");
    }

    @Test
    void theOpenApiDescriptionListsEveryRouteTheServerServesWithItsRoles() {
        JsonNode api = http.get("/openapi.json", null).json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (Route r : service.server.routes()) {
            JsonNode op = api.get("paths").get(r.path()).get(r.method().toLowerCase(java.util.Locale.ROOT));
            assertThat(op).as(r.path()).isNotNull();
            List<String> roles = new ArrayList<>();
            op.get("x-roles").forEach(n -> roles.add(n.asText()));
            assertThat(roles).containsExactlyInAnyOrderElementsOf(r.roles().stream().map(Role::wireName).toList());
        }
        int operations = 0;
        for (JsonNode path : api.get("paths")) {
            operations += path.size();
        }
        assertThat(operations).isEqualTo(service.server.routes().size());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theLogNamesRequestsButHoldsNoPatientDetailsOrDocumentText() throws IOException {
        submitSeed();
        String log = service.log();
        assertThat(log).contains("POST /api/cases").contains(" 201 ");
        for (String secret : SeedSecrets.all()) {
            assertThat(log).as("the log holds '" + secret + "'").doesNotContain(secret);
        }
    }
}
