package dev.necessity.extract.negation;

import java.util.regex.Pattern;

/**
 * A "without" that an inability before it in the same clause turns round: "Can't pick up 2yo without pain shooting down
 * leg", "unable to walk a block without leg pain" say the pain comes whenever the patient tries, not that there is none.
 * One rule for the context analyser's "without" trigger and for readers that match a denial of their own.
 */
public final class CannotWithout {
    private static final String WITHOUT = "without";
    /** An inability earlier in the clause: no stop, colon, semicolon, comma or line break between it and the "without". */
    private static final Pattern CANNOT_BEFORE = Pattern.compile(
            "(?i)\\b(?:cannot|can not|can'?t|can\u2019t|unable to|not able to|could not|couldn'?t|couldn\u2019t|never able to)\\b[^.;:,\\n]*$");
    /** How far back the inability may stand: a clause, not a paragraph. */
    private static final int REACH = 80;

    private CannotWithout() {
    }

    /** Whether the word at {@code at} in {@code text} is a "without" that an inability before it turns round. */
    public static boolean turnedRound(String text, int at) {
        if (!text.regionMatches(true, at, WITHOUT, 0, WITHOUT.length())) {
            return false;
        }
        return CANNOT_BEFORE.matcher(text).region(Math.max(0, at - REACH), at).find();
    }
}
