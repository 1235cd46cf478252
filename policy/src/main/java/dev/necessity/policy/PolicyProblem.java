package dev.necessity.policy;

/**
 * One problem found in the knowledge base, with a stable code and the place it was written.
 * Renders as {@code file:line:col: message}, the form editors and CI logs link to.
 */
public record PolicyProblem(SourcePosition position, String code, String message) {
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
