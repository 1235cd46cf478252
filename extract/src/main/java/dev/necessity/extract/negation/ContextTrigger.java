package dev.necessity.extract.negation;

import java.util.Set;

/**
 * One row of {@code context-triggers.tsv}: a phrase, its category and the direction of its scope.
 * A terminator may end only some categories' scopes ({@code ends}); empty means all. A historical
 * trigger marked {@code pastEpisode} tells of an episode that is over ("a bout of", "a prior episode"). A backward
 * trigger marked {@code wholeSentence} ("whole-sentence") reaches back over the sentence's terminators: it speaks of what the sentence
 * said before it, as "I would call this equivocal" does of "SLR L: reproduces posterior thigh pain ...; ".
 */
public record ContextTrigger(String phrase, TriggerCategory category, boolean forward, Set<TriggerCategory> ends, boolean pastEpisode,
                             boolean wholeSentence) {
    public ContextTrigger {
        ends = Set.copyOf(ends);
    }

    public ContextTrigger(String phrase, TriggerCategory category, boolean forward, Set<TriggerCategory> ends, boolean pastEpisode) {
        this(phrase, category, forward, ends, pastEpisode, false);
    }

    public ContextTrigger(String phrase, TriggerCategory category, boolean forward, Set<TriggerCategory> ends) {
        this(phrase, category, forward, ends, false);
    }

    /** Whether this terminator ends the scope of a trigger of {@code c}. */
    public boolean ends(TriggerCategory c) {
        return category == TriggerCategory.TERMINATE && (ends.isEmpty() || ends.contains(c));
    }
}
