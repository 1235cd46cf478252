package dev.necessity.server.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do: submit cases, review them (nurse, physician), or run the service (admin). */
public enum Role {
    SUBMITTER, NURSE, PHYSICIAN, ADMIN;

    /** The name on the command line and in the API: {@code submitter}, {@code nurse}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** Reviewers see every organisation's cases; submitters only their own. */
    public boolean seesEveryOrganisation() {
        return this != SUBMITTER;
    }
}
