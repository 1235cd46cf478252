package dev.necessity.extract.nicotine;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.model.FindingTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tobacco and nicotine status, one finding per statement: never ("never smoker", "nonsmoker",
 * "denies tobacco", "does not smoke"), former ("quit smoking in 1984", "former smoker", with the
 * quit date: the date the quit word names, else the first date after the former-use phrase; a
 * bare year straight after the quit word, as social-history fields write it, is a quit year:
 * "Tobacco: former, quit 2009", "Chewed until 2003"; or the value of a "Quit date:" label sentence
 * directly after the statement, in its section and paragraph, the quote then running on to it:
 * "Smoking status: Former smoker. Quit date: 03/2021") and current ("Smokes 2ppd cigarettes", "0.5-1.0 pack cigarettes per day for 60
 * years", "current smoker", and a field whose value is current use, quoted from its label: "Tobacco:
 * current, 1 ppd", "Smoking: Current every day smoker", "Tobacco use: yes, 1/2 ppd"). A field whose
 * value denies use is never ("Smoking: none", "Tobacco use: No"); the label's own word "Smoking" is
 * no statement ("Smoking status: Unknown"). A range of packs keeps its lower bound, a fraction is its value. The status carries the
 * polarity, so these findings are never marked negated. A denial that names only other products
 * ("No vaping or smokeless tobacco use") says nothing about smoking and gives no status; a quit
 * statement ("Chewed until 2003") outranks a bare denial elsewhere in the note ("No tobacco").
 */
public final class NicotineReader implements FindingReader {

    private static final String TOBACCO = "(?:tobacco|smoking|cigarettes?|nicotine|cigars?|chewing tobacco|vaping|e-cigarettes?)";
    /** A social-history field: "Tobacco: former, quit 2009", "Smoking status: never". */
    /** A field label and its mark: "Tobacco: ", "Smoking status - ", a questionnaire's "Tobacco use? ......... ", "Tobacco use? ". */
    private static final String FIELD = "(?:tobacco|smoking|nicotine|cigarettes)(?: use| status| history)?(?:\\??(?: ?\\.{2,} ?:? ?| ?: ?)| [-\u2013\u2014] |\\? )";
    /** A field's value that goes on to a quit ("Tobacco use: yes, quit 2010"): not a current or never value. */
    private static final String NO_QUIT_AFTER = "(?![^.;]*\\b(?:quit|former|stopped)\\b)";
    /** A pack count: "1", "0.5", "1/2", "one", "half a"; never the denominator of a fraction. */
    private static final String AMOUNT = "(?<![\\d/.])(\\d/\\d|\\d{1,2}(?:\\.\\d{1,2})?|one|two|three|half a|a)";
    private static final Pattern NEVER = Pattern.compile("(?i)\\bnever(?:-| )smok\\w*|\\bnon-?smoker\\b|\\bdoes(?: not|n't) (?:smoke|use tobacco)(?: cigarettes)?\\b"
            + "|\\bdenie[sd] (?:any )?(?:use of )?" + TOBACCO + "(?: use)?\\b|\\bno (?:history of )?" + TOBACCO + "(?: use| history)?\\b"
            + "|\\bnever (?:smoked|used tobacco)\\b|\\b(?:does|do)(?: not|n't) (?:drink or )?smoke\\b|\\b(?:not|isn't) a smoker\\b|\\b" + FIELD + "never\\b"
            + "|\\b" + FIELD + "(?:no|none|denies|denied|negative)\\b" + NO_QUIT_AFTER);
    private static final Pattern SMOKING_WORD = Pattern.compile("(?i)smok(?!eless)|\\bcigarettes?\\b|(?<!smokeless |chewing )\\btobacco\\b|\\bnicotine\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;]");
    private static final Pattern BARE_DENIAL = Pattern.compile("(?i)^(?:no|denie[sd])\\b");
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:quit|stopped|discontinued|gave up) (?:smoking|tobacco|cigarettes|vaping|chewing|dipping|dip|snuff|nicotine)\\b"
            // "smokeless (dip) user since teens, states he quit \"a few months ago.\""
            + "|\\b(?:dip|snuff|smokeless|chew|vape) user\\b[^.;]{0,40}?\\bquit\\b"
            + "|\\b(?:chewed|smoked|dipped|used tobacco)(?: tobacco| cigarettes)? until\\b"
            + "|\\b(?:former|ex-?|previous|past) (?:(?:cigarette|cigar|pipe) )?(?:smoker|tobacco user)\\b|\\bex-?smoker\\b|\\bpreviously smoked\\b|\\bquit (?:in|on) "
            + "|\\b(?:smoked|used to smoke)\\b[^.;]{0,80}?\\b(?:quit|stopped|gave (?:it )?up)\\b"
            // A pack-year history, then quit: "Tobacco: 20 pk-yr hx, quit", "30 pack-year history, quit 2015".
            + "|\\b\\d{1,3}(?:\\.\\d)? ?(?:pk|pack)[- ]?(?:yrs?|years?)\\b[^.;]{0,20}?\\bquit\\b"
            + "|\\b" + FIELD + "(?:former|ex-?smoker|quit)\\b|\\b" + FIELD + "(?:yes|positive)\\b[^.;]{0,30}?\\b(?:quit|stopped)\\b");
    private static final String PACKS_PER_DAY = "(?: ?(?:-|to) ?\\d{1,2}(?:\\.\\d{1,2})?)? ?(?:ppd\\b|packs?(?: of)?(?: cigarettes)? (?:per|a|each) day\\b)";
    /**
     * A social-history field whose value is current use: "Tobacco: current", "Smoking: Current every day smoker",
     * "Tobacco use: yes", or a pack count ("Smoking: 1/2 pack per day"). The label's word "Smoking" is not
     * itself current use ("Smoking status: Unknown").
     */
    /**
     * A field's value ends where a word that is no part of a nicotine value begins: "Tobacco history - current abstinence
     * duration not established" is a sentence about abstinence, not the value "current".
     */
    private static final String VALUE_ENDS = "(?!\\s+(?!(?:every|some|daily|occasional|tobacco|smok|user|cigar|vap|chew|dip|and|with|at|about|since|"
            + "for|x|uses?|\\d|~|half|one|two|a\\b))[a-z])";
    /**
     * A pack count written as an exposure history ("1 ppd x ~20 yr", "(20 pack-years)") is no statement of use now;
     * "0.5-1.0 pack cigarettes per day for 60 years" still is.
     */
    private static final String EXPOSURE_NOT_AFTER = "(?![^.;]{0,6}?(?:\\bx|\\btimes)\\s*~?\\d{1,2}(?:\\.\\d)?\\+?\\s*(?:yrs?|years?)\\b)"
            + "(?![^.;]{0,30}?\\bpack[- ]?(?:yrs?|years?)\\b)";
    private static final Pattern FIELD_CURRENT = Pattern.compile("(?i)\\b" + FIELD + "(?:(?:yes|current(?:ly)?|active|positive)\\b" + VALUE_ENDS
            + "(?:,? (?:every ?day|some ?days?|daily|occasional(?:ly)?))?(?: (?:tobacco )?(?:smoker|user))?" + NO_QUIT_AFTER
            + "|(?:heavy|light) (?:tobacco )?smoker\\b|(?=" + AMOUNT + PACKS_PER_DAY + "))");
    private static final Pattern CURRENT = Pattern.compile("(?i)\\b(?:smokes|(?<!\\bwas |\\bwere |\\bbeen )smoking(?! ?[:?]| (?:use|status|history)\\b)"
            + "(?! (?:\\w+ )?(?:increases|affects|impairs|raises|delays|inhibits|worsens|is a risk|is associated|cessation)\\b)|currently smokes|"
            + "current (?:every day |some day |daily )?smoker|active (?:cigarette )?smoker|is a smoker|chews tobacco|"
            + "smoked (?:this morning|today|earlier today|yesterday|last night)|continues to smoke"
            // "Social: Smoker. Resumed cigarettes after delivery, currently 5-8 cigarettes/day; last cigarette this morning."
            + "|(?<=\\b(?:social|social history|social hx|SH|habits):[ \\t]{0,3})smoker(?=[ \\t]*[.,;]|[ \\t]*$)"
            + "|(?:resumed|restarted) (?:smoking|cigarettes|tobacco)|last cigarette (?:this morning|today|earlier today|yesterday|last night)"
            + "|(?:currently |still )?(?:\\d{1,2}(?: ?- ?\\d{1,2})?|a few|several|a couple of) cigarettes? ?(?:/|a|per|each) ?day)\\b"
            + "|\\b" + AMOUNT + PACKS_PER_DAY + EXPOSURE_NOT_AFTER);
    private static final Pattern PACKS = Pattern.compile("(?i)\\b" + AMOUNT + PACKS_PER_DAY);
    private static final Pattern YEARS = Pattern.compile("(?i)\\b(?:for|x) (?:the )?(?:last |past )?(\\d{1,2}) (?:years|yrs)\\b|\\b(\\d{1,2}) (?:years|yrs) of smoking\\b|\\b(\\d{1,3}) pack[- ]years?\\b");
    /**
     * A year with no preposition right after a quit word ("quit 2009", "Quit date: 2015", "until 2003"),
     * which {@link dev.necessity.extract.date.DateFinder} leaves alone because a bare year is too often
     * not a date; after a quit word it is the quit year. Group 1 is the year.
     */
    private static final Pattern QUIT_YEAR = Pattern.compile("(?i)\\b(?:quit|stopped|until)(?: smoking| tobacco| cigarettes)?"
            + "(?: for good| completely| altogether| entirely)?(?: date| year)?:? (?:in )?((?:19|20)\\d{2})\\b(?![/-]\\d)");
    /** A quit word that ends right where a date begins: "quit ", "quit smoking in ", "Quit date: ", "until ". */
    private static final Pattern QUIT_LEAD = Pattern.compile("(?i)\\b(?:quit|stopped|until|gave up)(?: (?:smoking|tobacco|cigarettes?|cigars?|chewing|vaping)){0,2}"
            + "(?: for good| completely| altogether| entirely)?(?: date| year)?:?(?: (?:in|on))? ?$");
    /**
     * A label line giving the quit date of the former-use statement just before it, as social-history
     * templates write it: "Smoking status: Former smoker. Quit date: 03/2021", "Smoking status:
     * Former" then "Quit date: 2015" on the next line.
     */
    private static final Pattern QUIT_DATE_LABEL = Pattern.compile("(?i)^(?:quit(?: date| year)?|date quit|year quit)\\s?[:|]");
    /** Nicotine products other than cigarettes, from {@code nicotine-products.tsv}, longest first. */
    private static final String PRODUCT = products();
    /**
     * Use of a nicotine product in any form is current nicotine use: a use verb before the product ("is using
     * nicotine lozenges 4 mg", "chews tobacco", "switched to a vape"), the product with a frequency or dose
     * ("vaping daily", "Nicotine patch 21 mg daily", "Zyn pouches, 5 a day"), or a use field ("Vaping: daily").
     */
    private static final Pattern PRODUCT_USE = Pattern.compile("(?i)\\b(?:(?:uses|using|chews|chewing|dips|is on|started|switched to|relies on|"
            + "now (?:uses|using|on))(?: (?:a|an|the|daily|about|some|\\d+ ?mg|[a-z]+ly)){0,2} " + PRODUCT + "|" + PRODUCT
            + "(?: use)?(?: ?:| [-\u2013]|,)? (?:daily|every day|most days|each day|a few (?:a|per|each) day|several (?:times )?a day|\\d+ ?mg\\b|"
            + "\\d+ (?:times|pods?|pouches|cans?|tins?|pieces?)\\b|yes\\b|current)|(?:he|she|they|patient|pt) (?:vapes|dips)|still (?:vapes|vaping|chews|dips|uses))(?![a-z])");
    /** When a use was taken up, which tells its history, not that it goes on: "Started dipping (...) at about age 16". */
    private static final Pattern TAKEN_UP_AT = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:at (?:about |around |approximately )?(?:the )?age(?: of)? \\d{1,2}|"
            + "as a teen(?:ager)?|in (?:high school|his teens|her teens|college)|since (?:his |her )?teens)\\b");
    /** A quit word that is not a quit: "has not set a quit date", "planning to quit", "he says he will quit", "unable to quit". */
    private static final Pattern UNREALIZED_QUIT = Pattern.compile("(?i)(?:\\bnot|n't|\\bnever|\\bno|\\bto|\\bwill|\\bwould|\\bplans?|\\bplanning|\\bwants?|"
            + "\\btrying|\\bready|\\bunable|\\battempt\\w*|\\bconsidering)(?: \\w+){0,2} $");
    private static final Pattern QUIT_WORD = Pattern.compile("(?i)\\b(?:quit|stopped|discontinued|gave (?:it )?up|until)\\b");
    /** Use taken up again after a quit: the quit is history, the use is current. */
    private static final Pattern RELAPSE = Pattern.compile("(?i)\\b(?:(?:started|began|begun) (?:back )?(?:smoking|vaping|using tobacco|chewing)(?: (?:cigarettes|tobacco))? (?:again|back up)"
            + "|restarted(?: smoking| vaping| cigarettes)?|resumed (?:smoking|cigarettes|tobacco|vaping)|relapsed|back to smoking|started back up|smoking again)\\b");
    /**
     * A product the line goes on to take off the list, or says is no longer used: "nicotine patch 21 mg/24h - on list from
     * 2021; pt states \"don't need that anymore\" - removed today", "nicotine gum 2 mg - discontinued".
     */
    private static final Pattern OFF_THE_LIST = Pattern.compile("(?i)^[^\\n]{0,120}?\\b(?:removed|discontinued|d/c'?d|no longer (?:using|uses|taking|takes|needs?)|"
            + "(?:don't|doesn't|do not|does not) (?:need|use|take) (?:that|it|this|them)(?: any ?more)?|not (?:using|taking) (?:it|that|this|them))\\b");
    /** A product prescribed, offered or planned is not in use yet: "prescribed nicotine patches", "will start nicotine gum". */
    private static final Pattern PLANNED_USE = Pattern.compile("(?i)\\b(?:prescrib\\w*|recommend\\w*|offered|discussed|suggested|will|plan\\w*|consider\\w*|start(?:ing)? on|referred)\\b[^.;]*$");
    /**
     * Smoking named as a topic, not as use: "Discussed smoking & fusion", "counselled re smoking", "asked whether
     * she is still smoking". Looked for just before a bare "smoking" or "smokes".
     */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)(?:\\bdiscuss(?:ed|ion)(?: (?:of|about|re:?|regarding))?|\\btalked about"
            + "|\\basked(?: \\w+){0,2} (?:whether|if|about)(?: \\w+){0,3}|\\bwhether (?:\\w+ ){0,3}|\\bcounsell?ed (?:on|about|re:?|regarding)|\\bregarding"
            + "|\\bre:|\\brisks? of|\\beducation (?:on|about))\\s*$");
    /**
     * Current smoking denied in the progressive, as a patient says it: "I'm not smoking", "is no longer smoking", "off
     * cigarettes". Not smoking now, with no date: former use whose quit date is unknown, not never.
     */
    private static final Pattern NOT_SMOKING_NOW = Pattern.compile("(?i)\\b(?:(?:i'm|i am|he's|she's|he is|she is|is|am|are|they're|they are)"
            + " [\"\u201c]?(?:not|no longer) smoking\\b|\\bnot smoking any ?more\\b|\\bnot (?:been )?smok(?:ing|ed) since\\b|\\b(?:is|are|am|he's|she's|i'm) off (?:cigarettes|tobacco|the cigarettes|smoking)\\b"
            + "|\\bno longer smok(?:es|ing)\\b)");
    /** A record named right before its date: "The PT intake on", "the ED note of", "her intake form dated". */
    /** A record named as dated: "the PT intake on", "the note of", "the form dated". */
    private static final String RECORD_ON = "\\b(?:intake|note|record|form|chart|visit|eval(?:uation)?|summary|questionnaire|discharge)"
            + "\\s+(?:on|of|dated|from)\\s+";
    private static final Pattern CITING_RECORD_BEFORE = Pattern.compile("(?i)" + RECORD_ON + "$");
    /** The same with a month and day and no year: "The PT intake on 6/10". */
    private static final Pattern CITED_MONTH_DAY = Pattern.compile("(?i)" + RECORD_ON + "(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![/\\d])");
    /** What the dated record does with the status: "lists him as", "documents", "says", "recorded". */
    private static final Pattern CITING_VERB_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:lists?|listed|records?|recorded|documents?|documented|says|said|"
            + "notes?|noted|describes?|described|calls?|called|has|had)\\b");
    /**
     * Text brought into the note from an earlier record: "PAST HISTORY (imported from PCP note 03/10/2025, not re-reviewed):",
     * "copied from the 01/12/2026 visit". A status in it speaks for that record's date.
     */
    private static final Pattern IMPORTED = Pattern.compile("(?i)\\b(?:imported|copied|carried (?:forward|over)|brought forward|pulled (?:in|forward))\\b[^.;]{0,12}?\\bfrom\\b");
    /** A statement placed at a time named just before it: "Social history at that time: smokes ...". */
    private static final Pattern AT_THAT_TIME = Pattern.compile("(?i)\\bat (?:that|the) time\\b|\\bback then\\b");
    /** Use told as past: "Previously ~1/2 ppd x 20 yrs", "formerly smoked a pack a day", "used to smoke", "Former cigarette smoker, about 1 ppd x 20 years". */
    private static final Pattern PAST_BEFORE = Pattern.compile("(?i)\\b(?:previously|formerly|former|used to|had been|in the past|history of|hx of)\\b[^.;]{0,40}$");
    /** Someone in the patient's household or family, named as the one a statement is about. */
    private static final String OTHER_PERSON = "(?:husband|wife|spouse|partner|boyfriend|girlfriend|fianc[ée]e?|roommates?|son|daughter|mother"
            + "|father|mom|dad|parents?|brother|sister|grandmother|grandfather)";
    /** Someone else in the household as the subject of "smokes": "Husband smokes outdoors", "her partner still smokes". */
    private static final Pattern SOMEONE_ELSE_BEFORE = Pattern.compile("(?i)\\b(?:" + OTHER_PERSON + "|household|family members?|"
            + "everyone (?:else )?at home|others at home)\\b(?:,? \\w+){0,2},? $");
    /**
     * A list item or field about someone else, its label before a colon: "- Husband Walt (not blood relative, but relevant):
     * L5-S1 fusion in 2011 ..., still smoking ~1 ppd", "Second-hand exposure: Walt smokes on the back porch". What follows
     * is that person's use, or the smoke the patient is exposed to, not the patient's own.
     */
    private static final Pattern SOMEONE_ELSES_ITEM = Pattern.compile("(?i)^[\\s\\-*\u2022]{0,4}(?:(?:her |his |pt'?s |patient'?s )?"
            + OTHER_PERSON + "\\b[^:\\n]{0,60}"
            + "|(?:second-?hand|passive)(?: smoke| smoking| tobacco)?(?: smoke)? exposure)\\s*:");
    /** A date given as where a statement came from, not as a quit: "former smoker per surgeon 10/01/2026", "smoking per IME 07/22/2026". */
    private static final Pattern ATTRIBUTION_BEFORE = Pattern.compile("(?i)\\b(?:per|by|noted|documented|reported|recorded|as of)\\b(?:[^.;\\d]{0,25})$");
    /**
     * A correction of the chart: "CORRECTION: Social history ... carried forward ... and was not updated", "This is
     * incorrect", "Corrected Social History: Tobacco - never", "entered in error"; a "[carried forward]" tag alone marks
     * stale text, not a correction. Within its paragraph, a status it
     * refutes (in a sentence naming the error, or quoted) is not the patient's; a status it states is marked
     * {@code correction}, which supersedes the statements recorded before it.
     */
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\bcorrect(?:ion|ed)\\b|\\bincorrect(?:ly)?\\b|\\bin error\\b|\\berroneous(?:ly)?\\b");
    private static final Pattern REFUTED = Pattern.compile("(?i)\\bincorrect(?:ly)?\\b|\\bin error\\b|\\berroneous(?:ly)?\\b|\\bcarried[- ]forward\\b"
            + "|\\bcopied[- ]forward\\b|\\bdoes not reflect\\b|\\b(?:is |are )?(?:not|no longer) accurate\\b|\\bout of date\\b|\\bauto-?(?:filled|populated)\\b|\\bnot (?:been )?updated\\b|\\bdefaulted\\b|\\blists?\\b|\\brecorded (?:him|her|them|the patient) as\\b");
    private static final Pattern HINT = Pattern.compile("(?i)smok|tobacco|cigar|nicotine|ppd|pack|vap|chew|quit|e-cig|juul|zyn|snuff|snus|dip|hookah|nicorette|nicoderm");
    private static final Pattern NOT_TOBACCO = Pattern.compile("(?i)\\bsmok\\w* (?:marijuana|cannabis|crack)|\\bcigarette smoke\\b|should (?:quit|stop)|"
            + "advised to quit|smoking cessation|counsel|\\b(?:smoking|nicotine) (?:\\w+ )?(?:increases|affects|impairs|raises|delays|inhibits|worsens)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.NICOTINE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        List<Sentence> sentences = reading.sentences();
        Set<Integer> correcting = null; // the paragraphs that correct the chart, found once, when a status is first read
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (aboutARelative(s)) {
                continue;
            }
            if (!s.finds(HINT) || s.finds(NOT_TOBACCO)) {
                continue;
            }
            FindingDraft d = status(reading, s);
            if (d != null && correcting == null) {
                correcting = correctionParagraphs(sentences);
            }
            if (d != null && inCorrection(s, correcting)) {
                if (s.finds(REFUTED) || quoted(s, d)) {
                    continue; // the entry being corrected, told again to refute it
                }
                d.attr("correction", true);
            }
            if (d != null && "current".equals(d.attribute("status")) && d.attribute("date") == null && s.finds(AT_THAT_TIME)) {
                DateMention then = dateBefore(reading, sentences, i);
                if (then != null) {
                    // "- IME 07/22/2026: ... Social history at that time: smokes a few cigarettes a week": that record's date.
                    d.attr("date", then.date());
                }
            }
            if (d != null && "current".equals(d.attribute("status")) && d.attribute("date") == null) {
                DateMention imported = importedFrom(reading, sentences, i);
                if (imported != null) {
                    d.attr("date", imported.date());
                }
            }
            if (d != null && "current".equals(d.attribute("status")) && d.attribute("date") == null) {
                LocalDate source = recordCited(reading, s);
                if (source != null) {
                    // "The PT intake on 6/10 lists him as a current every-day smoker at one pack per day": that record's date.
                    d.attr("date", source);
                }
            }
            if (d != null) {
                // The quit date's own line may follow the status, or come after one more line about smoking (a table
                // row between: "Former smoker" | "1 ppd x ~20 yr" | "Quit date | 03/2011"); never past another topic.
                for (int j = i + 1; j <= i + 2 && j < sentences.size() && "former".equals(d.attribute("status"))
                        && d.attribute("quitDate") == null && (j == i + 1 || sentences.get(i + 1).finds(HINT)); j++) {
                    quitDateOnTheNextLine(reading, s, sentences.get(j), d);
                }
                out.add(d);
            }
        }
        if (out.stream().anyMatch(d -> "former".equals(d.attribute("status")))) {
            out.removeIf(d -> "never".equals(d.attribute("status")) && BARE_DENIAL.matcher(d.quoteText()).find());
        }
        return out;
    }

    private FindingDraft status(DocumentReading reading, Sentence s) {
        Matcher former = s.matcher(FORMER);
        boolean quit = false;
        // A match spanning a form's boxes is looked for again one character on: "smoked   [ ] Former smoker" may hide
        // a ticked "[x] Former smoker" inside it.
        for (int at = 0; !quit && at <= s.text().length() && former.find(at); at = former.start() + 1) {
            quit = !unrealized(s.text(), former.start(), former.end()) && !boxedOut(s.text(), former.start(), former.end());
        }
        if (quit) {
            Matcher relapse = s.matcher(RELAPSE);
            if (relapse.find(former.end())) {
                // "Former smoker, quit 2015 ... started smoking again last fall", "quit in 2014 and restarted around 2024".
                return draft(reading, s, relapse, "current");
            }
            Matcher use = productInUse(reading, s, former.start());
            if (use != null) {
                // "quit cigarettes ... and is using nicotine lozenges": nicotine use goes on; not a former user.
                return draft(reading, s, use, "current");
            }
        }
        Matcher never = s.matcher(NEVER);
        boolean neverFound = false;
        for (int at = 0; !quit && !neverFound && at <= s.text().length() && never.find(at); at = never.start() + 1) {
            neverFound = !boxedOut(s.text(), never.start(), never.end());
        }
        if (neverFound && deniesSmoking(s.text(), never)) {
            return draft(reading, s, never, "never");
        }
        if (quit) {
            FindingDraft d = draft(reading, s, former, "former");
            DateMention date = quitDate(reading, s, former.start());
            if (date == null) {
                date = quitAtAge(reading, s, former.start());
            }
            if (date != null) {
                withQuitDate(d, date).cover(date.start(), date.end());
            }
            return years(s, d);
        }
        Matcher notNow = s.matcher(NOT_SMOKING_NOW);
        if (notNow.find()) {
            FindingDraft d = draft(reading, s, notNow, "former");
            DateMention since = notNow.group().toLowerCase(java.util.Locale.ROOT).endsWith("since") ? quitDate(reading, s, notNow.start()) : null;
            if (since != null) {
                // "not smoking since 2019": the quit is dated.
                withQuitDate(d, since).cover(since.start(), since.end());
            }
            return d;
        }
        Matcher current = s.matcher(FIELD_CURRENT);
        boolean fieldCurrent = false;
        for (int at = 0; !fieldCurrent && at <= s.text().length() && current.find(at); at = current.start() + 1) {
            fieldCurrent = !boxedOut(s.text(), current.start(), current.end());
        }
        if (fieldCurrent || (current = currentUse(s)) != null || (current = productInUse(reading, s, 0)) != null) {
            FindingDraft d = draft(reading, s, current, "current");
            DateMention said = attributionDate(reading, s, current.end());
            if (said != null) {
                // A summary quoting an earlier record ("smoking per IME 07/22/2026") speaks for that record's date.
                d.attr("date", said.date()).cover(said.start(), said.end());
            }
            Matcher packs = s.matcher(PACKS);
            if (packs.find()) {
                d.attr("packsPerDay", packs(packs.group(1))).cover(packs.start(), packs.end());
            }
            return years(s, d);
        }
        return null;
    }

    /** The first statement of current use that is not smoking named as a topic ("Discussed smoking & fusion") or someone else's ("Husband smokes"). */
    private static Matcher currentUse(Sentence s) {
        Matcher m = s.matcher(CURRENT);
        while (m.find()) {
            if (quotedWord(s.text(), m.start(), m.end())) {
                continue; // "many patients do not count argileh as \"smoking\"": the word talked about, not its use
            }
            int from = Math.max(0, m.start() - 40);
            if (!boxedOut(s.text(), m.start(), m.end()) && !TOPIC_BEFORE.matcher(s.text()).region(from, m.start()).find()
                    && !SOMEONE_ELSE_BEFORE.matcher(s.text()).region(from, m.start()).find()
                    && !SOMEONE_ELSES_ITEM.matcher(s.text()).region(0, m.start()).lookingAt()
                    && !PAST_BEFORE.matcher(s.text()).region(from, m.start()).find()) {
                return m;
            }
        }
        return null;
    }

    /**
     * A form's option that is not the answer: the item of an unticked box ("[ ] Former smoker — quit date ______"), or a
     * match reaching across a box into another option ("Never smoked   [ ] Former smoker — quit").
     */
    private static boolean boxedOut(String text, int from, int to) {
        if (text.indexOf('[') < 0) {
            return false;
        }
        if (text.substring(from, to).indexOf('[') >= 0) {
            return true;
        }
        String before = text.substring(Math.max(0, from - 6), from).stripTrailing();
        return before.endsWith("[ ]") || before.endsWith("[]");
    }

    /** Whether {@code [from, to)} is a word in quotation marks of its own: "smoking" as a word, not as a statement. */
    private static boolean quotedWord(String text, int from, int to) {
        return from > 0 && to < text.length() && QUOTE_MARKS.indexOf(text.charAt(from - 1)) >= 0 && QUOTE_MARKS.indexOf(text.charAt(to)) >= 0;
    }

    private static final String QUOTE_MARKS = "\"\u201c\u201d'\u2018\u2019";

    /** A day-precision date given as the source of the statement ending at {@code from}, on or before its record's date. */
    private static DateMention attributionDate(DocumentReading reading, Sentence s, int from) {
        LocalDate written = reading.document().date();
        for (DateMention date : reading.dates(s)) {
            if (date.start() >= from && "day".equals(date.precision()) && (written == null || !date.date().isAfter(written))
                    && ATTRIBUTION_BEFORE.matcher(s.text()).region(from, date.start()).find()) {
                return date;
            }
        }
        return null;
    }

    /**
     * The record a status in sentence {@code i} was imported from: the first day-precision date after an {@link #IMPORTED}
     * phrase in that sentence or one of the eight before it in its paragraph, on or before the record's date.
     */
    private static DateMention importedFrom(DocumentReading reading, List<Sentence> sentences, int i) {
        LocalDate written = reading.document().date();
        for (int j = i; j >= Math.max(0, i - 8) && sentences.get(j).paragraph() == sentences.get(i).paragraph(); j--) {
            Matcher m = sentences.get(j).matcher(IMPORTED);
            if (m.find()) {
                for (DateMention d : reading.dates(sentences.get(j))) {
                    if (d.start() >= m.end() && "day".equals(d.precision()) && (written == null || !d.date().isAfter(written))) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A dated record the sentence cites as saying it: "The PT intake on 6/10 lists him as ...", "the ED note of 08/02/2026
     * documents ...": that record's date, when on or before this record's own.
     */
    private static LocalDate recordCited(DocumentReading reading, Sentence s) {
        LocalDate written = reading.document().date();
        String text = s.text();
        for (DateMention d : reading.dates(s)) {
            if ("day".equals(d.precision()) && (written == null || !d.date().isAfter(written))
                    && CITING_RECORD_BEFORE.matcher(text).region(Math.max(0, d.start() - 40), d.start()).find()
                    && CITING_VERB_AFTER.matcher(text).region(d.end(), text.length()).lookingAt()) {
                return d.date();
            }
        }
        // A month and day without a year ("The PT intake on 6/10 lists him as"), which alone could be a pain score: read as
        // a date only between a record's name and what it says, in the latest year that puts it on or before this record.
        Matcher m = CITED_MONTH_DAY.matcher(text);
        if (written != null && m.find() && CITING_VERB_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            try {
                LocalDate date = LocalDate.of(written.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return date.isAfter(written) ? date.minusYears(1) : date;
            } catch (java.time.DateTimeException notADate) {
                return null;
            }
        }
        return null;
    }

    /** The last day-precision date, on or before the record's date, in the two sentences before sentence {@code i} of its paragraph. */
    private static DateMention dateBefore(DocumentReading reading, List<Sentence> sentences, int i) {
        LocalDate written = reading.document().date();
        for (int j = i - 1; j >= Math.max(0, i - 2) && sentences.get(j).paragraph() == sentences.get(i).paragraph(); j--) {
            List<DateMention> dates = reading.dates(sentences.get(j));
            for (int k = dates.size() - 1; k >= 0; k--) {
                DateMention d = dates.get(k);
                if ("day".equals(d.precision()) && (written == null || !d.date().isAfter(written))) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The paragraphs holding a correction cue ({@link #CORRECTION}), in one pass over the document. */
    private static Set<Integer> correctionParagraphs(List<Sentence> sentences) {
        Set<Integer> paragraphs = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (s.finds(CORRECTION)) {
                paragraphs.add(s.paragraph());
            }
        }
        return paragraphs;
    }

    /**
     * Whether the sentence is in a paragraph that corrects the chart (the refuted entry often comes before the cue),
     * or under a "CORRECTION:" or "Corrected Social History" heading.
     */
    private static boolean inCorrection(Sentence s, Set<Integer> correcting) {
        String section = s.section();
        return correcting.contains(s.paragraph()) || section != null && CORRECTION.matcher(section).find();
    }

    /** Whether the status quote sits inside quotation marks: a record quoted, not the writer's own statement. */
    private static boolean quoted(Sentence s, FindingDraft d) {
        String text = s.text();
        int at = text.indexOf(d.quoteText());
        if (at < 0) {
            return false;
        }
        long before = text.substring(0, at).chars().filter(c -> c == '"' || c == '\u201c').count();
        return before % 2 == 1;
    }

    /**
     * The quit date of a former-use statement starting at {@code from}: the date a quit word names
     * ("started in 1975, quit 2009": 2009), else the first date after {@code from}; null if none.
     */
    private static DateMention quitDate(DocumentReading reading, Sentence s, int from) {
        DateMention first = null;
        for (DateMention date : quitDateCandidates(reading, s)) {
            if (date.start() < from || ATTRIBUTION_BEFORE.matcher(s.text()).region(from, date.start()).find()) {
                continue; // "former smoker per surgeon 10/01/2026": where the statement came from, not the quit
            }
            if (QUIT_LEAD.matcher(s.text()).region(Math.max(from, date.start() - 40), date.start()).find()) {
                return date;
            }
            String between = s.text().substring(from, date.start());
            if (first == null && date.start() - from <= 80 && between.indexOf(';') < 0 && between.indexOf('|') < 0) {
                // In the statement's own clause: "former smoker (2009)", not "...; office contacted 10/12/2026", nor a
                // table's next column ("Tobacco smoking status | Former smoker | 2026-09-22": when it was recorded).
                first = date;
            }
        }
        return first;
    }

    /**
     * The quit date of a former-use statement given by the label sentence right after it ("Quit date:
     * 03/2021"), in the same section and paragraph, the date being the label's value; the quote runs
 * on to that date.
     */
    private static void quitDateOnTheNextLine(DocumentReading reading, Sentence s, Sentence next, FindingDraft d) {
        if (next.paragraph() != s.paragraph() || !java.util.Objects.equals(next.section(), s.section())) {
            return;
        }
        Matcher label = next.matcher(QUIT_DATE_LABEL);
        if (!label.find()) {
            return;
        }
        DateMention date = quitDate(reading, next, label.end());
        // The label's own value: "Quit date: unknown, started 1990" names no quit date.
        if (date != null && next.text().substring(label.end(), date.start()).isBlank()) {
            withQuitDate(d, date).coverIntoNext(next, date.end());
        }
    }

    private static FindingDraft withQuitDate(FindingDraft d, DateMention date) {
        d.attr("quitDate", date.date());
        if (!"day".equals(date.precision())) {
            d.attr("datePrecision", date.precision());
        }
        return d;
    }

    /** A quit told by the patient's age at the time: "quit at 50", "stopped smoking at age 45". */
    private static final Pattern QUIT_AT_AGE = Pattern.compile("(?i)\\b(?:quit|stopped|gave (?:it )?up)(?: (?:smoking|tobacco|cigarettes?|for good)){0,2}"
            + " at (?:(?:the )?age (?:of )?)?(\\d{2})\\b(?! ?(?:%|mg|ppd|packs?|cig|years? ago|y(?:ea)?rs? ago))");
    /** The patient's age in a record's header or opening line: "DOB: 03/22/1959 (67 y)", "67-year-old", "67F", "Age: 67". */
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:age:? ?(\\d{2,3})\\b|(\\d{2,3})(?: ?(?:yo|y/o|y)\\b|[- ]years?[- ]old\\b)|(\\d{2,3}) ?(?-i:[MF])\\b)");
    /** How far into a record its header and opening line reach, where an age is stated. */
    private static final int AGE_REACH = 3_000;

    /**
     * The quit year of "quit at 50, the year her husband had his bypass" from the patient's age the record states: a
     * 67-year-old who quit at 50 quit 16 or 17 years before the record's year (year precision, the later of the two
     * years it can be). Null when the record states no age, or the age at quitting is not below it.
     */
    private static DateMention quitAtAge(DocumentReading reading, Sentence s, int from) {
        LocalDate written = reading.document().date();
        Matcher at = QUIT_AT_AGE.matcher(s.text()).region(from, s.text().length());
        if (written == null || !at.find()) {
            return null;
        }
        int quitAge = Integer.parseInt(at.group(1));
        for (Sentence h : reading.sentences()) {
            if (h.start() > AGE_REACH) {
                break;
            }
            Matcher age = h.matcher(AGE);
            if (age.find()) {
                int now = Integer.parseInt(age.group(1) != null ? age.group(1) : age.group(2) != null ? age.group(2) : age.group(3));
                if (now <= quitAge || now > 110) {
                    return null;
                }
                // Aged "now" in the record's year, the patient turned quitAge in one of two years: the later one.
                int year = Math.min(written.getYear(), written.getYear() - (now - quitAge) + 1);
                return new DateMention(at.start(1), at.end(1), LocalDate.of(year, 1, 1), "year");
            }
        }
        return null;
    }

    /** The sentence's dates and its bare quit years ("quit 2009"), in text order. */
    private static List<DateMention> quitDateCandidates(DocumentReading reading, Sentence s) {
        List<DateMention> dates = new ArrayList<>(reading.dates(s));
        Matcher year = s.matcher(QUIT_YEAR);
        while (year.find()) {
            int start = year.start(1);
            int end = year.end(1);
            if (dates.stream().noneMatch(d -> d.start() < end && start < d.end())) {
                dates.add(new DateMention(start, end, LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), "year"));
            }
        }
        dates.sort(Comparator.comparingInt(DateMention::start));
        return dates;
    }

    /**
     * A sentence about a relative's tobacco use ("Her father smokes", "Lives with her mother, who smokes"): one
     * in a family-history section, or one naming a relative before any tobacco word. A relative named after the
     * patient's own statement leaves it standing: "stopped in November 2024, after her brother's heart attack".
     */
    private static boolean aboutARelative(Sentence s) {
        if (s.inFamilyHistory() && !s.inSection("SHX", "SOCIAL")) {
            return true;
        }
        if (!ClinicalSections.isFamilyHistory(s) || s.inSection("SHX", "SOCIAL")) {
            return false;
        }
        Matcher relative = s.matcher(ClinicalSections.FAMILY);
        Matcher tobacco = s.matcher(HINT);
        return relative.find() && (!tobacco.find() || relative.start() < tobacco.start());
    }

    /** A quit word in {@code [from, to)} that is denied or only intended: "has not set a quit date", "planning to quit". */
    private static boolean unrealized(String text, int from, int to) {
        Matcher q = QUIT_WORD.matcher(text).region(from, to);
        int last = -1;
        while (q.find()) {
            last = q.start();
        }
        return last >= 0 && UNREALIZED_QUIT.matcher(text).region(Math.max(0, last - 30), last).find();
    }

    /** Asserted use of a nicotine product from {@code from} on; null when none or only denied, hedged or planned. */
    private static Matcher productInUse(DocumentReading reading, Sentence s, int from) {
        Matcher use = s.matcher(PRODUCT_USE);
        use.region(from, s.text().length());
        while (use.find()) {
            var m = reading.modifiers(s, use.start(), use.end());
            if (!m.negated() && !m.uncertain() && !m.historical() && !reading.hypothetical(s, use.start(), use.end())
                    && !TAKEN_UP_AT.matcher(s.text()).region(use.end(), Math.min(s.text().length(), use.end() + 80)).find()
                    && !PLANNED_USE.matcher(s.text()).region(Math.max(0, use.start() - 40), use.start()).find()
                    && !OFF_THE_LIST.matcher(s.text()).region(use.end(), s.text().length()).lookingAt()) {
                return use;
            }
        }
        return null;
    }

    private static String products() {
        List<String> phrases = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.rows(NicotineReader.class, "/dev/necessity/extract/nicotine-products.tsv")) {
            phrases.add(row.columns()[0].trim());
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s?\\Q")).toList()) + ")";
    }

    /** "No vaping or smokeless tobacco use" denies other products, not smoking. */
    private static boolean deniesSmoking(String text, Matcher never) {
        Matcher end = CLAUSE_END.matcher(text).region(never.start(), text.length());
        String clause = text.substring(never.start(), end.find() ? end.start() : text.length());
        return SMOKING_WORD.matcher(clause).find();
    }

    private FindingDraft years(Sentence s, FindingDraft d) {
        Matcher y = s.matcher(YEARS);
        if (y.find() && y.group(3) == null) {
            d.attr("years", Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2))).cover(y.start(), y.end());
        }
        return d;
    }

    private FindingDraft draft(DocumentReading reading, Sentence s, Matcher m, String status) {
        return reading.draft(FindingTypes.NICOTINE, s, m.start(), m.end()).withContextExceptNegation().attr("status", status);
    }

    private static double packs(String token) {
        int slash = token.indexOf('/');
        if (slash > 0) {
            return Double.parseDouble(token.substring(0, slash)) / Double.parseDouble(token.substring(slash + 1));
        }
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "one", "a" -> 1.0;
            case "two" -> 2.0;
            case "three" -> 3.0;
            case "half a" -> 0.5;
            default -> Double.parseDouble(token);
        };
    }
}
