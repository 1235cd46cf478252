package dev.necessity.server.cases;

import java.util.Arrays;
import java.util.Optional;

/** Where a case stands in review. */
public enum CaseStatus {
    /** A person must decide: the recommendation is adverse, or intake raised a warning. */
    PENDING_REVIEW,
    /** A reviewer asked the submitter for more records; adding documents reopens the case. */
    INFO_REQUESTED,
    /** Decided: approved or denied. */
    FINAL;

    public static Optional<CaseStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(s)).findFirst();
    }
}
