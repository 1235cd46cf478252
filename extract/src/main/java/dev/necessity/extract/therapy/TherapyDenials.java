package dev.necessity.extract.therapy;

import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.text.Sentence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a treatment deny that it was ever given: "has had no epidural
 * injections", "no prior ESI", "has never had an injection", "has not been to physical therapy" ("hasn't had PT"),
 * "declined physical therapy", "denies taking NSAIDs", "physical therapy was declined", "is not
 * on gabapentin", "isn't currently taking meloxicam". Readers that otherwise ignore negation (so
 * that "no relief from the injection" still reports an injection) use this narrower test. A
 * declined treatment was not received, so it is a denial. A treatment the patient is "not on any
 * longer" or "not taking anymore" was given and then stopped: that is no denial.
 *
 * <p>A denial's modifiers carry where its words lie, as ConText's do, so the finding quotes the
 * denial itself ("No previous epidural injections", "Physical therapy was declined"), never the
 * bare treatment name, which out of context reads as a treatment given.
 *
 * <p>A denial at the head of a coordinated list of treatments denies every member: in "No PT,
 * chiropractic, or injections", "Has not tried physical therapy or chiropractic care" and "Denies
 * PT/chiro/ESI" each is denied, quoted from the head's denial. The list is names joined by
 * nothing but commas, slashes, "and", "or" and "nor" ({@link TreatmentClauses#membersBefore}): a ";",
 * "but" or any other word ends it ("No PT; she did 6 weeks of chiropractic care", "No injections
 * but completed 8 weeks of PT"), and so does a member with a course of its own ("No PT, chiropractic
 * x 6 weeks") or one said to have helped ("No PT and chiropractic helped").
 */
public final class TherapyDenials {

    /** How a note says a treatment was had: "has not been to PT", "never tried", "not taken", "didn't try". */
    private static final String EVER = "(?:had|received|tried|undergone|attended|done|started|taken|taking|used|using|been (?:to|in|through|on)|"
            + "gone to|participated in|on|have|receive|try|undergo|attend|do|start|take|use|go to)";
    /**
     * "Not", "never" and the contractions of "not" after an auxiliary ("isn't", "hasn't", "didn't"; not
     * "can't", as "can't take NSAIDs" is a contraindication, not a denial), with "currently" or
     * "presently" after them.
     */
    private static final String NOT = "(?:never|not|(?:has|have|had|is|are|was|were|do|does|did)n['\u2019]t)(?: currently| presently)?";
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
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(?:(?:(?:has|have|had) (?:had )?no|" + NOT + " " + EVER
            + "|without (?:any )?(?:prior|previous)|no (?:prior|previous|history of))(?: (?!" + NOT_THE_OBJECT + ")\\w+){0,3}?"
            + "|no|(?:denies|denied|declines|declined|refuses|refused|not interested in|(?:does|did|do) not want|(?:does|did|do)n['\u2019]t want"
            + "|unwilling|contraindication to)(?: any| ever)?(?: prior| previous| further| additional)?"
            + "(?: " + TAKING + ")?(?: an?| the)?) ?$");
    /** "Physical therapy was declined", "PT: none". */
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^(?:(?: (?:was|were|has been|have been))? (?:declined|refused|"
            + "not (?:done|attempted|tried|started)|(?:wasn't|weren't|hasn't been|haven't been) (?:done|attempted|tried|started)"
            + "|(?:(?:is|are|was|were) )?contraindicated)\\b| ?: ?(?:declined|refused|none|never|contraindicated)\\b"
            // "Epidural steroid injection: offered today; he declines for now": a field whose answer is the patient's refusal.
            + "| ?: ?[^.;:]{0,30}?[;,] (?:he|she|they|the patient|patient|pt\\.?) (?:declines|declined|refuses|refused)\\b"
            // Offered, then refused: "ESI offered by PCP - declined", "PT offered - declined", "epidural was offered but she declined".
            + "|(?: (?:was|were|has been|had been))? (?:offered|recommended|suggested)\\b[^.;:]{0,30}?(?: ?[-\\u2013\\u2014,] ?| but | and )"
            + "(?:(?:he|she|they|the patient|patient|pt\\.?) )?(?:declined|refused|declines|refuses)\\b)");

    /**
     * "Any longer" or "anymore" in the treatment's own words after it ("is not on gabapentin any
     * longer", "isn't taking meloxicam anymore"): the treatment stopped. Not past "and" or "but",
     * where another clause starts ("... and has not had any more numbness").
     */
    private static final Pattern NO_LONGER_AFTER = Pattern.compile("(?i)^(?:(?! and | but )[^.;,:]){0,30}?\\b(?:any ?longer|any ?more)\\b");

    /** After a member of a list, words that make it a treatment given, not one denied: "x 6 weeks", "(12 visits)", "helped". */
    private static final Pattern OWN_COURSE = Pattern.compile("(?i)^[\\s,]*(?:x ?\\d|\\(?\\d|for (?:\\d+|one|two|three|four|five|six|"
            + "eight|several|many) |(?:which |that )?(?:helped|helps|gave|provided|improved|worked|relieved|was (?:helpful|beneficial|"
            + "effective)|did help)\\b)");

    /** "No PT notes are available" speaks of the records, not of whether therapy was done. */
    public static final Pattern RECORD_WORD = Pattern.compile("(?i)\\s*(?:notes?|records?|documentation|reports?|summary)\\b");

    private TherapyDenials() {
    }

    /** True when {@code text} up to {@code start} ends with a denial of what follows. */
    public static boolean deniedBefore(String text, int start) {
        return before(text, start).negated();
    }

    /**
     * True when the treatment at {@code [start, end)} of {@code text} is denied before or after it,
     * and not said to be taken no longer ({@link #noLongerAfter}).
     */
    public static boolean denied(String text, int start, int end) {
        return of(text, start, end).negated();
    }

    /**
     * The denial ending at {@code start} ("has never had an " before "epidural steroid injection"):
     * negated, with {@code negationStart} where its first word begins; {@link Modifiers#NONE} when there is none.
     */
    public static Modifiers before(String text, int start) {
        int from = Math.max(0, start - 45);
        // Runs of whitespace read as one space; origin[i] is where the i-th character read came from.
        StringBuilder read = new StringBuilder(start - from);
        int[] origin = new int[start - from];
        for (int i = from; i < start; i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && read.length() > 0 && read.charAt(read.length() - 1) == ' ') {
                continue;
            }
            origin[read.length()] = i;
            read.append(space ? ' ' : text.charAt(i));
        }
        Matcher m = DENIED_BEFORE.matcher(read);
        return m.find() ? new Modifiers(true, false, false, origin[m.start()]) : Modifiers.NONE;
    }

    /**
     * The denial of the treatment at {@code [start, end)} of {@code s} before it, its own or, when it
     * is a later member of a coordinated list, that of the list's head: "No PT, chiropractic, or
     * injections" denies the injections from "No". {@link Modifiers#NONE} when there is none.
     */
    public static Modifiers before(Sentence s, int start, int end) {
        Modifiers own = before(s.text(), start);
        return own.negated() ? own : carried(s, start, end);
    }

    /**
     * As {@link #of(String, int, int)}, and when that finds no denial, the denial carried from
     * the head of a coordinated list the treatment is a later member of ({@link #before(Sentence, int, int)}).
     */
    public static Modifiers of(Sentence s, int start, int end) {
        if (noLongerAfter(s.text(), end)) {
            return Modifiers.NONE;
        }
        Modifiers own = of(s.text(), start, end);
        return own.negated() ? own : carried(s, start, end);
    }

    /** The denial before an earlier member of the list that ends with the treatment at {@code [start, end)}. */
    private static Modifiers carried(Sentence s, int start, int end) {
        if (OWN_COURSE.matcher(s.text()).region(end, s.text().length()).lookingAt()) {
            return Modifiers.NONE;
        }
        for (int member : TreatmentClauses.of(s).membersBefore(start)) {
            Modifiers head = before(s.text(), member);
            if (head.negated()) {
                return head;
            }
        }
        return Modifiers.NONE;
    }

    /** The characters of the regex class {@code \s}: a space, tab, line break, vertical tab or form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The denial of the treatment at {@code [start, end)}, before it or after it ("physical therapy
     * was declined", "PT: none"): negated, with {@code negationStart} or {@code negationEnd} where
     * its words lie; {@link Modifiers#NONE} when it is not denied, or is taken no longer ({@link #noLongerAfter}).
     */
    public static Modifiers of(String text, int start, int end) {
        if (noLongerAfter(text, end)) {
            return Modifiers.NONE;
        }
        Modifiers before = before(text, start);
        if (before.negated()) {
            return before;
        }
        Matcher after = DENIED_AFTER.matcher(text).region(end, text.length());
        return after.lookingAt() ? new Modifiers(true, false, false, -1, after.end()) : Modifiers.NONE;
    }

    /** True when the words right after a treatment ending at {@code end} say it is not taken "any longer" or "anymore". */
    public static boolean noLongerAfter(String text, int end) {
        return NO_LONGER_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
