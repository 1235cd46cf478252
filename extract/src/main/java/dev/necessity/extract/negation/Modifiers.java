package dev.necessity.extract.negation;

/**
 * The ConText modifiers of one concept mention. {@code negationStart} is where the forward
 * negation trigger in scope begins ("No disc herniation, canal stenosis"), {@code negationEnd}
 * where a backward one ends ("cord compression is not evident"), so a negated quote always
 * carries its trigger; -1 when there is none.
 */
public record Modifiers(boolean negated, boolean uncertain, boolean historical, int negationStart, int negationEnd) {
    public static final Modifiers NONE = new Modifiers(false, false, false, -1, -1);

    public Modifiers(boolean negated, boolean uncertain, boolean historical, int negationStart) {
        this(negated, uncertain, historical, negationStart, -1);
    }

    /** The same modifiers, marked historical: what the reader knows is over ("cellulitis in 2019", "chronic stress incontinence"). */
    public Modifiers asHistorical() {
        return new Modifiers(negated, uncertain, true, negationStart, negationEnd);
    }
}
