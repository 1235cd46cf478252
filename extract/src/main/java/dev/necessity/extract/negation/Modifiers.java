package dev.necessity.extract.negation;

/**
 * The ConText modifiers of one concept mention. {@code negationStart} is where a negation
 * trigger that directly precedes the mention begins ("No spondylolisthesis"), so the quote can
 * include it; -1 when there is none.
 */
public record Modifiers(boolean negated, boolean uncertain, boolean historical, int negationStart) {
    public static final Modifiers NONE = new Modifiers(false, false, false, -1);
}
