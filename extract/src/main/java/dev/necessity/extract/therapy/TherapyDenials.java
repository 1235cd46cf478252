package dev.necessity.extract.therapy;

import java.util.regex.Pattern;

/**
 * Whether the words around a treatment deny that it was ever given: "has had no epidural
 * injections", "no prior ESI", "has never had an injection", "has not been to physical therapy" ("hasn't had PT"),
 * "declined physical therapy", "denies taking NSAIDs", "physical therapy was declined". Readers
 * that otherwise ignore negation (so that "no relief from the injection" still reports an
 * injection) use this narrower test. A declined treatment was not received, so it is a denial.
 */
public final class TherapyDenials {

    /** How a note says a treatment was had: "has not been to PT", "never tried", "not taken", "didn't try". */
    private static final String EVER = "(?:had|received|tried|undergone|attended|done|started|taken|taking|used|using|been (?:to|in|through)|gone to|"
            + "participated in|have|receive|try|undergo|attend|do|start|take|use|go to)";
    /**
     * Words that make the treatment the source of an outcome or a point in time, not the thing denied:
     * "had no relief from PT", "has had no side effects from gabapentin", "no pain since the injection".
     */
    private static final String NOT_THE_OBJECT = "(?:relief|benefit|improvement|help|response|results?|effects?|side|problems?|"
            + "complications?|issues?|change|difference|success|upset|reactions?|intolerance|trouble|difficulty|from|on|since|after|before|"
            + "until|during|following)\\b";
    /** "Declined", "denies" and "refused" take the treatment, or a verb of taking it, as their object: never a symptom between. */
    private static final String TAKING = "(?:taking|using|trying|having|doing|undergoing|attending|starting|going to|to (?:take|try|start|"
            + "attend|have|undergo|pursue|do|go to|proceed with))";
    /** "not", or a contraction of it: "hasn't", "didn't", "isn't". */
    private static final String NOT = "(?:not|(?:has|have|had|is|are|was|were|do|does|did)n't)";
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(?:(?:(?:has|have|had) (?:had )?no|(?:never|" + NOT + ") " + EVER
            + "|without (?:any )?(?:prior|previous)|no (?:prior|previous|history of))(?: (?!" + NOT_THE_OBJECT + ")\\w+){0,3}?"
            + "|no|(?:denies|denied|declines|declined|refuses|refused|not interested in)(?: any| ever)?(?: prior| previous| further| additional)?"
            + "(?: " + TAKING + ")?(?: an?| the)?) ?$");
    /** "Physical therapy was declined", "PT: none". */
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^(?:(?: (?:was|were|has been|have been))? (?:declined|refused|"
            + "not (?:done|attempted|tried|started)|(?:wasn't|weren't|hasn't been|haven't been) (?:done|attempted|tried|started))\\b| ?: ?(?:declined|refused|none|never)\\b)");

    /** "No PT notes are available" speaks of the records, not of whether therapy was done. */
    public static final Pattern RECORD_WORD = Pattern.compile("(?i)\\s*(?:notes?|records?|documentation|reports?|summary)\\b");

    private TherapyDenials() {
    }

    /** True when {@code text} up to {@code start} ends with a denial of what follows. */
    public static boolean deniedBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 45), start).replaceAll("\\s+", " ");
        return DENIED_BEFORE.matcher(before).find();
    }

    /** True when the treatment at {@code [start, end)} of {@code text} is denied before or after it. */
    public static boolean denied(String text, int start, int end) {
        return deniedBefore(text, start) || DENIED_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
