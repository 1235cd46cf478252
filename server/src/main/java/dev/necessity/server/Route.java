package dev.necessity.server;

import dev.necessity.server.access.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One route of the service, declared once: the server registers it with Javalin and checks its
 * roles from this record, and {@link OpenApi} describes it from the same record, so the
 * description cannot drift from what is served.
 *
 * @param roles        who may call it; empty for a public route (no token needed)
 * @param requestTypes the content types of its body; empty when it takes none
 * @param query        its query parameters
 * @param responses    its own answers by status (401, 403, 404 and 400 are added where they apply)
 * @param produces     the content type of a successful answer
 */
public record Route(String method, String path, Set<Role> roles, String summary, String description, List<String> requestTypes,
                    String requestDescription, List<QueryParameter> query, Map<Integer, String> responses, String produces,
                    RouteHandler handler) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
        requestTypes = List.copyOf(requestTypes);
        query = List.copyOf(query);
        responses = Map.copyOf(responses);
        Objects.requireNonNull(handler, "handler");
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    /** The path's parameters, e.g. {@code caseId} in {@code /api/cases/{caseId}}. */
    public List<String> pathParameters() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }

    public record QueryParameter(String name, String description, boolean required) {
    }
}
