package dev.necessity.server.cases;

import dev.necessity.server.access.Role;
import dev.necessity.server.problem.ApiProblem;
import java.util.Arrays;
import java.util.Optional;

/**
 * A reviewer's decision on a case and who may take it. "uphold" keeps the engine's
 * recommendation, "overturn" reverses it. What the decision comes to settles who may make it:
 * only a physician may deny (uphold an adverse recommendation or overturn an approval); a nurse
 * or a physician may approve and may ask for more information.
 */
public enum ReviewAction {
    UPHOLD("uphold"), OVERTURN("overturn"), REQUEST_INFO("request-info");

    private final String wire;

    ReviewAction(String wire) {
        this.wire = wire;
    }

    public String wireName() {
        return wire;
    }

    public static Optional<ReviewAction> parse(String s) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(s)).findFirst();
    }

    /** The final decision this action makes on a case whose recommendation is or is not an approval; empty for request-info. */
    public Optional<String> result(boolean recommendsApproval) {
        return switch (this) {
            case UPHOLD -> Optional.of(recommendsApproval ? "APPROVED" : "DENIED");
            case OVERTURN -> Optional.of(recommendsApproval ? "DENIED" : "APPROVED");
            case REQUEST_INFO -> Optional.empty();
        };
    }

    /** @throws ApiProblem 403 when {@code role} may not take this action on such a recommendation */
    public void requireAllowed(Role role, boolean recommendsApproval) {
        boolean reviewer = role == Role.NURSE || role == Role.PHYSICIAN;
        if (!reviewer) {
            throw ApiProblem.forbidden("only a nurse or a physician reviewer decides cases");
        }
        if ("DENIED".equals(result(recommendsApproval).orElse("")) && role != Role.PHYSICIAN) {
            throw ApiProblem.forbidden("only a physician may issue an adverse determination (" + wire + " here denies the request)");
        }
    }
}
