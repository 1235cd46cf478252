package dev.necessity.policy;

/** Where a knowledge-base element was written: file (as shown to users), 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
