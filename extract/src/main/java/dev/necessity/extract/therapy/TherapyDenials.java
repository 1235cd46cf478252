package dev.necessity.extract.therapy;

import java.util.regex.Pattern;

/**
 * Whether the words just before a treatment deny that it was ever given: "has had no epidural
 * injections", "no prior ESI", "has never had an injection", "has not had any physical therapy".
 * Readers that otherwise ignore negation (so that "no relief from the injection" still reports an
 * injection) use this narrower test.
 */
public final class TherapyDenials {

    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(?:(?:has|have|had) (?:had )?no|no (?:prior|previous|history of)?|"
            + "(?:has|have) (?:not|never) (?:had|received|tried|undergone)(?: any| an| a)?|never (?:had|received|tried)(?: any| an| a)?|"
            + "not (?:had|received|tried)(?: any| an| a)?|without (?:any )?(?:prior|previous)|denies (?:any )?(?:prior|previous)?)"
            + "(?: \\w+){0,3}? ?$");

    /** "No PT notes are available" speaks of the records, not of whether therapy was done. */
    public static final Pattern RECORD_WORD = Pattern.compile("(?i)\\s*(?:notes?|records?|documentation|reports?|summary)\\b");

    private TherapyDenials() {
    }

    /** True when {@code text} up to {@code start} ends with a denial of what follows. */
    public static boolean deniedBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 45), start).replaceAll("\\s+", " ");
        return DENIED_BEFORE.matcher(before).find();
    }
}
