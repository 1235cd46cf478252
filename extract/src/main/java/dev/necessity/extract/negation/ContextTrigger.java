package dev.necessity.extract.negation;

/** One row of {@code context-triggers.tsv}: a phrase, its category and the direction of its scope. */
public record ContextTrigger(String phrase, TriggerCategory category, boolean forward) {
}
