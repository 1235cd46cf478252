package dev.necessity.extract.negation;

import java.util.List;

/**
 * ConText over one sentence: a forward trigger covers everything from its end to the next
 * terminator ("but", "however", ";", ...) or the sentence end, so commas inside a list keep
 * the scope ("No disc herniation, canal stenosis or foraminal narrowing" negates all three);
 * a backward trigger ("ruled out", "cannot be excluded") covers back to the previous terminator.
 * Pseudo-triggers ("no change", "prior to") are matched as longer phrases and so mask their
 * shorter look-alikes.
 */
public final class ContextAnalyzer {

    private static final int BACKWARD_REACH = 60;

    private final List<TriggerMatch> triggers;
    private final String text;

    public ContextAnalyzer(String sentenceText) {
        this.triggers = ContextTriggers.standard().find(sentenceText);
        this.text = sentenceText;
    }

    /** Modifiers of the concept at {@code [from, to)} of the sentence's normalized text. */
    public Modifiers modifiers(int from, int to) {
        boolean negated = false;
        boolean uncertain = false;
        boolean historical = false;
        int negationStart = -1;
        int negationEnd = -1;
        for (TriggerMatch t : triggers) {
            TriggerCategory c = t.category();
            if (c == TriggerCategory.PSEUDO || c == TriggerCategory.TERMINATE || !inScope(t, from, to)) {
                continue;
            }
            negated |= c == TriggerCategory.NEGATED;
            uncertain |= c == TriggerCategory.UNCERTAIN;
            historical |= c == TriggerCategory.HISTORICAL;
            if (c == TriggerCategory.NEGATED && t.trigger().forward()) {
                negationStart = Math.max(negationStart, t.start());
            } else if (c == TriggerCategory.NEGATED && negationEnd < 0) {
                negationEnd = t.end();
            }
        }
        negated |= TemplateAnswer.deniedAfter(text, to);
        return new Modifiers(negated, uncertain, historical, negationStart, negationEnd);
    }

    /** True when the concept at {@code [from, to)} is about someone other than the patient (a relative). */
    public boolean aboutSomeoneElse(int from, int to) {
        for (TriggerMatch t : triggers) {
            if (t.category() == TriggerCategory.EXPERIENCER && inScope(t, from, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(TriggerMatch t, int from, int to) {
        if (t.trigger().forward()) {
            return t.end() <= from && !terminatedBetween(t.category(), t.end(), from);
        }
        return t.start() >= to && t.start() - to <= BACKWARD_REACH && !terminatedBetween(t.category(), to, t.start());
    }

    private boolean terminatedBetween(TriggerCategory scope, int from, int to) {
        for (TriggerMatch t : triggers) {
            if (t.trigger().ends(scope) && t.start() >= from && t.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
