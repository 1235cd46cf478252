package dev.necessity.engine.trace;

/** The recommendation for one service line, ordered from least to most favourable. */
public enum LineOutcome {
    NOT_MEDICALLY_NECESSARY("Not Medically Necessary"),
    INSUFFICIENT_DOCUMENTATION("Insufficient Documentation"),
    NO_POLICY("No Policy"),
    MEDICALLY_NECESSARY("Medically Necessary");

    private final String label;

    LineOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LineOutcome leastFavourable(LineOutcome a, LineOutcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
