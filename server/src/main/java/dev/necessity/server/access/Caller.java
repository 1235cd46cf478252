package dev.necessity.server.access;

import java.util.Objects;

/** The authenticated user behind a request. */
public record Caller(String name, Role role, String org) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(org, "org");
    }

    /** Whether this caller may see a case of {@code caseOrg}: reviewers any, a submitter its own. */
    public boolean maySee(String caseOrg) {
        return role.seesEveryOrganisation() || org.equals(caseOrg);
    }
}
