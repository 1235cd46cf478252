package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.level.LevelResolution;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spinal injections: "L5-S1 interlaminar epidural steroid injection", transforaminal, caudal,
 * facet, medial branch block, radiofrequency ablation, selective nerve root block, SI joint
 * (intra-articular). Each has level, date ("on 11/03/2025", or the procedure note's date),
 * injectionType, reliefPercent ("about 70 % relief" is 70), reliefWeeks ("for approximately 2
 * weeks", "2 weeks of relief"), response and status (planned or completed). A procedure note is
 * one injection: its first mention, with the relief its follow-up reports. An unqualified
 * epidural has injectionType "epidural".
 */
public final class InjectionReader implements FindingReader {

    static final Pattern INJECTION = Pattern.compile("(?i)\\b(?:(?:[CTLS]\\d{1,2}(?:-[CTLS]?\\d{1,2})?(?:/[CTLS]\\d{1,2}(?:-[CTLS]?\\d{1,2})?)?|left|right|bilateral|interlaminar|"
            + "translaminar|transforaminal|caudal|lumbar|cervical|thoracic|fluoroscopically guided|midline|paramedian|and|,) ){0,5}"
            + "(?:epidural (?:steroid )?(?:injections?|blocks?)|epidural steroids?|ESIs?|TF-?ESIs?|IL-?ESIs?|(?:lumbar |cervical )?facet (?:joint )?"
            + "(?:injections?|blocks?)|medial branch (?:nerve )?blocks?|MBBs?|radiofrequency (?:ablation|rhizotomy|neurotomy|thermocoagulation|"
            + "lesioning)|RFA|rhizotomy|(?:selective )?nerve root blocks?|SNRBs?|sacroiliac joint injections?|SI joint injections?|"
            + "intra-?articular (?:\\w+ )?injections?"
            // An injection-history row naming the approach alone: "09/10/2025  Interlaminar, L4-L5 (L)  ~70 %".
            + "|(?:interlaminar|transforaminal|caudal)(?=,? [CTLS]\\d))\\b");
    /** An injection of no named kind, read only when denied: "No injections to date." */
    static final Pattern UNNAMED_INJECTION = Pattern.compile("(?i)\\b(?:(?:spinal|back|steroid|cortisone|spine) )?injections?\\b");
    /**
     * An injection given in the back whose kind the record does not know: "two, maybe three back shots" at an outside
     * practice, "ONE injection in low back ... unclear whether this was an epidural". Read only with a word that it was
     * given ({@link #GIVEN}); injectionType "unspecified", so it is no epidural, and no proof that there was none.
     */
    static final Pattern BACK_INJECTION = Pattern.compile("(?i)\\b(?:(?:low(?:er)? )?back|spinal|spine) (?:shots?|injections?)\\b"
            + "|\\b(?:shots?|injections?) (?:in|into|to) (?:(?:my|his|her|the|their) )?(?:low(?:er)? )?(?:back|spine)\\b");
    /** A word that an injection was given: "had", "got", "gave me", "received", "prior", "earlier this year", "ago". */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:had|has had|got|gave|given|received|underwent|prior|previous(?:ly)?|"
            + "earlier|ago|last (?:year|spring|summer|fall|autumn|winter|month)|reports? (?:one|two|three|\\d)|states? (?:he|she) had)\\b");
    /** Words that make it one to come or one wished for: "will", "would like", "wants", "interested in", "consider". */
    private static final Pattern TO_COME = Pattern.compile("(?i)\\b(?:will|would like|wants?|wanting|interested in|consider(?:ing)?|"
            + "plan(?:s|ned|ning)?|schedul(?:e|ed|ing)|request(?:s|ed|ing)?|asking|hope|hoping)\\b");
    /**
     * The Emergency Severity Index of an emergency-department triage line, not an epidural steroid injection:
     * "ESI 2", "Acuity (ESI): 2", "Triage ESI level 3" (not "ESI 2 weeks ago", "ESI 2/2026", "ESI x2").
     */
    private static final Pattern TRIAGE_ESI = Pattern.compile("(?i)^\\)?[ ]?:?[ ]?(?:level )?[1-5](?![\\d/%]|\\.\\d|[ ]?(?:x\\b|times|weeks?|wks?|days?|"
            + "months?|mos?|years?|yrs?|mm|mg|of\\b|injections?|sessions?))|^\\)?[ ]?(?:level|acuity|score)");
    private static final Pattern TRIAGE_BEFORE = Pattern.compile("(?i)\\b(?:acuity|triage)\\b[^.;]{0,12}$");
    private static final Pattern LIST_LEAD = Pattern.compile("(?i)^(?:(?:and|,) )+");
    /**
     * Between an injection and its date: "on", "dated", "in", "of" right after it ("after L5-S1 ILESI of 06/10/2026"),
     * a short qualifier set off by a comma ("under fluoroscopy, 07/13/2026"), or an opening parenthesis
     * ("R L5-S1 TFESI (07/01/2026)").
     */
    private static final Pattern ON_DATE = Pattern.compile("(?i)^[^.;]{0,30}?\\b(?:on|dated?|in|done|performed|given|administered|placed)$|^(?:[CTLS]\\d{1,2}(?:[-/][CTLS]?\\d{1,2})? )?\\w{0,12} ?of$"
            + "|^[^.;,]{0,30},$|^\\(?$"
            // Only its side and levels between: "TFESI right L4-5/L5-S1 06/18/2026: partial (~30%) benefit".
            + "|^(?: ?(?:L|R|left|right|bilat(?:eral)?|[CTLS]\\d{1,2}(?:[-/][CTLS]?\\d{1,2})*,?))+$");
    /** Between a date and the injection it modifies: "The 06/08/2026 L4-5 ILESI", "her 01/12/2026 right TFESI". */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?i)^(?: ?(?:L|R|left|right|bilat(?:eral)?|[CTLS]\\d{1,2}(?:[-/][CTLS]?\\d{1,2})?,?))* ?$");
    /**
     * The service requested, named by its code at the head of the line: "62323 - Interlaminar epidural steroid
     * injection, lumbar, with fluoroscopic guidance, L5-S1" in a review summary is the request, not a prior injection.
     */
    private static final Pattern REQUESTED_CODE_BEFORE = Pattern.compile("(?i)^\\W{0,4}(?:CPT:?\\s*)?\\d{5}\\s*[-\\u2013:]\\s*$");
    /** An injection put as a question, the referral's shorthand for one being considered: "failed PT/NSAIDs, ? ESI", "?ESI candidate". */
    private static final Pattern QUERIED_BEFORE = Pattern.compile("\\? ?$");
    /** Injections as a topic: "reviewed general info about epidural injections", "education on", "options including". */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)\\b(?:info(?:rmation)?|education|handout|literature|risks and benefits|"
            + "options?(?: including)?|discussed|discussion|counsell?ed|what to expect)\\b(?: \\w+){0,3} (?:about|on|of|regarding|re:?|including)?\\s*$");
    /**
     * An injection the sentence goes on to propose: "an image-guided epidural steroid injection is a reasonable next step",
     * "... would be an option", "... is indicated".
     */
    private static final Pattern PROPOSED_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:is|are|would be|could be|seems|appears|remains?)"
            + "(?: (?:a|an|the|our|my))?(?: (?:reasonable|logical|appropriate|good|sensible|next|best|possible|potential|further|treatment))*"
            + " (?:next step|option|alternative|reasonable|appropriate|indicated|recommended|warranted|worth trying|worth a try)\\b");
    /**
     * The one requested called the first, with nothing told of it: "Office submitting PA for 62323 R L5-S1 on 10/20. First
     * ESI.", "This would be her first TFESI." A first injection given is told with its date, result or a verb.
     */
    private static final Pattern FIRST_ONE = Pattern.compile("(?i)\\s*(?:(?:this|it) (?:is|would be|will be) (?:his |her |their |the |a )?)?first\\s+");
    private static final Pattern NOTHING_MORE = Pattern.compile("(?i)\\s*(?:injection|procedure)?\\s*[.;!]?\\s*");
    /** A benefit check names a service, not one given: "ESI requires PA", "TFESI needs prior authorization". */
    private static final Pattern COVERAGE_AFTER = Pattern.compile("(?i)^\\s*(?:requires|needs|will need|is subject to) (?:a |an )?"
            + "(?:PA|prior auth\\w*|pre-?auth\\w*|pre-?cert\\w*|authori[sz]ation|peer[- ]to[- ]peer)\\b");
    /**
     * An injection the noun phrase itself calls one to come: "Mr DeLuca's planned left L4-L5/L5-S1 transforaminal
     * epidural steroid injection", "the proposed L5-S1 ILESI", "her upcoming right L5 TFESI".
     */
    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?i)\\b(?:planned|proposed|upcoming|pending|requested|intended|"
            + "anticipated|impending|contemplated|scheduled"
            // An authorization asked for names the service requested: "Request auth R TFESI 64483", "PA submitted for L5 TFESI".
            + "|request(?:ing|ed)? (?:prior )?auth(?:orization|\\.)?(?: for)?|(?:prior )?auth(?:orization)? (?:request(?:ed)?|sought|submitted)(?: for)?"
            + "|PA (?:request(?:ed)?|submitted)(?: for)?|submit(?:s|ted|ting)? (?:a |the )?(?:PA|prior auth(?:orization)?|auth(?:orization)?)"
            + "(?: request)? for(?: (?:CPT )?\\d{5})?)\\s+"
            + "(?:(?:left|right|bilateral|bilat|b/l|rt|lt|R|L|repeat|second|third|[LCST]\\d[\\w/-]*)[\\s,/]*){0,4}$");
    /**
     * An injection someone is asked or cleared to do, not one done: a referral's purpose ("Ref by: Dr. Varghese (Ortho) --
     * \"for TFESI, failed conservative mx\"", "referred for L5-S1 ILESI"), a clearance ("NO contraindication to a single
     * fluoroscopically guided epidural steroid injection", "cleared for", "OK to proceed with").
     */
    private static final String MODIFIERS = "(?:(?:a|an|the|single|one|repeat|(?:left|right|bilateral)(?:-sided)?|[LCST]\\d[\\w/-]*)[\\s,/]*){0,4}";
    private static final Pattern PROSPECTIVE_BEFORE = Pattern.compile("(?i)\\b(?:contraindications? to|cleared for|clearance for|"
            + "ok(?:ay)? to proceed with|proceed with|referred for|referral for|"
            // A visit's question, not its history: "Reason for visit: left leg pain; evaluate for epidural steroid
            // injection", "candidate for", "assessment for".
            + "evaluat(?:e|ed|ion)(?: [\\w.,'-]+){0,3} for|assess(?:ed|ment)? for|candidate for|candidacy for|"
            // An office arranging it: "please schedule Marcus Delgado for a right-sided L4-5 interlaminar ESI", "go ahead and
            // submit the L4-5 interlaminar ESI", "book her for".
            + "schedul(?:e|ing)(?: [\\w.,'-]+){0,4} for|book(?:ed|ing)?(?: [\\w.,'-]+){0,4} for|submit(?:ting)?|auth(?:orization)? for)\\s+"
            + MODIFIERS + "$");
    /** An e-mail's subject line names what the thread is about: "Subject: RE: Delgado, Marcus - L4-5 ILESI - Northgate MRI still missing". */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?i)^\\W{0,3}(?:subject|re|fwd?)\\s*:");
    /**
     * What an injection did, which it can only have done once given, even under a plan label: "A/P: Short-lived response
     * to 2nd ESI (~6 wks)", "failed two ESIs", "s/p L5-S1 TFESI".
     */
    private static final Pattern RESPONDED_BEFORE = Pattern.compile("(?i)\\b(?:responses? to|responded to|relief (?:from|after|with)|"
            + "benefit from|improvement (?:from|after|with)|failed|s/p|status post)\\s+"
            + "(?:(?:his|her|the|their|a|an|prior|last|recent|1st|2nd|3rd|first|second|third|two|three|both)\\s+)*" + MODIFIERS + "$");
    /** The sentence goes on to say it was done: "referred for L5-S1 ILESI last spring and had it done 03/10/2026". */
    private static final Pattern DONE_AFTER = Pattern.compile("(?i)\\b(?:had (?:it|this|that|one|them|the injection) (?:done|performed)|underwent"
            + "|(?:was|were) (?:done|performed|given|administered)|performed on|received (?:it|one|them))\\b");
    /** A repeat being asked for, which its predecessor's response describes: "Will repeat the TFESI that gave 80% relief". */
    private static final Pattern REQUESTED_REPEAT_BEFORE = Pattern.compile("(?i)\\b(?:repeat\\w*|will|plan\\w*|schedul\\w*|request\\w*|another|"
            + "proceed with|recommend\\w*)\\b");
    /** A response told of the injection straight after it, so it was given, in a plan's paragraph too: "a prior TFESI that gave ~70% relief". */
    private static final Pattern RESPONDED_AFTER = Pattern.compile("(?i)^\\s*(?:that|which) (?:gave|provided|brought|helped)\\b");
    /** A referral line's purpose, the sentence's start up to the injection: "Ref by: Dr. Varghese (Ortho) -- \"for TFESI". */
    private static final Pattern REFERRAL_PURPOSE = Pattern.compile("(?i)^\\W{0,3}ref(?:erred|erral)?\\.?(?: by| from)?\\b[^\\n]{0,60}?\\bfor\\s+"
            + MODIFIERS + "$");
    /** A date fronting its sentence: "On 05/14/2026 she underwent a fluoroscopically guided L4-5 ILESI". */
    private static final Pattern FRONTED_ON = Pattern.compile("(?i)^\\W{0,3}on\\s*$");
    private static final Pattern FRONTED_THEN_DONE = Pattern.compile("(?i)^,?\\s+(?:she|he|they|the patient|patient|pt\\.?|(?:mr|ms|mrs)\\.? [a-z'-]+)"
            + "\\s+(?:underwent|had|received|got|was given)\\b[^.;:]{0,80}$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|her|his|their|a|an|prior|previous|last|most recent)\\s*$");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:prior|previous(?:ly)?|last|earlier|first)\\b");
    /** A month and day with no year right after the injection: "L4-5 ILESI (06/08)", "ESI on 6/8". */
    private static final Pattern MONTH_DAY_AFTER = Pattern.compile("^(?:\\s{0,2}\\(|\\s{0,2}on |[^.;()]{0,30}?\\bon )(\\d{1,2})/(\\d{1,2})(?![/\\d])"
            // Straight after it and ending the clause, not a score out of 10: "s/p L4-5/L5-S1 TFESI 6/17."
            + "|^ (\\d{1,2})/(?!10\\b)(\\d{1,2})(?=[.,;)]|$)");
    private static final Pattern COUNT_OF = Pattern.compile("(?i)\\b(?:number|no\\.|#|count|total) of (?:prior |previous |lumbar |cervical |spinal |epidural ){0,3}$");
    private static final Object PROCEDURE_DATE = new Object();
    private static final Object ONLY_EPIDURALS = new Object();
    /** A heading over an injection history's rows: "Injection history (...):", "Prior ESIs:", "Previous epidurals:". */
    private static final Pattern HISTORY_HEADING = Pattern.compile("(?i)^\\W{0,3}(?:(?:prior|previous|past|spinal|lumbar|epidural) )?"
            + "(?:injections?|ESIs?|epidurals?)(?: (?:history|hx|log|record|to date|so far))?\\b");
    /** A heading that names the approach without the injection word's usual company: "(both L5-S1 interlaminar, ...)". */
    private static final Pattern KIND_IN_HEADING = Pattern.compile("(?i)\\b(?:interlaminar|transforaminal|caudal|epidural|ESI)\\b");
    /** An injection named by its date alone: "the July 28 injection", "her last Feb shot", "the 6/18 injection". */
    private static final Pattern DATED_BY_NAME = Pattern.compile("(?i)\\b(?:the|that|this|her|his)(?: (?:last|most recent|previous|prior|recent|first|second))? "
            + "([A-Za-z0-9][A-Za-z0-9/ ]{1,16}?) (?:injection|shot)\\b");
    private static final Pattern DATE_LINE = Pattern.compile("(?im)^[ \\t]{0,8}(?:date(?: of (?:service|procedure))?|procedure date)[ \\t]{0,4}:[^\\n]{0,40}$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        // InjectionResponseReader builds on these drafts: read the document once for both.
        return reading.once(InjectionReader.class, () -> List.copyOf(readDocument(reading)));
    }

    private List<FindingDraft> readDocument(DocumentReading reading) {
        boolean procedureNote = reading.isType(DocumentType.PROCEDURE_NOTE) && !injectionLog(reading.text());
        List<FindingDraft> out = new ArrayList<>();
        List<FindingDraft> named = new ArrayList<>();
        List<Sentence> sentences = reading.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) && !procedureNote) {
                continue;
            }
            Matcher m = s.matcher(INJECTION);
            boolean found = m.find();
            while (found && (triage(s, m) || counted(s, m))) {
                found = m.find();
            }
            if (!found) {
                int row = i;
                Optional<FindingDraft> dated = procedureNote ? Optional.empty() : datedByName(reading, s).or(() -> historyRow(reading, sentences, row));
                if (dated.isPresent()) {
                    named.add(dated.get());
                    continue;
                }
                Optional<FindingDraft> denied = unnamedDenial(reading, s, procedureNote);
                (denied.isPresent() ? denied : unknownKind(reading, s, procedureNote)).ifPresent(out::add);
                continue;
            }
            out.add(entryDated(reading, s, injection(reading, s, m, procedureNote), out));
            if (procedureNote) {
                return List.of(followUp(reading, out.get(0), s));
            }
        }
        // "the June injection" where the note names the L5-S1 ILESI of 06/16: that one, which InjectionResponseReader
        // gives the relief; a name no injection of the document answers to is an injection of its own.
        for (FindingDraft d : named) {
            if (out.stream().noneMatch(other -> sameDay(other, d))) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * A procedure record that logs several injections, each on a row of its own that starts with its date ("#1  11/18/25
     * ILESI L4-5, fluoro, ...", "#2  2/24/26   ILESI L4-5, ..."): a history to read row by row, not the note of one
     * procedure dated by the document.
     */
    private static boolean injectionLog(String text) {
        Matcher row = LOG_ROW.matcher(text);
        String first = null;
        while (row.find()) {
            if (first == null) {
                first = row.group(1);
            } else if (!first.equals(row.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LOG_ROW = Pattern.compile("(?im)^[ \\t]{0,8}(?:#?\\d{1,2}[.)]?[ \\t]+)?(\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t]+"
            + "[^\\n]{0,30}?\\b(?:[IT]FESIs?|ILESIs?|CESIs?|ESIs?|epidurals?|transforaminal|interlaminar|caudal)\\b");

    /** Whether a draft's date falls in what a date-named one names: its day, or its month when only the month was named. */
    private static boolean sameDay(FindingDraft other, FindingDraft named) {
        Object date = other.attribute("date");
        Object name = named.attribute("date");
        if (date == null || name == null) {
            return false;
        }
        boolean month = "month".equals(named.attribute("datePrecision"));
        return month ? date.toString().startsWith(name.toString().substring(0, 7)) : date.toString().equals(name.toString());
    }

    /** "Number of lumbar ESI sessions in last 12 months: 1": a count asked for, not an injection mentioned. */
    private static boolean counted(Sentence s, Matcher m) {
        return COUNT_OF.matcher(s.text()).region(Math.max(0, m.start() - 40), m.start()).find();
    }

    /** "ESI 2" in a triage line: the severity index, not an injection. */
    private static boolean triage(Sentence s, Matcher m) {
        if (!m.group().regionMatches(true, m.group().length() - 3, "ESI", 0, 3)) {
            return false;
        }
        String text = s.text();
        return TRIAGE_ESI.matcher(text).region(m.end(), text.length()).lookingAt()
                || TRIAGE_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.end() - 3).find();
    }

    private FindingDraft injection(DocumentReading reading, Sentence s, Matcher m, boolean procedureNote) {
        TherapyFacts facts = new TherapyFacts(s);
        int end = facts.evidenceEnd(m.end());
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, trimLead(s.text(), m.start(), m.end()), end)
                .withContextExceptNegation().resolveLevels()
                .attr("kind", "injection").attr("injectionType", type(m.group()));
        Modifiers denial = TherapyDenials.of(s, trimLead(s.text(), m.start(), m.end()), m.end());
        if (denial.negated()) {
            return d.modifiers(denial);
        }
        relief(d, facts);
        d.attr("guidance", InjectionGuidance.in(procedureNote ? reading.text() : s.text()));
        int lead = trimLead(s.text(), m.start(), m.end());
        boolean planned = !procedureNote && !RESPONDED_BEFORE.matcher(s.text()).region(Math.max(0, lead - 60), lead).find()
                && !(RESPONDED_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()
                        && !REQUESTED_REPEAT_BEFORE.matcher(s.text()).region(Math.max(0, lead - 30), lead).find()) && (facts.planned() || s.inSection("PLAN", "RECOMMEND") || PlanContext.isPlan(reading, s)
                || REQUESTED_CODE_BEFORE.matcher(s.text()).region(0, lead).find()
                || TOPIC_BEFORE.matcher(s.text()).region(Math.max(0, lead - 50), lead).find()
                || QUERIED_BEFORE.matcher(s.text()).region(Math.max(0, lead - 2), lead).find()
                || SUBJECT_LINE.matcher(s.text()).region(0, lead).lookingAt()
                || PLANNED_BEFORE.matcher(s.text()).region(Math.max(0, lead - 60), lead).find()
                || PROPOSED_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()
                || COVERAGE_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()
                || FIRST_ONE.matcher(s.text()).region(0, lead).matches() && NOTHING_MORE.matcher(s.text()).region(m.end(), s.text().length()).matches()
                || (PROSPECTIVE_BEFORE.matcher(s.text()).region(Math.max(0, lead - 60), lead).find()
                        || lead <= 90 && REFERRAL_PURPOSE.matcher(s.text()).region(0, lead).find())
                && !DONE_AFTER.matcher(s.text()).region(lead, s.text().length()).find());
        d.attr("status", planned ? "planned" : "completed");
        if (!planned) {
            if (procedureNote) {
                d.attr("date", procedureDate(reading));
            } else {
                DateMention after = dateAfter(reading, s, m.start(), m.end());
                if (after == null && s.start() < FORM_HEAD) {
                    // A post-injection form's own field dates the injection its head names:
                    // "Injection date: 08/18/2026" above "Injection type: L TFESI L4-5, L5-S1".
                    after = formInjectionDate(reading);
                }
                dated(d, after);
            }
        }
        return d;
    }

    /**
     * Gives {@code d} the date of {@code date} (none when null), with its precision when it is not a day: "Two prior
     * TFESIs in 2026" is a year, "the Feb injection" a month; counting and ordering need to know.
     */
    private static FindingDraft dated(FindingDraft d, DateMention date) {
        if (date != null) {
            d.attr("date", date.date());
            if (!"day".equals(date.precision())) {
                d.attr("datePrecision", date.precision());
            }
        }
        return d;
    }

    /** A completed injection of {@code type} read from {@code [from, to)} of its sentence, on {@code date}, with the sentence's relief. */
    private static FindingDraft completed(DocumentReading reading, Sentence s, int from, int to, String type, DateMention date) {
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, from, to).withContextExceptNegation()
                .attr("kind", "injection").attr("injectionType", type).attr("status", "completed");
        dated(d, date);
        relief(d, new TherapyFacts(s));
        return d;
    }

    /**
     * "After the July 28 injection ... maybe 30 to 40 percent better for about three weeks", "the Feb shot": an
     * injection named only by its date, in a document whose named injections are all epidural. It is the epidural
     * given that day, with the relief its sentence tells; one dated after the document is no past injection.
     */
    private static Optional<FindingDraft> datedByName(DocumentReading reading, Sentence s) {
        String lower = s.lower();
        if (lower.indexOf("injection") < 0 && lower.indexOf("shot") < 0) {
            return Optional.empty(); // most sentences: no regex run
        }
        Matcher m = s.matcher(DATED_BY_NAME);
        if (!m.find()) {
            return Optional.empty();
        }
        DateMention date = reading.dates(s).stream().filter(d -> d.start() == m.start(1) && d.end() == m.end(1)).findFirst()
                .or(() -> reading.dateFinder().yearless(m.group(1))).orElse(null);
        LocalDate written = reading.document().date();
        if (date == null || written != null && date.date().isAfter(written) || !onlyEpidurals(reading)) {
            return Optional.empty();
        }
        return Optional.of(completed(reading, s, m.start(), new TherapyFacts(s).evidenceEnd(m.end()), "epidural", date).resolveLevels());
    }

    /**
     * A row of an injection history that names no injection, under a heading that does ("Injection history (both L5-S1
     * interlaminar, fluoro):" over "#1 04/14/2026 - \"about 40% better\", wore off in roughly a month."): an injection of
     * the heading's kind and level on the row's date, with the row's relief. A heading that names no kind serves only
     * in a document whose injections are all epidurals.
     */
    private static final Object ROW_HEADINGS = new Object();

    /**
     * For each sentence, the one heading its run of dated rows: the last sentence of its paragraph before it that is no
     * dated row, when every sentence between is one; -1 for none. One pass per document: each row walking back over the
     * rows before it made a long table (a fill history of hundreds of rows) cost the square of its length.
     */
    private static int[] rowHeadings(DocumentReading reading, List<Sentence> sentences) {
        return reading.once(ROW_HEADINGS, () -> {
            int[] out = new int[sentences.size()];
            int heading = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0 && sentences.get(i).paragraph() != sentences.get(i - 1).paragraph()) {
                    heading = -1;
                }
                out[i] = heading;
                if (!TherapyFacts.isDatedRow(sentences.get(i).text())) {
                    heading = i;
                }
            }
            return out;
        });
    }

    private static Optional<FindingDraft> historyRow(DocumentReading reading, List<Sentence> sentences, int i) {
        Sentence s = sentences.get(i);
        if (!TherapyFacts.isDatedRow(s.text())) {
            return Optional.empty();
        }
        int h = rowHeadings(reading, sentences)[i];
        Sentence heading = h >= 0 ? sentences.get(h) : null;
        if (heading == null || !heading.text().stripTrailing().endsWith(":") || !heading.finds(HISTORY_HEADING)) {
            return Optional.empty();
        }
        Matcher kind = heading.matcher(INJECTION);
        String type = kind.find() ? type(kind.group()) : heading.finds(KIND_IN_HEADING) ? type(heading.text())
                : onlyEpidurals(reading) ? "epidural" : null;
        List<DateMention> dates = reading.dates(s);
        if (type == null || dates.isEmpty() || dates.get(0).start() != 0) {
            return Optional.empty();
        }
        LevelResolution levels = reading.resolveLevels(s, 0, s.text().length());
        return Optional.of(completed(reading, s, 0, s.text().length(), type, dates.get(0))
                .levels(levels.levels().isEmpty() ? reading.resolveLevels(heading, 0, heading.text().length()) : levels));
    }

    /**
     * A completed injection told without a date in a dated chart entry ("12/16/2025  FOLLOW-UP" over "~75 % relief of leg
     * pain since ESI"): the latest injection the chart dates on or before the entry. Not one called prior, previous or
     * first, which may be any earlier one.
     */
    private static FindingDraft entryDated(DocumentReading reading, Sentence s, FindingDraft d, List<FindingDraft> before) {
        if (!"completed".equals(d.attribute("status")) || d.attribute("date") != null || s.finds(EARLIER)) {
            return d;
        }
        LocalDate entry = ChartEntries.of(reading).dateAt(s.start());
        if (entry == null) {
            return d;
        }
        LocalDate latest = null;
        for (FindingDraft other : before) {
            if ("completed".equals(other.attribute("status")) && other.attribute("date") instanceof LocalDate date
                    && other.attribute("datePrecision") == null && !date.isAfter(entry) && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest == null ? d : d.attr("date", latest);
    }

    /** Whether the document names injections and every one it names is an epidural (of any approach). */
    private static boolean onlyEpidurals(DocumentReading reading) {
        return reading.once(ONLY_EPIDURALS, () -> {
            Matcher m = INJECTION.matcher(reading.text());
            boolean any = false;
            while (m.find()) {
                if (!type(m.group()).startsWith("epidural")) {
                    return false;
                }
                any = true;
            }
            return any;
        });
    }

    /** "No injections", "has never had any spinal injections": a documented absence of every kind. */
    private static Optional<FindingDraft> unnamedDenial(DocumentReading reading, Sentence s, boolean procedureNote) {
        Matcher m = s.matcher(UNNAMED_INJECTION);
        if (procedureNote || !m.find()) {
            return Optional.empty();
        }
        Modifiers denial = TherapyDenials.of(s, m.start(), m.end());
        if (!denial.negated()) {
            return Optional.empty();
        }
        return Optional.of(reading.draft(FindingTypes.THERAPY, s, m.start(), m.end()).modifiers(denial).attr("kind", "injection"));
    }

    /** A back injection of unknown kind, given ({@link #BACK_INJECTION}); not in a plan, not denied, not one to come. */
    private Optional<FindingDraft> unknownKind(DocumentReading reading, Sentence s, boolean procedureNote) {
        String lower = s.lower();
        if (procedureNote || lower.indexOf("back") < 0 && lower.indexOf("spin") < 0) {
            return Optional.empty(); // most sentences: no regex run
        }
        Matcher m = s.matcher(BACK_INJECTION);
        if (!m.find() || !GIVEN.matcher(s.text()).find() || TO_COME.matcher(s.text()).find()
                || s.inSection("PLAN", "RECOMMEND") || PlanContext.isPlan(reading, s)) {
            return Optional.empty();
        }
        Modifiers context = reading.modifiers(s, m.start(), m.end());
        if (context.negated() || TherapyDenials.of(s, m.start(), m.end()).negated() || s.text().startsWith("?", m.end())) {
            return Optional.empty(); // denied, or asked: "Prior epidural or spine injections? ........ none ever"
        }
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, m.start(), m.end()).modifiers(context);
        d.attr("kind", "injection").attr("injectionType", "unspecified").attr("status", "completed");
        return Optional.of(dated(d, dateAfter(reading, s, m.start(), m.end())));
    }

    /**
     * In a procedure note, the follow-up's relief statements belong to the procedure; not a statement
     * about an earlier injection ("Prior L4-5 ILESI 01/12/2026 w/ ~70 % relief lasting ~4 months").
     */
    private FindingDraft followUp(DocumentReading reading, FindingDraft d, Sentence procedure) {
        int earlierParagraph = -1;
        for (Sentence s : reading.sentences()) {
            if (s != procedure && aboutAnEarlierInjection(reading, s)) {
                earlierParagraph = s.paragraph();
            } else if (s != procedure && s.paragraph() != earlierParagraph && !ClinicalSections.isIndicationLine(reading, s)) {
                // The indication's "not adequately improved with 6 weeks of physical therapy" is the care before it.
                // "PRIOR PROCEDURES: L5-S1 ILESI 04/14/2026. Per patient, approximately 40% improvement after that
                // injection": relief told in the paragraph of an earlier injection is that one's.
                TherapyFacts facts = new TherapyFacts(s);
                if (facts.reliefPercent() != null || facts.reliefWeeks() != null) {
                    relief(d, facts);
                }
            }
        }
        return d;
    }

    /**
     * "6 wks s/p L4-5 ILESI (06/08)": a month and day with no year, right after the injection, in a dated
     * note: the latest such day on or before the note's date.
     */
    private static Optional<DateMention> monthDayAfter(DocumentReading reading, Sentence s, int from) {
        LocalDate written = reading.document().date();
        Matcher m = MONTH_DAY_AFTER.matcher(s.text()).region(from, s.text().length());
        if (written == null || !m.lookingAt()) {
            return Optional.empty();
        }
        int g = m.group(1) != null ? 1 : 3;
        int month = Integer.parseInt(m.group(g));
        int day = Integer.parseInt(m.group(g + 1));
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(written.getYear(), month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(written.getYear(), month, day);
        if (date.isAfter(written)) {
            date = date.minusYears(1);
        }
        return Optional.of(new DateMention(m.start(g), m.end(g + 1), date, "day"));
    }

    /** A sentence naming an injection as prior, previous or last, or with a date other than the procedure's. */
    private boolean aboutAnEarlierInjection(DocumentReading reading, Sentence s) {
        if (!s.finds(INJECTION)) {
            return false;
        }
        if (s.finds(EARLIER)) {
            return true;
        }
        LocalDate procedure = procedureDate(reading);
        return reading.dates(s).stream().anyMatch(date -> !date.date().equals(procedure));
    }

    private static void relief(FindingDraft d, TherapyFacts facts) {
        d.attr("reliefPercent", facts.reliefPercent()).attr("reliefWeeks", facts.reliefWeeks());
        String response = facts.response();
        if (response == null && (facts.reliefPercent() != null || facts.reliefWeeks() != null)) {
            response = "relief";
        }
        d.attr("response", response);
    }

    /** The date said of the injection named at {@code [start, from)}: after it, in its own clause, "on"/"dated"/"in" before it. */
    private DateMention dateAfter(DocumentReading reading, Sentence s, int start, int from) {
        if (TherapyFacts.isDatedRow(s.text())) {
            // A row of an injection history: the date heading the row is the injection's.
            List<DateMention> dates = reading.dates(s);
            if (!dates.isEmpty() && dates.get(0).start() == 0 && dates.get(0).end() <= start) {
                return dates.get(0);
            }
        }
        for (DateMention date : TreatmentClauses.dates(s, reading.dates(s), start, from)) {
            if (date.start() >= from && ON_DATE.matcher(s.text().substring(from, date.start()).trim()).find()) {
                return date;
            }
        }
        Optional<DateMention> monthDay = monthDayAfter(reading, s, from);
        if (monthDay.isPresent()) {
            return monthDay.get();
        }
        for (DateMention date : reading.dates(s)) {
            if (date.end() <= start && FRONTED_ON.matcher(s.text().substring(0, date.start())).matches()
                    && FRONTED_THEN_DONE.matcher(s.text().substring(date.end(), start)).matches()) {
                return date;
            }
            // "The 06/08/2026 L4-5 ILESI gave ~60 % relief": a date written as the injection's modifier.
            if (date.end() <= start && DATE_BEFORE.matcher(s.text().substring(date.end(), start)).matches()
                    && DETERMINER_BEFORE.matcher(s.text().substring(0, date.start())).find()) {
                return date;
            }
        }
        return null;
    }

    /** The procedure note's "Date of procedure:" line, else its own date; asked for each sentence of the follow-up, so read once. */
    /** How far into a document a form's head runs: its fields, then the entries they head. */
    private static final int FORM_HEAD = 600;
    private static final Pattern INJECTION_DATE_FIELD = Pattern.compile("(?i)\\b(?:injection date|procedure date|date of (?:injection|procedure))"
            + "[ \\t]{0,4}:[ \\t]{0,4}(?=\\d)");
    private static final Object FORM_DATE = new Object();

    /**
     * The date an "Injection date:" (or "Procedure date:", "Date of injection:") field in the head of a form gives, when
     * the form has exactly one such field: a pain diary or follow-up form is about the one injection it names.
     */
    private static DateMention formInjectionDate(DocumentReading reading) {
        return reading.once(FORM_DATE, () -> {
            Matcher m = INJECTION_DATE_FIELD.matcher(reading.text());
            if (!m.find() || m.start() >= FORM_HEAD) {
                return Optional.<DateMention>empty();
            }
            int at = m.end();
            if (m.find()) {
                return Optional.<DateMention>empty();
            }
            List<DateMention> dates = reading.dateFinder().find(reading.text().substring(at, Math.min(reading.text().length(), at + 20)));
            return dates.isEmpty() || dates.get(0).start() != 0 ? Optional.<DateMention>empty() : Optional.of(dates.get(0));
        }).orElse(null);
    }

    private static LocalDate procedureDate(DocumentReading reading) {
        return reading.once(PROCEDURE_DATE, () -> Optional.ofNullable(dateLine(reading))).orElse(null);
    }

    private static LocalDate dateLine(DocumentReading reading) {
        Matcher line = DATE_LINE.matcher(reading.text());
        if (line.find()) {
            List<DateMention> dates = reading.dateFinder().find(line.group());
            if (!dates.isEmpty()) {
                return dates.get(0).date();
            }
        }
        return reading.document().date();
    }

    /** The quote starts at the injection's own words, not at a leading "and" or comma of the list grammar. */
    static int trimLead(String text, int start, int end) {
        Matcher lead = LIST_LEAD.matcher(text.substring(start, end));
        return lead.find() ? start + lead.end() : start;
    }

    private static String type(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.contains("interlaminar") || p.contains("translaminar") || p.contains("ilesi") || p.contains("il-esi")) {
            return "epidural_interlaminar";
        }
        if (p.contains("transforaminal") || p.contains("tfesi") || p.contains("tf-esi")) {
            return "epidural_transforaminal";
        }
        if (p.contains("caudal")) {
            return "epidural_caudal";
        }
        if (p.contains("medial branch") || p.contains("mbb")) {
            return "medial_branch_block";
        }
        if (p.contains("radiofrequency") || p.contains("rfa") || p.contains("rhizotomy")) {
            return "radiofrequency_ablation";
        }
        if (p.contains("nerve root") || p.contains("snrb")) {
            return "selective_nerve_root_block";
        }
        if (p.contains("facet")) {
            return "facet";
        }
        if (p.contains("sacroiliac") || p.contains("si joint") || p.contains("intra")) {
            return "intra_articular";
        }
        return "epidural";
    }
}
