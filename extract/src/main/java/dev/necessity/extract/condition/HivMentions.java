package dev.necessity.extract.condition;

import dev.necessity.extract.negation.Modifiers;
import java.util.regex.Pattern;

/**
 * "HIV" names a test and a prevention programme as often as a diagnosis: "HIV 4th-gen Ag/Ab: NEGATIVE",
 * "HIV-negative on PrEP", "HIV PREVENTION (PrEP) PROGRAM". Read by the condition and red-flag readers so
 * that neither takes a negative test or a prevention clinic for immunosuppression.
 */
public final class HivMentions {
    private static final Pattern HIV = Pattern.compile("(?i)HIV(?:-[12])?");
    /** A programme or prophylaxis named after the virus: "HIV prevention", "HIV PrEP", "HIV pre-exposure prophylaxis". */
    private static final Pattern PREVENTION = Pattern.compile("(?i)^[- ]?(?:prevention|PrEP|PEP|pre-exposure|post-exposure|prophylaxis)\\b");
    /** A negative result told within the clause after it: "HIV-negative", "HIV 4th-gen Ag/Ab: NEGATIVE", "HIV-1 RNA: not detected". */
    private static final Pattern NEGATIVE = Pattern.compile("(?i)^[^.;\\n]{0,40}?\\b(?:negative|neg|non-?reactive|not detected|undetected)\\b");
    private static final Pattern POSITIVE = Pattern.compile("(?i)\\b(?:positive|(?<!non-)(?<!non)reactive|(?<!not )detected)\\b");

    private HivMentions() {
    }

    /**
     * The modifiers of a match at {@code [from, to)} of {@code text} read in {@code context}: null when it is "HIV" naming a
     * prevention programme (no finding at all), negated up to the result when it is "HIV" with a negative result, else
     * {@code context} as it is.
     */
    public static Modifiers modifiers(String text, int from, int to, Modifiers context) {
        if (!isHiv(text, from, to)) {
            return context;
        }
        if (prevention(text, to)) {
            return null;
        }
        int negative = context.negated() ? -1 : negativeResultEnd(text, to);
        return negative > 0 ? new Modifiers(true, context.uncertain(), false, -1, negative) : context;
    }

    /** Whether the match {@code [from, to)} of {@code text} is "HIV". */
    public static boolean isHiv(String text, int from, int to) {
        return HIV.matcher(text).region(from, to).matches();
    }

    /** Whether the "HIV" ending at {@code to} names a prevention programme or prophylaxis, not a diagnosis. */
    private static boolean prevention(String text, int to) {
        return PREVENTION.matcher(text).region(to, text.length()).lookingAt();
    }

    /** The end of a negative result told of the "HIV" ending at {@code to}, or -1 when there is none (or a positive one comes first). */
    private static int negativeResultEnd(String text, int to) {
        var m = NEGATIVE.matcher(text).region(to, text.length());
        if (!m.lookingAt() || POSITIVE.matcher(text).region(to, m.end()).find()) {
            return -1;
        }
        return m.end();
    }
}
