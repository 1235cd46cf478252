package dev.necessity.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.access.Caller;
import dev.necessity.server.access.Role;
import dev.necessity.server.cases.PriorAuthMetrics;
import dev.necessity.server.cases.ReviewAction;
import dev.necessity.server.cases.ReviewQueue;
import dev.necessity.server.cases.Reviews;
import dev.necessity.server.cases.Uploads;
import dev.necessity.server.problem.ApiProblem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every route of the service (contracts section 5, without the FHIR ones), each declared once. */
final class ApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DECISION_BYTES = 64 * 1024;
    private static final int MAX_REASON = 4000;
    private static final Set<Role> EVERYONE = Set.of(Role.SUBMITTER, Role.NURSE, Role.PHYSICIAN, Role.ADMIN);
    private static final Set<Role> REVIEWERS = Set.of(Role.NURSE, Role.PHYSICIAN, Role.ADMIN);
    private static final List<String> UPLOAD = List.of("multipart/form-data", "application/zip");

    private ApiRoutes() {
    }

    static List<Route> all(Reviews reviews, ReviewQueue queue, PriorAuthMetrics priorAuth, Uploads uploads, OperationalMetrics metrics,
                           java.util.function.Supplier<List<Route>> self) {
        return List.of(
                route("POST", "/api/cases", Set.of(Role.SUBMITTER), "Submit a case",
                        "Assesses the case and stores it, its files, determination and first audit entry in one transaction. "
                                + "201 with the determination JSON plus id, version, status (PENDING_REVIEW or FINAL) and dueAt.",
                        UPLOAD, "multipart/form-data: part \"request\" is request.json, every other part a document named by its filename; "
                                + "or application/zip: a case directory (request.json and documents, optionally under one folder)",
                        List.of(), Map.of(201, "the stored case and its determination"), "application/json",
                        (ctx, caller) -> {
                            ObjectNode view = reviews.submit(caller, uploads.read(ctx.req(), true));
                            ctx.header("Location", "/api/cases/" + view.get("id").asText());
                            json(ctx.status(201), view);
                        }),
                route("GET", "/api/cases/{caseId}", EVERYONE, "Read a case",
                        "The determination JSON plus status, dueAt, version (also the ETag) and the reviewer decisions so far. "
                                + "A submitter sees only its organisation's cases.",
                        List.of(), null, List.of(), Map.of(200, "the case"), "application/json",
                        (ctx, caller) -> json(ctx, reviews.view(caller, ctx.pathParam("caseId")))),
                route("POST", "/api/cases/{caseId}/documents", Set.of(Role.SUBMITTER), "Add documents to a case",
                        "Adds documents to a case awaiting review or information (409 when final) and assesses it again as a new version; "
                                + "a case that was asked for information is reopened.",
                        UPLOAD, "multipart/form-data, one part per document named by its filename (no request part); or a zip of the documents",
                        List.of(), Map.of(200, "the case, assessed again", 409, "the case is final, or changed meanwhile"), "application/json",
                        (ctx, caller) -> json(ctx, reviews.addDocuments(caller, ctx.pathParam("caseId"), uploads.read(ctx.req(), false)))),
                route("POST", "/api/cases/{caseId}/decision", Set.of(Role.NURSE, Role.PHYSICIAN), "Decide a case",
                        "{\"action\": \"uphold\" | \"overturn\" | \"request-info\", \"reason\": \"...\", \"version\": N} (or the version in If-Match). "
                                + "Only a physician may deny; a nurse may approve or request information. 409 when the case is no longer "
                                + "at the version the reviewer saw, or is already final.",
                        List.of("application/json"), "the decision", List.of(),
                        Map.of(200, "the case with the decision", 409, "the case changed since it was loaded, or is final"), "application/json",
                        (ctx, caller) -> decide(ctx, caller, reviews)),
                route("POST", "/api/cases/{caseId}/appeal", Set.of(Role.SUBMITTER), "Appeal a denial",
                        "{\"reason\": \"...\", \"version\": N} (or the version in If-Match). Reopens a denied case for review, due by the "
                                + "urgency clock counted from the appeal, to be decided by a physician other than the one who denied it; "
                                + "documents may then be added. One appeal per case. 409 when the case is not denied, was appealed "
                                + "already, or changed since it was loaded.",
                        List.of("application/json"), "the appeal", List.of(),
                        Map.of(200, "the case, awaiting review of the appeal", 409, "the case is not denied, was appealed already, or changed"),
                        "application/json", (ctx, caller) -> appeal(ctx, caller, reviews)),
                route("GET", "/api/cases/{caseId}/audit", EVERYONE, "A case's audit entries",
                        "Every audit entry about the case, oldest first, each with its hash and the previous entry's hash.",
                        List.of(), null, List.of(), Map.of(200, "the entries"), "application/json",
                        (ctx, caller) -> json(ctx, reviews.audit(caller, ctx.pathParam("caseId")))),
                route("GET", "/api/queue", REVIEWERS, "The review queue",
                        "Cases not yet final, soonest due first; overdue ones flagged. In pages: when more cases follow, a "
                                + "Link header (rel=\"next\") gives the next page's address, with its cursor in after.", List.of(), null,
                        List.of(new Route.QueryParameter("status", "PENDING_REVIEW, INFO_REQUESTED or FINAL", false),
                                new Route.QueryParameter("urgency", "standard or expedited", false),
                                new Route.QueryParameter("limit", "cases per page, 1 to " + ReviewQueue.MAX + " (default "
                                        + ReviewQueue.DEFAULT_LIMIT + ")", false),
                                new Route.QueryParameter("after", "the cursor from the previous page's Link header", false)),
                        Map.of(200, "one page of the queue"), "application/json",
                        (ctx, caller) -> {
                            ReviewQueue.Page page = queue.page(ctx.queryParam("status"), ctx.queryParam("urgency"), ctx.queryParam("limit"),
                                    ctx.queryParam("after"));
                            if (page.next() != null) {
                                ctx.header("Link", "<" + nextPage(ctx, page.next()) + ">; rel=\"next\"");
                            }
                            json(ctx, page.items());
                        }),
                route("GET", "/metrics/prior-auth", Set.of(Role.ADMIN), "CMS-0057-F prior-authorization figures",
                        "Percent approved, denied, approved after appeal, approved after an extended review, and average and median hours "
                                + "to decision, standard and expedited, for cases first decided between from and to (both included).",
                        List.of(), null, List.of(new Route.QueryParameter("from", "first day, ISO date", true),
                                new Route.QueryParameter("to", "last day, ISO date", true)),
                        Map.of(200, "the figures"), "application/json",
                        (ctx, caller) -> json(ctx, priorAuth.report(ctx.queryParam("from"), ctx.queryParam("to")))),
                route("GET", "/metrics", Set.of(Role.ADMIN), "Operational metrics",
                        "Prometheus text format: requests by route and status, assessment latency.", List.of(), null, List.of(),
                        Map.of(200, "the metrics"), "text/plain",
                        (ctx, caller) -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.exposition())),
                route("GET", "/openapi.json", Set.of(), "This description",
                        "The OpenAPI 3 description of every route, generated from the routes the server registers.", List.of(), null,
                        List.of(), Map.of(200, "the description"), "application/json",
                        (ctx, caller) -> json(ctx, OpenApi.describe(self.get(), "0.1.0"))));
    }

    private static Route route(String method, String path, Set<Role> roles, String summary, String description, List<String> requestTypes,
                               String requestDescription, List<Route.QueryParameter> query, Map<Integer, String> responses, String produces,
                               RouteHandler handler) {
        return new Route(method, path, roles, summary, description, requestTypes, requestDescription, query, new LinkedHashMap<>(responses),
                produces, handler);
    }

    private static void decide(Context ctx, Caller caller, Reviews reviews) {
        ObjectNode o = fields(ctx, "the decision", Set.of("action", "reason", "version"));
        String actionName = o.path("action").isTextual() ? o.get("action").asText() : "";
        ReviewAction action = ReviewAction.parse(actionName).orElseThrow(() -> ApiProblem.badRequest("NEC-SERVER-051",
                "action must be one of uphold, overturn, request-info"));
        String reason = reason(o, action == ReviewAction.REQUEST_INFO ? " and what information is needed" : "");
        json(ctx, reviews.decide(caller, ctx.pathParam("caseId"), action, reason, version(ctx, o)));
    }

    private static void appeal(Context ctx, Caller caller, Reviews reviews) {
        ObjectNode o = fields(ctx, "the appeal", Set.of("reason", "version"));
        json(ctx, reviews.appeal(caller, ctx.pathParam("caseId"), reason(o, " the denial is wrong"), version(ctx, o)));
    }

    /** The body as a JSON object holding no field but {@code allowed}; 400 otherwise. */
    private static ObjectNode fields(Context ctx, String what, Set<String> allowed) {
        String shape = allowed.stream().sorted().map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        if (!(body(ctx, what) instanceof ObjectNode o)) {
            throw ApiProblem.badRequest("NEC-SERVER-050", what + " is a JSON object: " + shape);
        }
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiProblem.badRequest("NEC-SERVER-050", "unknown field '" + name + "' in " + what + " " + shape);
            }
        }
        return o;
    }

    private static String reason(ObjectNode o, String saying) {
        String reason = o.path("reason").isTextual() ? o.get("reason").asText().strip() : "";
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw ApiProblem.badRequest("NEC-SERVER-052", "reason is required: 1 to " + MAX_REASON + " characters saying why" + saying);
        }
        return reason;
    }

    /** The case version the reviewer saw: the body's "version", else If-Match ({@code "3"} or {@code 3}). */
    private static int version(Context ctx, ObjectNode body) {
        if (body.has("version")) {
            if (!body.get("version").canConvertToInt() || !body.get("version").isIntegralNumber()) {
                throw ApiProblem.badRequest("NEC-SERVER-053", "version must be the whole number the case showed");
            }
            return body.get("version").asInt();
        }
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null) {
            String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("NEC-SERVER-053", "If-Match must hold the case version, e.g. \"3\"");
            }
        }
        throw ApiProblem.badRequest("NEC-SERVER-053", "send the case version you reviewed, as \"version\" or in If-Match");
    }

    private static JsonNode body(Context ctx, String what) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_DECISION_BYTES + 1);
            if (bytes.length > MAX_DECISION_BYTES) {
                throw ApiProblem.badRequest("NEC-SERVER-016", what + " is larger than " + MAX_DECISION_BYTES + " bytes");
            }
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiProblem.badRequest("NEC-SERVER-050", what + " is not valid JSON");
        }
    }

    /** This request's address with its cursor replaced by {@code cursor}, its other query parameters kept. */
    private static String nextPage(Context ctx, String cursor) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("after")) {
                values.forEach(v -> q.append(q.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(v)));
            }
        });
        return ctx.path() + q + (q.length() == 0 ? "?" : "&") + "after=" + encode(cursor);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static void json(Context ctx, JsonNode body) {
        if (body instanceof ObjectNode o && o.has("version") && o.has("status")) {
            ctx.header("ETag", "\"" + o.get("version").asInt() + "\"");
        }
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
