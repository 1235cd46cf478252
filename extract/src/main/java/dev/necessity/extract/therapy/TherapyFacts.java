package dev.necessity.extract.therapy;

import dev.necessity.extract.date.Durations;
import dev.necessity.extract.date.Numbers;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.text.Sentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a sentence states about a course of treatment: whether it is only planned, how it
 * ended, visit and no-show counts, tolerance, response, relief and duration.
 * {@link #evidenceEnd(int)} tells a reader how far to widen its quote to cover them.
 */
public final class TherapyFacts {

    private static final String COUNT = Numbers.COUNT;
    /** A count of visits scheduled or per week, not attended: the words just before it. */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile(".*\\b(?:scheduled|per week|x)\\s*$");
    static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:would (?:benefit|like)|will (?:start|begin|continue|attend|undergo|be|need|"
            + "try|refer|order|send|schedule|obtain)|recommend\\w*|plan(?:s|ned)? (?:to|for)|consider\\w*|candidate for|may benefit|"
            + "to start|we will|we'll|is scheduled|refer(?:ral)? (?:her |him |the patient )?(?:to|for) (?!.{0,60}(?:attended|completed|"
            + "did|went|underwent))|order(?:ed)? (?:for )?|prescrib(?:e|ing)|send (?:her|him) (?:out )?for|"
            // Care not begun: "PT referral placed 05/07/2026 (not yet started)", "PT evaluation scheduled 08/24/2026".
            + "(?:evaluation|eval|visit|appointment|start) (?:is |has been )?scheduled|scheduled (?:for|to start|to begin)|"
            + "referral (?:placed|sent|made|faxed|given|provided|written)|"
            // Care held for a condition still to come: "PT referral if not improving", "physio if no better in 2 weeks".
            + "if (?:not|no) (?:improving|improved|better|improvement)\\b|if (?:symptoms |pain )?(?:persist|worsen)\\w*|tent\\.?\\)|tentative(?:ly)?|(?<=\\w )candidate\\b|not yet (?:started|begun|scheduled)|(?:has|have)(?: not|n't) (?:yet )?(?:started|begun)(?! to))");
    /** "Plan of care: skilled PT 2x/week, ..., aquatic therapy": a labelled plan lists what is to be done. */
    private static final Pattern PLAN_LINE = Pattern.compile("(?i)^(?:(?:treatment |therapy )?plan(?: of care)?|recommendations?|goals?|"
            + "short[- ]term goals?|long[- ]term goals?)\\s*:");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:attended|completed|underwent|undergone|had|has had|received|tried|failed|"
            + "went (?:to|through)|participated|did|was treated|been treated|treated (?:her|his)|status post|s/p|got|performed)\\b");
    private static final Pattern DISCHARGED = Pattern.compile("(?i)\\bdischarged(?: from)?(?: (?:formal )?(?:PT|physical therapy|therapy|"
            + "care|services))?(?: after (" + COUNT + ") (?:visits?|sessions?|treatments?))?");
    private static final Pattern COMPLETED = Pattern.compile("(?i)\\b(?:completed|finished)\\b");
    private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:did not return|didn't return|has not returned|hasn't returned|stopped (?:attending|going|PT|therapy|"
            + "physical therapy)|discontinued (?:PT|therapy|physical therapy)|dropped out|self-discharged|quit (?:PT|therapy|physical therapy))");
    private static final Pattern ONGOING = Pattern.compile("(?i)\\b(?:currently (?:in|attending|doing|receiving|participat\\w*)|continues|"
            + "continuing|is attending|ongoing|will continue|can continue)");
    private static final Pattern VISITS = Pattern.compile("(?i)\\b(" + COUNT + ")(?: (?:to|-|or) " + COUNT + ")?(?: (?:formal|PT|physical therapy|"
            + "therapy|treatment))? (?:sessions?|visits?|treatments?|occasions)\\b");
    private static final Pattern VISITS_LABELLED = Pattern.compile("(?i)\\b(?:total )?(?:visits|sessions|treatments)(?: attended| completed)?"
            + " ?[:=] ?(\\d{1,3})\\b");
    private static final Pattern NO_MISSED = Pattern.compile("(?i)\\bno (?:missed (?:visits|appointments|sessions)|no[- ]?shows)\\b");
    static final Pattern NO_SHOW = Pattern.compile("(?i)\\b(?:(?:did not|didn't) (?:attend|show)|missed|no[- ]?shows?|failed to (?:attend|show)|"
            + "cancell?ed|call and cancels?)\\b");
    private static final Pattern NO_SHOW_COUNT = Pattern.compile("(?i)\\b(" + COUNT + ") (?:no[- ]?shows?|missed (?:visits?|appointments?|sessions?))");
    private static final Pattern NOT_TOLERATED = Pattern.compile("(?i)\\b(?:(?:not|(?:is|was|were)n't) (?:tolerable|tolerated|able to tolerate)|intolerable|unable to tolerate|"
            + "(?:could|did)(?: not|n't) tolerate|poorly tolerated|intolerance)\\b");
    private static final Pattern TOLERATED = Pattern.compile("(?i)\\b(?:tolerated (?:it |them |this |therapy |treatment )?well|"
            + "tolerating (?:it |treatment |therapy )?well)\\b");
    /** "without relief", "without adequate relief", "no lasting benefit", "did not help": the treatment failed. */
    private static final Pattern NO_RELIEF = Pattern.compile("(?i)\\b(?:without (?:much |any |significant |adequate |sufficient |meaningful |"
            + "lasting |sustained )?(?:pain )?(?:relief|improvement|benefit)|no (?:significant |adequate |meaningful |lasting |sustained )?"
            + "(?:pain )?(?:relief|improvement|benefit)|(?:did|has|have)(?: not|n't) help(?:ed)?|(?:not|(?:is|was|were)n't) helpful|failed|ineffective|unsuccessful|"
            + "no change in (?:symptoms|pain))\\b");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(?:partial|some|minimal|mild|modest|little|temporary|transient|slight|"
            + "short-term|limited) (?:pain )?(?:relief|improvement|benefit)\\b|\\bhelped (?:somewhat|a little|for a few)\\w*");
    private static final Pattern RELIEF = Pattern.compile("(?i)\\b(?:(?:significant|good|excellent|complete|great|substantial|\\d{1,3} ?%) "
            + "(?:pain )?(?:relief|improvement)|relief|improved|helpful|helped)\\b");
    /** Round percentages written as words: "sixty percent relief". */
    private static final String TENS = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred";
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b(\\d{1,3}|" + TENS + ")(?: ?(?:-|–|to) ?\\d{1,3})? ?(?:%|percent) (?:pain )?(?:relief|improvement|reduction|better)"
            + "|\\b(?:percent|%) (?:pain )?relief(?: since (?:the )?(?:procedure|injection|ESI|shot))? ?: ?~?(\\d{1,3}) ?%");
    /** A percentage after the relief word: "peak relief ~62% (8 -> 3)", "improvement of 40%", "partial relief (~50% x 2-3 wks)". */
    private static final Pattern PERCENT_AFTER = Pattern.compile("(?i)\\b(?:relief|improvement)(?: of)? \\(?~?(\\d{1,3}) ?%");
    /**
     * A percentage told after the word that says it helped, the patient's words often quoted and hedged: "the injection
     * \"helped, maybe 30, 40 percent,\"", "improved about 60%". A list or range counts as its lower end.
     */
    private static final Pattern PERCENT_HELPED = Pattern.compile("(?i)\\b(?:helped|improved|better|took (?:the )?edge off)\\W{0,3}(?:(?:maybe|about|approximately|roughly|"
            + "around|perhaps|only|by)\\W{1,3}){0,2}(\\d{1,3})(?: ?(?:,|-|to|or) ?\\d{1,3})? ?(?:%|percent)");
    /** Shorthand for how long: "~50% x 2-3 wks", "75 % relief x ~4 months". */
    private static final Pattern RELIEF_TIMES = Pattern.compile("(?i)(?:%|\\brelief)\\)? ?x ?~?(" + COUNT + ")(?: ?(?:-|to) ?" + COUNT + ")? ?"
            + "(d|days?|wks?|weeks?|mos?|months?)\\b");
    /** "for about 2 weeks", "relief that lasted only 3 weeks", "2 weeks of relief". */
    private static final Pattern RELIEF_WEEKS = Pattern.compile("(?i)\\b(?:for|lasting|lasted|wore off (?:after|in|within|at)|"
            + "worn off (?:after|in|within|by))(?: [\"\u201c])?"
            + "(?: [\"\u201c]?(?:only|just|about|approximately|approx\\.?|roughly|nearly|around|over|more than|a little over|at least|~)){0,2} ?~?("
            + COUNT + ")(?: ?(?:-|to|or) ?" + COUNT + ")? (day|week|wk|month|mo)s?\\b"
            + "|\\b(" + COUNT + ")(?: ?(?:-|to|or) ?" + COUNT + ")? (day|week|wk|month|mo)s? of (?:(?:meaningful|good|significant|partial|some|real|"
            + "useful|solid|decent|worthwhile|noticeable) )?(?:pain )?relief\\b"
            // The patient's count of good weeks: "gave me two, two and a half good weeks", "about 3 pain-free weeks".
            + "|\\b(" + COUNT + ")(?:(?: ?(?:-|to|or) ?|, )" + COUNT + ")?(?: and a half)? (?:good|pain[- ]free|decent|solid|better) "
            + "(day|week|wk|month|mo)s?\\b");
    /**
     * An injection-history row: a date first, then the injection, its relief and how long it lasted in
     * columns of their own ("03/10/2026  Right TFESI  L4-L5  ~70 %  about 5 weeks"). In such a row a bare
     * percentage is the relief and a bare duration how long it lasted (a range counts as its lower end).
     */
    private static final Pattern DATED_ROW = Pattern.compile("^" + dev.necessity.extract.text.SentenceSplitter.ROW_DATE + ":?\\s");
    private static final Pattern ROW_PERCENT = Pattern.compile("(?i)(?<![\\d.])(\\d{1,3}) ?(?:%|percent)");
    /** A row's bare duration, not a window the row is placed in ("- outside 12 months", "within the past 6 months"). */
    private static final Pattern ROW_WEEKS = Pattern.compile("(?i)(?<!\\b(?:outside|within|past|last|over|in) )(?<!\\bthe (?:past|last) )\\b(" + COUNT + ")(?: ?(?:-|to|or) ?" + COUNT + ")? (day|week|month)s?\\b");
    /** "six-plus weeks", "6+ weeks": at least that many. */
    private static final String PLUS = "(?:\\+|-plus| plus)?";
    private static final Pattern COURSE_WEEKS = Pattern.compile("(?i)\\b(" + COUNT + ")" + PLUS + " weeks? of (?:formal |supervised |outpatient )?"
            + "(?:physical therapy|PT|therapy|chiropractic|aquatic therapy)|(?:PT|physical therapy|therapy) (?:x|×|for) (" + COUNT + ") weeks?"
            + "|\\b\\d ?(?:x|times) ?(?:/ ?|a |per )weeks? (?:x|×|for) (" + COUNT + ") weeks?");

    /** "Duration of treatment: 10 weeks", "Duration of care .... 3 months": a template field stating how long the course ran. */
    private static final Pattern DURATION_FIELD = Pattern.compile("(?i)\\bduration of (?:treatment|care|therapy|PT|physical therapy)"
            + "[\\s.:]*(" + COUNT + ") (weeks?|wks?|months?|mos?)\\b");
    /** "completed three months of PT", "two months of chiropractic care": a course stated in months. */
    private static final Pattern COURSE_MONTHS = Pattern.compile("(?i)\\b(" + COUNT + ")" + PLUS + " months? of (?:formal |supervised |outpatient |skilled )?"
            + "(?:physical therapy|PT|physiotherapy|therapy|chiropractic|aquatic therapy)");
    /** A template field giving the first day of a course: "Start of care: 01/19/2026", "Initial evaluation: 02/02/2026". */
    static final Pattern START_FIELD = Pattern.compile("(?i)\\b(?:start of care|SOC|start date|date of (?:initial )?eval(?:uation)?|"
            + "initial (?:evaluation|eval|visit)(?: date)?|(?:date of )?first visit(?: date)?|(?-i:IE)"
            // A verb of starting right before the date: "PT started 8/3 and ended 9/14", "therapy began on August 3".
            + "|(?:started|began|begun|commenced|initiated)(?: on)?)[\\s.:]*$");
    /**
     * A template field giving the last day of a course: "Date of discharge: 03/20/2026", "Last visit: 03/30/2026", "Last
     * visit attended: 06/09/2026".
     */
    static final Pattern END_FIELD = Pattern.compile("(?i)\\b(?:date of discharge|discharge(?: date)?|discharged(?: on)?|"
            + "(?:date of )?last (?:visit|session)(?: date| attended)?|last attended(?: (?:visit|session))?(?: on)?|last date attended|final visit(?: date)?|"
            + "end date|end of care|(?:ended|finished|completed|stopped|discontinued|concluded)(?: on)?)[\\s.:]*$");

    private static final Pattern RANGE_GAP = Pattern.compile("(?i)^ ?(?:to|through|thru|until|till|-|–|—) ?$");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween $");

    /**
     * The text {@code gap} between two dates makes them a range: "01/19/2026 to 03/20/2026", "02/23/2026 - 04/17/2026",
     * and "between 01/19/2026 and 03/20/2026" ({@code before} is the text before the first date).
     */
    static boolean joinsRange(String before, String gap) {
        return RANGE_GAP.matcher(gap).matches() || gap.equalsIgnoreCase(" and ") && BETWEEN.matcher(before).find();
    }

    private final Sentence sentence;
    private final String text;

    private static final Object PERCENT_KEY = new Object();
    private static final Object WEEKS_KEY = new Object();
    private static final Object SPANS_KEY = new Object();
    private static final Object PLANNED_KEY = new Object();
    private static final Object STATUS_KEY = new Object();
    private static final Object TOLERANCE_KEY = new Object();
    private static final Object RESPONSE_KEY = new Object();

    public TherapyFacts(Sentence sentence) {
        this.sentence = sentence;
        this.text = sentence.text();
    }

    public boolean planned() {
        return sentence.remember(PLANNED_KEY, k -> findPlanned());
    }

    private boolean findPlanned() {
        return sentence.finds(PLAN_LINE) || sentence.finds(PLANNED) && !sentence.finds(PAST);
    }

    /** Discharged, completed, stopped or ongoing, in that order of precedence; null when unstated. */
    public String status() {
        return sentence.remember(STATUS_KEY, k -> findStatus());
    }

    private String findStatus() {
        if (sentence.finds(DISCHARGED)) {
            return "discharged";
        }
        if (sentence.finds(COMPLETED)) {
            return "completed";
        }
        if (sentence.finds(STOPPED)) {
            return "stopped";
        }
        return sentence.finds(ONGOING) ? "ongoing" : null;
    }

    /** Attended visits the sentence counts ("1 session", "16 visits", "after 1 visit"), ignoring missed ones. */
    public Integer visits() {
        Matcher m = sentence.matcher(VISITS);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (!NO_SHOW.matcher(before).find() && !SCHEDULED_BEFORE.matcher(before.toLowerCase(java.util.Locale.ROOT)).matches()) {
                return Numbers.count(m.group(1));
            }
        }
        Matcher labelled = sentence.matcher(VISITS_LABELLED);
        return labelled.find() ? Integer.valueOf(labelled.group(1)) : null;
    }

    public Integer explicitNoShows() {
        if (sentence.finds(NO_MISSED)) {
            return 0;
        }
        Matcher m = sentence.matcher(NO_SHOW_COUNT);
        return m.find() ? Numbers.count(m.group(1)) : null;
    }

    public boolean mentionsNoShow() {
        return sentence.finds(NO_SHOW);
    }

    public String tolerance() {
        return sentence.remember(TOLERANCE_KEY, k -> findTolerance());
    }

    private String findTolerance() {
        if (sentence.finds(NOT_TOLERATED)) {
            return "not_tolerated";
        }
        return sentence.finds(TOLERATED) ? "tolerated" : null;
    }

    public String response() {
        return sentence.remember(RESPONSE_KEY, k -> findResponse());
    }

    private String findResponse() {
        if (sentence.finds(NO_RELIEF)) {
            return "no_relief";
        }
        if (sentence.finds(PARTIAL)) {
            return "partial_relief";
        }
        return sentence.finds(RELIEF) ? "relief" : null;
    }

    public Integer reliefPercent() {
        // Asked once per treatment a sentence names; the answer is the sentence's, so it is worked out once.
        return sentence.remember(PERCENT_KEY, k -> findReliefPercent());
    }

    private Integer findReliefPercent() {
        Matcher m = sentence.matcher(PERCENT);
        if (m.find()) {
            return percent(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Matcher after = sentence.matcher(PERCENT_AFTER);
        if (after.find()) {
            return Integer.parseInt(after.group(1));
        }
        Matcher helped = sentence.matcher(PERCENT_HELPED);
        if (helped.find()) {
            return Integer.parseInt(helped.group(1));
        }
        if (datedRow()) {
            Matcher row = sentence.matcher(ROW_PERCENT);
            return row.find() ? Integer.parseInt(row.group(1)) : null;
        }
        return null;
    }

    private static int percent(String written) {
        String w = written.toLowerCase(java.util.Locale.ROOT);
        List<String> tens = List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
        int i = tens.indexOf(w);
        if (i >= 0) {
            return (i + 1) * 10;
        }
        return w.endsWith("hundred") ? 100 : Integer.parseInt(w);
    }

    /** A dated row of an injection history (see {@link #DATED_ROW}). */
    private boolean datedRow() {
        return isDatedRow(text);
    }

    /** Whether a sentence's text is a row that starts with its date. */
    static boolean isDatedRow(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && DATED_ROW.matcher(text).find();
    }

    public Number reliefWeeks() {
        return sentence.remember(WEEKS_KEY, k -> findReliefWeeks());
    }

    private Number findReliefWeeks() {
        Matcher m = sentence.matcher(RELIEF_WEEKS);
        if (!m.find()) {
            Matcher times = sentence.matcher(RELIEF_TIMES);
            if (times.find()) {
                String unit = times.group(2).toLowerCase(java.util.Locale.ROOT);
                String base = unit.startsWith("d") ? "day" : unit.startsWith("w") ? "week" : "month";
                return Numbers.tidy(Durations.toWeeks(Numbers.count(times.group(1)), base));
            }
            if (datedRow()) {
                Matcher row = sentence.matcher(ROW_WEEKS);
                if (row.find()) {
                    // The row's own date ("03/10/2026") is not a duration; a count with a unit is.
                    return Numbers.tidy(Durations.toWeeks(Numbers.count(row.group(1)), row.group(2)));
                }
            }
            return null;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
        String unit = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
        return Numbers.tidy(Durations.toWeeks(Numbers.count(n), unit));
    }

    public Number courseWeeks() {
        Matcher m = sentence.matcher(COURSE_WEEKS);
        if (m.find()) {
            return Numbers.count(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        if (planned()) {
            return null;
        }
        Matcher field = sentence.matcher(DURATION_FIELD);
        if (field.find()) {
            return Numbers.tidy(Durations.toWeeks(Numbers.count(field.group(1)), field.group(2)));
        }
        Matcher months = sentence.matcher(COURSE_MONTHS);
        return months.find() ? Numbers.tidy(Durations.toWeeks(Numbers.count(months.group(1)), "month")) : null;
    }

    /** End of the last fact stated at or after {@code from}, so the quote can include it; {@code from} when none. */
    public int evidenceEnd(int from) {
        return evidenceEnd(from, text.length());
    }

    /** As {@link #evidenceEnd(int)}, counting only facts that end by {@code limit} (the end of a treatment's clause). */
    public int evidenceEnd(int from, int limit) {
        int end = from;
        for (int[] m : factSpans()) {
            if (m[0] >= from && m[1] <= limit) {
                end = Math.max(end, m[1]);
            }
        }
        return end;
    }

    /** Where each fact this class reads is stated in the sentence, found once per sentence (a list names many treatments). */
    private List<int[]> factSpans() {
        return sentence.remember(SPANS_KEY, k -> {
            List<int[]> spans = new java.util.ArrayList<>();
            List<Pattern> patterns = new java.util.ArrayList<>(List.of(DISCHARGED, COMPLETED, STOPPED, VISITS, NOT_TOLERATED, TOLERATED,
                    NO_RELIEF, PARTIAL, PERCENT, PERCENT_AFTER, PERCENT_HELPED, RELIEF_WEEKS, RELIEF_TIMES, COURSE_WEEKS, DURATION_FIELD, COURSE_MONTHS));
            if (datedRow()) {
                patterns.add(ROW_PERCENT);
                patterns.add(ROW_WEEKS);
            }
            for (Pattern p : patterns) {
                Matcher m = sentence.matcher(p);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            return spans;
        });
    }

    /** Writes the response, tolerance and status facts shared by every kind of therapy. */
    public FindingDraft describe(FindingDraft d) {
        return d.attr("response", response()).attr("tolerance", tolerance());
    }
}
