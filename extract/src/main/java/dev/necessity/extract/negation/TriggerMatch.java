package dev.necessity.extract.negation;

/** A trigger found in a sentence at {@code [start, end)} of its normalized text. */
public record TriggerMatch(ContextTrigger trigger, int start, int end) {
    public TriggerCategory category() {
        return trigger.category();
    }
}
