package dev.necessity.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.server.access.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3 description of the service, rendered from its {@link Route} records. */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    static ObjectNode describe(List<Route> routes, String version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "Necessity review service");
        info.put("version", version);
        info.put("description", "Prior-authorization review: submit a case, read its determination, review it. "
                + "Every route but this description needs Authorization: Bearer <token>; x-roles lists the roles a route admits.");
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode error = components.putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putArray("required").add("code").add("message");
        ObjectNode props = error.putObject("properties");
        props.putObject("code").put("type", "string").put("example", "NEC-INTAKE-005");
        props.putObject("message").put("type", "string");
        ObjectNode paths = root.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            path.set(r.method().toLowerCase(Locale.ROOT), operation(r));
        }
        return root;
    }

    private static ObjectNode operation(Route r) {
        ObjectNode op = JSON.createObjectNode();
        op.put("summary", r.summary());
        op.put("description", r.description());
        op.put("operationId", operationId(r));
        ArrayNode roles = op.putArray("x-roles");
        r.roles().stream().sorted().map(Role::wireName).forEach(roles::add);
        if (!r.isPublic()) {
            op.putArray("security").addObject().putArray("bearer");
        }
        ArrayNode parameters = JSON.createArrayNode();
        for (String p : r.pathParameters()) {
            ObjectNode param = parameters.addObject().put("name", p).put("in", "path").put("required", true);
            param.putObject("schema").put("type", "string");
        }
        for (Route.QueryParameter q : r.query()) {
            ObjectNode param = parameters.addObject().put("name", q.name()).put("in", "query").put("required", q.required())
                    .put("description", q.description());
            param.putObject("schema").put("type", "string");
        }
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        if (!r.requestTypes().isEmpty()) {
            ObjectNode body = op.putObject("requestBody").put("required", true).put("description", r.requestDescription());
            ObjectNode content = body.putObject("content");
            for (String type : r.requestTypes()) {
                ObjectNode schema = content.putObject(type).putObject("schema");
                schema.put("type", type.startsWith("application/json") ? "object" : "string");
                if (!type.startsWith("application/json")) {
                    schema.put("format", "binary");
                }
            }
        }
        Map<Integer, String> responses = new TreeMap<>(r.responses());
        if (!r.requestTypes().isEmpty() || !r.query().isEmpty()) {
            responses.putIfAbsent(400, "bad input: {\"code\": \"NEC-...\", \"message\": \"...\"}");
        }
        if (!r.isPublic()) {
            responses.putIfAbsent(401, "no token, or an unknown one");
            responses.putIfAbsent(403, "the caller's role may not use this route");
        }
        if (!r.pathParameters().isEmpty()) {
            responses.putIfAbsent(404, "no such case, or one of another organisation");
        }
        ObjectNode out = op.putObject("responses");
        responses.forEach((status, description) -> {
            ObjectNode resp = out.putObject(String.valueOf(status)).put("description", description);
            if (status >= 400) {
                resp.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            } else {
                resp.putObject("content").putObject(r.produces()).putObject("schema").put("type", r.produces().equals("application/json") ? "object" : "string");
            }
        });
        return op;
    }

    private static String operationId(Route r) {
        StringBuilder id = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
        for (String part : r.path().split("[/{}.\\-]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
