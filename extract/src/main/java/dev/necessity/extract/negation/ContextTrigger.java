package dev.necessity.extract.negation;

import java.util.Set;

/**
 * One row of {@code context-triggers.tsv}: a phrase, its category and the direction of its scope.
 * A terminator may end only some categories' scopes ({@code ends}); empty means all. A historical
 * trigger marked {@code pastEpisode} tells of an episode that is over ("a bout of", "a prior episode").
 */
public record ContextTrigger(String phrase, TriggerCategory category, boolean forward, Set<TriggerCategory> ends, boolean pastEpisode) {
    public ContextTrigger {
        ends = Set.copyOf(ends);
    }

    public ContextTrigger(String phrase, TriggerCategory category, boolean forward, Set<TriggerCategory> ends) {
        this(phrase, category, forward, ends, false);
    }

    /** Whether this terminator ends the scope of a trigger of {@code c}. */
    public boolean ends(TriggerCategory c) {
        return category == TriggerCategory.TERMINATE && (ends.isEmpty() || ends.contains(c));
    }
}
