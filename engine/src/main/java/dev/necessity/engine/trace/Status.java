package dev.necessity.engine.trace;

/** Three-valued result of a criterion, plus the two ways a criterion can be set aside. */
public enum Status {
    MET,
    NOT_MET,
    /** The record is silent or ambiguous: never assumed either way. */
    NOT_DOCUMENTED,
    /** An exception (a red flag) applies, so the criterion does not have to be met. */
    WAIVED,
    NOT_APPLICABLE;

    /** Counts as satisfied for the line outcome. */
    public boolean satisfied() {
        return this == MET || this == WAIVED || this == NOT_APPLICABLE;
    }

    public boolean failing() {
        return this == NOT_MET || this == NOT_DOCUMENTED;
    }
}
