package dev.necessity.extract.date;

import dev.necessity.extract.text.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long something lasted, in weeks: "for 7 months", "a 4 month history", "a 10 day h/o", "x 6 weeks",
 * "four and a half months of leg pain", "going on two and a half years", "knee pain ~18 months". How fast a complaint
 * came on ("swelling that came up over two days") is not how long it has lasted.
 */
public final class Durations {

    private static final String UNIT = "(day|week|wk|month|mo|year|yr)s?";
    /** A half after the count: "two and a half years", "2 1/2 yrs", "2½ years". */
    private static final String HALF = "( and a half| 1/2| ?½)?";
    /** The upper end of a range, not captured: "for 2-3 weeks", "(~2.5-3 wks)", "x 4 to 6 weeks" count as their lower end. */
    private static final String RANGE = "(?:(?:-|–| to | or )" + Numbers.AMOUNT + ")?";
    /**
     * "for about two and a half years", "going on three years now", "x ~2 weeks", "for 2+ years", "pain > 2 years",
     * "for the better part of two years"
     * (more than half of the span: read as half, the least the words allow).
     */
    private static final Pattern DURATION = Pattern.compile("(?i)(?:\\b(?:for|over|x|×|lasting|past|last|going on)|(?<![\\w<>=])[>≥](?= ?\\d))"
            + "(?: [\"\u201c]?(?:about|approximately|approx\\.?|"
            + "roughly|nearly|almost|the|the past|the last|over|well over|more than|(the better part of))| ?~)? ?[\"\u201c]?("
            // "for 2+ years", "pain > 2 years": at least that long.
            + Numbers.AMOUNT + ")\\+?" + HALF + RANGE + "(?:-| )" + UNIT + "\\b");
    /**
     * A span after a lead word that means "for": "c/o LBP since 10 days" (Indian and Gulf English), "LBP since approx.
     * 2.5 weeks", "low back pain now about two and a half weeks". A span counted from an event is no duration: "since 2
     * weeks after the injection", "now 3 weeks post-op", "now 2 weeks out from surgery". Groups: amount, half, unit.
     */
    private static final Pattern SINCE_SPAN = leadWordSpan("since", "(?! (?:after|before|ago|post|prior|later|back)\\b)");
    private static final Pattern NOW_SPAN = leadWordSpan("now", "(?![- ](?:\\w+ )?(?:post|after|out|since|from|ago|prior|before)\\b)");
    /**
     * How fast a complaint came on, not how long it has lasted: "an effusion that came up over two days", "pain
     * that developed over a week".
     */
    private static final Pattern TEMPO = Pattern.compile("(?i)\\b(?:came (?:up|on)|come (?:up|on)|developed|built up|set in|evolved|"
            + "swelled(?: up)?|improve[sd]?|resolve[sd]?|recover(?:s|ed)?|get better|gets better)\\s+(?:gradually |suddenly |quickly |slowly |on their own )?$");
    /** An approximate span right after the complaint, chart shorthand: "L knee pain ~18 months", "back pain ~ 6 wks". */
    private static final Pattern APPROX_AFTER_COMPLAINT = Pattern.compile("(?i)\\b(?:pain|ache|aching|symptoms|sciatica|stiffness) ?~ ?("
            + Numbers.AMOUNT + ")" + HALF + RANGE + "(?:-| )" + UNIT + "\\b");
    private static final Pattern HISTORY = Pattern.compile("(?i)\\b(" + Numbers.AMOUNT + ")" + RANGE + "(?:-| )" + UNIT + "['’]? (?:history|duration|h/o|hx)(?![\\w/])");
    /**
     * A duration set after the complaint as an appositive: "Acute lumbar muscle strain, 4 days.", "low back pain, 10 days, improving",
     * "since the end of June, so about 4 months", "since early July - so about three months now", "Left L5 radiculopathy,
     * subacute-to-chronic (~3 months)", "low back strain, about 3.5 weeks after a clear lifting episode".
     */
    private static final Pattern APPOSITIVE = Pattern.compile("(?i)(?:(?:,| -| –) | \\()(?:so |that's |that is |which is |i\\.e\\.,? )?(?:about |approximately |approx\\.? |roughly |around |~ ?)?(" + Numbers.AMOUNT
            + ")" + RANGE + "(?:-| )" + UNIT + "['’]?(?: (?:duration|history))?(?: now)?"
            + "(?: (?:after|since|from) (?:the |a |an |a clear |his |her |their )?(?:[\\w-]+ ){0,2}?(?:injury|episode|onset|lifting|lift|fall|"
            + "incident|accident|event|collision|MVC|strain|twist))?(?=\\s*(?:[,.;)]| [-–] |$))");
    /**
     * A span of the complaint itself: "about four and a half months of leg-dominant pain", "6 weeks of
     * sciatica", "three months of symptoms". Group 2 is the half when written.
     */
    private static final Pattern OF_SYMPTOM = Pattern.compile("(?i)\\b(" + Numbers.AMOUNT + ")" + HALF + RANGE + "(?:-| )" + UNIT
            + " of (?:[\\w-]+ ){0,5}?(?:pain|symptoms|sciatica|radicul\\w*|numbness|tingling|claudication)\\b");
    /**
     * A plural unit with no number: "knee pain for years", "worsening over many years", "for the past few months".
     * Read as the least the words allow: two years, two months. Weeks and days are not read, as two of them would
     * understate "for weeks" where it matters (a course of care that must be shorter than the symptoms).
     */
    private static final Pattern UNNUMBERED = Pattern.compile("(?i)\\b(?:for|over)(?: (?:many|several|a few|some|the|the past|the last)){0,2}"
            + "(?: few| several| many)? (years|months)\\b");

    /**
     * British chart shorthand, a count over the units in a year: "~10/52 of sx" is ten weeks. Over 52 it is never a date;
     * over 12 (months) or 7 (days) it only follows a lead word or mark ("x3/12", "for 10/7"), as "10/7" alone is a date.
     * Groups: amount, then 52, 12 or 7.
     */
    private static final Pattern SHORTHAND = Pattern.compile("(?i)(?:(?<![\\d/.])(\\d{1,2}(?:\\.\\d)?)/(52)"
            + "|(?:\\bx|\u00d7|~|\\bfor|\\bnow|\\bover) ?~? ?(\\d{1,2}(?:\\.\\d)?)/(52|12|7))(?![\\d/])");

    private Durations() {
    }

    /**
     * The first duration stated in the sentence, in weeks; computed once per sentence, as every
     * symptom of a sentence asks for it (and a long sentence has many).
     */
    public static OptionalDouble weeks(Sentence s) {
        return s.remember(Durations.class, k -> ALL.stream().anyMatch(k::mayMatch) ? weeks(k.text()) : OptionalDouble.empty());
    }

    /** The first duration stated in {@code text}, in weeks. */
    public static OptionalDouble weeks(String text) {
        Matcher lasting = DURATION.matcher(text);
        while (lasting.find()) {
            if (TEMPO.matcher(text).region(Math.max(0, lasting.start() - 40), lasting.start()).find()) {
                continue;
            }
            double n = count(lasting, 2);
            return OptionalDouble.of(toWeeks(lasting.group(1) != null ? n / 2 : n, lasting.group(4)));
        }
        Matcher shorthand = text.indexOf('/') < 0 ? null : SHORTHAND.matcher(text);
        if (shorthand != null && shorthand.find()) {
            boolean bare = shorthand.group(1) != null;
            double n = Double.parseDouble(bare ? shorthand.group(1) : shorthand.group(3));
            String per = bare ? shorthand.group(2) : shorthand.group(4);
            return OptionalDouble.of(per.equals("52") ? n : per.equals("12") ? toWeeks(n, "month") : toWeeks(n, "day"));
        }
        for (Pattern p : SPANS_AFTER_A_WORD) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return OptionalDouble.of(toWeeks(count(m, 1), m.group(3)));
            }
        }
        for (Pattern p : new Pattern[] {HISTORY, APPOSITIVE}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return OptionalDouble.of(toWeeks(Numbers.amount(m.group(1)), m.group(2)));
            }
        }
        Matcher of = OF_SYMPTOM.matcher(text);
        if (of.find()) {
            return OptionalDouble.of(toWeeks(count(of, 1), of.group(3)));
        }
        Matcher m = UNNUMBERED.matcher(text);
        if (m.find()) {
            return OptionalDouble.of(toWeeks(2, m.group(1)));
        }
        return OptionalDouble.empty();
    }

    /** Tried in this order; the same groups in each: amount, half, unit. */
    private static final List<Pattern> SPANS_AFTER_A_WORD = List.of(SINCE_SPAN, NOW_SPAN, APPROX_AFTER_COMPLAINT);
    /** Every pattern {@link #weeks(String)} reads a duration with: a sentence none of which may match (by its literals) states none. */
    private static final List<Pattern> ALL = List.of(DURATION, SHORTHAND, SINCE_SPAN, NOW_SPAN, APPROX_AFTER_COMPLAINT, HISTORY, APPOSITIVE,
            OF_SYMPTOM, UNNUMBERED);

    /** A lead word, an optional hedge, then a span of the complaint; {@code notFromAnEvent} is the lookahead that refuses a span counted from an event. */
    private static Pattern leadWordSpan(String word, String notFromAnEvent) {
        return Pattern.compile("(?i)\\b" + word + " (?:about |approximately |approx\\.? |around |roughly |~ ?)?(" + Numbers.AMOUNT + ")" + HALF + RANGE
                + "(?:-| )" + UNIT + "\\b" + notFromAnEvent);
    }

    /** The count in group {@code g}, plus a half when group {@code g + 1} ({@link #HALF}) matched. */
    private static double count(Matcher m, int g) {
        return Numbers.amount(m.group(g)) + (m.group(g + 1) != null ? 0.5 : 0);
    }

    public static double toWeeks(double n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("d")) {
            return n / 7.0;
        }
        if (u.startsWith("w")) {
            return n;
        }
        if (u.startsWith("m")) {
            return n * 52.0 / 12.0;
        }
        return n * 52.0;
    }
}
