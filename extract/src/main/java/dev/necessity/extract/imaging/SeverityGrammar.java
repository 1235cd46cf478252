package dev.necessity.extract.imaging;

import dev.necessity.model.Severity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words radiologists grade with, mapped onto the ordered scale without ever rounding up:
 * "minimal to mild" and other spans the scale has no name for keep their lower grade;
 * "high-grade", "marked", "critical" are severe; "significant" and "substantial" are moderate and
 * imprecise; "slight" is mild; "borderline" and "very mild" are minimal; "patent"/"normal" are none; the
 * clinician's short forms "mod" and "sev" are moderate and severe ("mod-to-severe", "mild-mod"). A list ("moderate or high-grade") yields its
 * lowest grade, which is what a negated list rules out.
 */
public final class SeverityGrammar {

    /** One grade word, as an alternation (adverbs included). */
    public static final String WORD = "(?:(?:very|quite) )?(?:minimal(?:ly)?|mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|slight(?:ly)?|"
            + "marked(?:ly)?|significant(?:ly)?|substantial(?:ly)?|critical(?:ly)?|high[- ]grade|advanced|profound(?:ly)?|tight|trace|borderline|"
            + "(?:mod|sev)(?![A-Za-z]))";
    /** A grade with an optional range ("mild to moderate", "moderate-severe") and list ("moderate or high-grade"). */
    public static final String PHRASE = WORD + "(?:(?: ?- ?| to | - to - |-to-| or | and |/|, )" + WORD + "){0,2}";

    /** The adverb ending a grade word drops ("mildly" reads "mild"). */
    private static final Pattern ADVERB_ENDING = Pattern.compile("ly$");
    /** "very" or "quite" before a grade word. */
    private static final Pattern INTENSIFIER = Pattern.compile("^(?:very|quite) ");
    private static final Pattern WORDS = Pattern.compile("(?i)" + WORD);
    private static final Pattern RANGE = Pattern.compile("(?i)(" + WORD + ")(?: ?- ?| to |-to-|/)(" + WORD + ")");
    private static final Map<String, Severity> BASE = Map.ofEntries(
            Map.entry("minimal", Severity.MINIMAL), Map.entry("trace", Severity.MINIMAL),
            Map.entry("very mild", Severity.MINIMAL), Map.entry("mild", Severity.MILD),
            Map.entry("slight", Severity.MILD), Map.entry("moderate", Severity.MODERATE),
            Map.entry("significant", Severity.MODERATE), Map.entry("advanced", Severity.SEVERE),
            Map.entry("severe", Severity.SEVERE), Map.entry("marked", Severity.SEVERE),
            Map.entry("critical", Severity.SEVERE), Map.entry("high-grade", Severity.SEVERE),
            Map.entry("high grade", Severity.SEVERE), Map.entry("profound", Severity.SEVERE),
            Map.entry("tight", Severity.SEVERE), Map.entry("borderline", Severity.MINIMAL),
            Map.entry("substantial", Severity.MODERATE), Map.entry("mod", Severity.MODERATE), Map.entry("sev", Severity.SEVERE));

    /** A grade read from a phrase, with whether the phrase was imprecise ("significant"). */
    public record Grade(Severity severity, boolean imprecise) {
        public static final Grade UNSPECIFIED = new Grade(Severity.UNSPECIFIED, false);
    }

    private SeverityGrammar() {
    }

    public static Grade read(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Grade.UNSPECIFIED;
        }
        Matcher range = RANGE.matcher(phrase);
        if (range.matches()) {
            return combine(word(range.group(1)), word(range.group(2)), phrase);
        }
        Severity lowest = null;
        Matcher m = WORDS.matcher(phrase);
        while (m.find()) {
            Severity s = word(m.group());
            if (lowest == null || s.ordinal() < lowest.ordinal()) {
                lowest = s;
            }
        }
        return lowest == null ? Grade.UNSPECIFIED : new Grade(lowest, imprecise(phrase));
    }

    private static Grade combine(Severity a, Severity b, String phrase) {
        Severity low = a.ordinal() <= b.ordinal() ? a : b;
        Severity high = a.ordinal() <= b.ordinal() ? b : a;
        Severity named = low == Severity.MILD && high == Severity.MODERATE ? Severity.MILD_TO_MODERATE
                : low == Severity.MODERATE && high == Severity.SEVERE ? Severity.MODERATE_TO_SEVERE : low;
        return new Grade(named, imprecise(phrase));
    }

    private static boolean imprecise(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.contains("significant") || p.contains("substantial");
    }

    private static Severity word(String w) {
        String k = ADVERB_ENDING.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
        if (!k.equals("very mild")) {
            k = INTENSIFIER.matcher(k).replaceFirst("");
        }
        if (k.equals("marked") || k.startsWith("mark")) {
            return Severity.SEVERE;
        }
        Severity s = BASE.get(k);
        if (s == null) {
            s = BASE.get(k.replace('-', ' '));
        }
        return s == null ? Severity.UNSPECIFIED : s;
    }
}
