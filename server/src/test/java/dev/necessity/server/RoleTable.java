package dev.necessity.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One valid request for every route, so a test can call each route as each role and see only the
 * role decide the answer. A route without a sample here fails the test that uses it.
 */
final class RoleTable {
    private final ReviewServiceContract test;
    private final Map<String, BiFunction<Route, String, Http.Response>> samples;

    RoleTable(ReviewServiceContract test) {
        this.test = test;
        Http http = test.http;
        this.samples = Map.of(
                "POST /api/cases", (r, token) -> http.submit(token, Http.Multipart.ofCase(ServiceFixture.seedCase())),
                "GET /api/cases/{caseId}", (r, token) -> http.get("/api/cases/" + newCase().get("id").asText(), token),
                "POST /api/cases/{caseId}/documents", (r, token) -> {
                    Http.Multipart m = new Http.Multipart().document("addendum-2026-02-28.txt", "ADDENDUM\nDate: 02/28/2026\nNo change in symptoms.");
                    return http.post("/api/cases/" + newCase().get("id").asText() + "/documents", token, m.contentType(), m.bytes());
                },
                "POST /api/cases/{caseId}/decision", (r, token) -> {
                    JsonNode c = newCase();
                    return http.postJson("/api/cases/" + c.get("id").asText() + "/decision", token,
                            ReviewServiceContract.decision("request-info", "the latest imaging report", c.get("version").asInt()));
                },
                "POST /api/cases/{caseId}/appeal", (r, token) -> {
                    JsonNode c = test.deniedSeed();
                    return http.postJson("/api/cases/" + c.get("id").asText() + "/appeal", token,
                            ReviewServiceContract.appeal("the surgeon's letter documents instability on flexion views", c.get("version").asInt()));
                },
                "GET /api/cases/{caseId}/audit", (r, token) -> http.get("/api/cases/" + newCase().get("id").asText() + "/audit", token),
                "GET /api/queue", (r, token) -> http.get("/api/queue?urgency=standard", token),
                "GET /metrics/prior-auth", (r, token) -> http.get("/metrics/prior-auth?from=2026-01-01&to=2026-12-31", token),
                "GET /metrics", (r, token) -> http.get("/metrics", token),
                "GET /openapi.json", (r, token) -> http.get("/openapi.json", token));
    }

    Http.Response call(Route route, String token) {
        BiFunction<Route, String, Http.Response> sample = samples.get(route.method() + " " + route.path());
        if (sample == null) {
            throw new AssertionError("no sample request for " + route.method() + " " + route.path() + "; add one to RoleTable");
        }
        return sample.apply(route, token);
    }

    private JsonNode newCase() {
        return test.submitSeed();
    }
}
