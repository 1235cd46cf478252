package dev.necessity.extract.redflag;

import dev.necessity.extract.date.DateFinder;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.text.Sentence;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An infection the sentence goes on to call over: "Recent UTI 09/2026 treated by PCP with nitrofurantoin x5 days, symptoms
 * resolved", "UTI 7/2026 treated (nitrofurantoin), repeat UA 8/20/26 neg per PCP", "a bladder infection in July, was
 * treated with antibiotics, and Dr. Lin rechecked her urine on August 20 and it was negative", "The UTI was treated by her primary,
 * she finished the antibiotic in October", "The cellulitis was years ago, 2019", "dental abscess in August 2026, treated
 * with amoxicillin x 10 days and extraction 08/24; resolved". It is a past episode, not a
 * current infection, however recent.
 */
final class ResolvedEpisode {
    private static final Pattern OVER = Pattern.compile("(?i)^[^;]{0,140}?"
            // The course, then its end after a semicolon: "treated with amoxicillin x 10 days and extraction 08/24; resolved".
            + "(?:; ?(?=(?:symptoms |infection |it |now |fully |completely )?(?:resolved|cleared)))?\\b(?:resolved|cleared(?: up)?|is gone|has gone|went away|"
            + "(?:course |antibiotics? )?completed\\b|(?:completed|finished) (?:the |a |her |his |all (?:the |her |his )?)?(?:course|antibiotics?)|"
            // "The cellulitis was years ago, 2019": an episode the sentence places years back.
            + "(?:(?:many|several|a few|some|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) )?years ago\\b|"
            + "(?:UA|urinalysis|culture|cultures|urine)\\b[^.;]{0,40}?\\b(?:neg(?:ative)?|clear|clean|normal|sterile)\\b"
            // A course given with its end: "UTI 08/2026 treated with nitrofurantoin 08/10-08/15".
            + "|treated with [^.;]{0,40}?\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})? ?(?:-|\u2013|to|through) ?\\d{1,2}/\\d{1,2}\\b"
            + "|(?:negative|clear|normal|sterile) (?:repeat |recheck |follow-up )?(?:UA|urinalysis|culture|urine))");

    /**
     * An acute infection placed in a named month other than the record's own, with no year: "Clinic note mentions a UTI in
     * October" in a record of 11/24. The month is the most recent one of that name, so the episode lies in an earlier month.
     */
    private static final Pattern IN_MONTH = Pattern.compile("(?i)^\\s+(?:in|during|back in)\\s+(?:(?:early|mid|late)[- ]?)?"
            + "(jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b"
            + "(?!\\.?,?\\s*(?:of\\s+)?(?:19|20)\\d{2}|\\s+\\d)");
    /** What keeps an episode going past its month: "cellulitis in October, still on cephalexin". */
    private static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|ongoing|persist\\w*|current(?:ly)?|continu\\w+|remains?|recurr\\w*)\\b");
    /** A test ordered to show an infection is over: "Reason: test of cure, recent UTI". */
    private static final Pattern TEST_OF_CURE = Pattern.compile("(?i)\\btest of cure\\b[^.;]{0,30}$");

    private ResolvedEpisode() {
    }

    /** Marks {@code d}, an infection at from-to, historical when the rest of its sentence says it is over. */
    static void mark(DocumentReading reading, Sentence s, int from, int to, FindingDraft d) {
        String text = s.text();
        if (OVER.matcher(text).region(to, text.length()).lookingAt()
                || TEST_OF_CURE.matcher(text).region(Math.max(0, from - 40), from).find()
                || inEarlierMonth(reading, text, to)) {
            d.modifiers(reading.modifiers(s, from, to).asHistorical());
        }
    }

    private static boolean inEarlierMonth(DocumentReading reading, String text, int to) {
        LocalDate note = reading.document().date();
        Matcher m = IN_MONTH.matcher(text).region(to, text.length());
        if (note == null || !m.lookingAt()) {
            return false;
        }
        int month = DateFinder.month(m.group(1));
        return month != 0 && month != note.getMonthValue() && !STILL.matcher(text).region(m.end(), text.length()).find();
    }
}
