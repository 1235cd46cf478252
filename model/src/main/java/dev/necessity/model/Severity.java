package dev.necessity.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ordered stenosis grade scale of the reference policies:
 * none &lt; minimal &lt; mild &lt; mild-to-moderate &lt; moderate &lt; moderate-to-severe &lt; severe.
 * {@link #UNSPECIFIED} is outside the order: a finding whose grade the record does not state.
 */
public enum Severity {
    NONE("none"),
    MINIMAL("minimal"),
    MILD("mild"),
    MILD_TO_MODERATE("mild-to-moderate"),
    MODERATE("moderate"),
    MODERATE_TO_SEVERE("moderate-to-severe"),
    SEVERE("severe"),
    UNSPECIFIED("unspecified");

    private final String wireName;

    Severity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isGraded() {
        return this != UNSPECIFIED;
    }

    /** True when both are graded and this is at or above {@code threshold} on the ordered scale. */
    public boolean atLeast(Severity threshold) {
        return isGraded() && threshold.isGraded() && ordinal() >= threshold.ordinal();
    }

    public static Optional<Severity> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
