package dev.necessity.extract.redflag;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.text.Sentence;
import java.util.regex.Pattern;

/**
 * An infection the sentence goes on to call over: "Recent UTI 09/2026 treated by PCP with nitrofurantoin x5 days, symptoms
 * resolved", "UTI 7/2026 treated (nitrofurantoin), repeat UA 8/20/26 neg per PCP", "a bladder infection in July, was
 * treated with antibiotics, and Dr. Lin rechecked her urine on August 20 and it was negative". It is a past episode, not a
 * current infection, however recent.
 */
final class ResolvedEpisode {
    private static final Pattern OVER = Pattern.compile("(?i)^[^;]{0,140}?\\b(?:resolved|cleared(?: up)?|is gone|has gone|went away|"
            + "(?:course |antibiotics? )?completed\\b|completed (?:the |a |her |his )?(?:course|antibiotics?)|"
            + "(?:UA|urinalysis|culture|cultures|urine)\\b[^.;]{0,40}?\\b(?:neg(?:ative)?|clear|clean|normal|sterile)\\b"
            // A course given with its end: "UTI 08/2026 treated with nitrofurantoin 08/10-08/15".
            + "|treated with [^.;]{0,40}?\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})? ?(?:-|\u2013|to|through) ?\\d{1,2}/\\d{1,2}\\b"
            + "|(?:negative|clear|normal|sterile) (?:repeat |recheck |follow-up )?(?:UA|urinalysis|culture|urine))");

    private ResolvedEpisode() {
    }

    /** Marks {@code d}, an infection at from-to, historical when the rest of its sentence says it is over. */
    static void mark(DocumentReading reading, Sentence s, int from, int to, FindingDraft d) {
        if (OVER.matcher(s.text()).region(to, s.text().length()).lookingAt()) {
            d.modifiers(reading.modifiers(s, from, to).asHistorical());
        }
    }
}
