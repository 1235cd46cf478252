package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-drug conservative care as notes mention it, one finding per kind and sentence: physical
 * therapy ("attended 1 session on 01/26/2026, which she states was not tolerable", "completed 8
 * weeks of formal physical therapy (16 visits, 01/05/2026 to 02/27/2026)", "PT x 6 weeks without
 * relief"), home exercise, aquatic therapy, chiropractic, bracing and acupuncture. A plan or
 * recommendation ("would benefit from skilled PT 2x/week for 6 weeks") has status planned. In a
 * therapy note the course itself is read by {@link TherapyEpisodeReader}; only its plans and
 * its history of earlier courses are read here.
 */
public final class TherapyMentionReader implements FindingReader {

    record Kind(String name, Pattern pattern) {
    }

    /** "physio" is physical therapy, but "Summit Physio" or "Hillcrest Physio" names a clinic, whose course the sentence's "PT" carries. */
    static final Pattern PHYSICAL_THERAPY = Pattern.compile("(?i)\\b(?:(?:formal|skilled|outpatient|supervised|home) )?(?:physical therapy|"
            + "physiotherapy|physiotherapist|(?-i:physio|PHYSIO)|(?<!(?-i:[A-Z][a-z]{1,20}) )(?-i:Physio)|physical therapist|(?-i:PT))\\b(?!(?:,| and|/) ?PTT)");
    static final List<Kind> KINDS = List.of(
            new Kind("physical_therapy", PHYSICAL_THERAPY),
            new Kind("home_exercise", Pattern.compile("(?i)\\bhome exercise(?: program)?s?\\b|\\bHEP\\b|\\bhome (?:stretching|exercises)\\b")),
            new Kind("aquatic_therapy", Pattern.compile("(?i)\\b(?:aquatic|aqua|pool|water) (?:therapy|exercise|program)\\b|\\bhydrotherapy\\b")),
            new Kind("chiropractic", Pattern.compile("(?i)\\bchiropract(?:ic|or)(?: (?:care|treatment|manipulation|adjustments?|therapy))?\\b"
                    + "|\\bchiro\\b|\\bspinal manipulation\\b")),
            new Kind("bracing", Pattern.compile("(?i)\\b(?:lumbar |back |lumbosacral |cervical )?(?:brace|bracing|corset)\\b|\\b(?:LSO|TLSO)\\b|"
                    + "\\bcervical collar\\b")),
            new Kind("acupuncture", Pattern.compile("(?i)\\bacupuncture\\b")));
    /**
     * Words before a date that make it a day the treatment was given: "attended", "sessions on", "seen", "dated", within
     * a few words. Whole words: the "on" inside "admission", "injections" or "stabilisation" is none.
     */
    private static final Pattern ATTENDED_ON = Pattern.compile("(?i)\\b(?:(?:attended|sessions?|visits?|seen|treated|services?|on|dated?)"
            + "\\b[^.;]{0,25})$");
    /**
     * What may stand between a treatment's name and its own date: nothing, a colon or dash, "on" or "dated", the
     * inside of a parenthesis opened right after it ("Second corticosteroid injection 03/10/2026", "2 steroid
     * injections (12/10/2025, 03/10/2026)"), or a few words of the same clause ending in "in" ("a corticosteroid
     * injection at your office in March 2026").
     */
    private static final Pattern DATE_OF_THE_TREATMENT = Pattern.compile("(?i)\\s*(?:\\([^()]*|[:#-]?\\s*|(?:on|dated?)\\s+|"
            + "[^.;,()]{0,30}?\\bin\\s+)");
    /** A date a referral or order was made on, not a visit: "PT: a PCP referral was written on 6/10/26". */
    private static final Pattern REFERRED_ON = Pattern.compile("(?i)\\b(?:referral|referred|order(?:ed)?|prescri(?:bed|ption)|faxed|requested)\\b[^.;]{0,25}$");
    /** A date a screen was done on, not a treatment: "admission therapy screen 02/17/2026 (PT)". */
    private static final Pattern SCREENED_ON = Pattern.compile("(?i)\\bscreen(?:ing|ed)?(?: (?:on|dated?))?\\s*$");

    /**
     * Visits told without naming the therapy, right after a sentence that names physical therapy: "I think I went
     * [illegible] times", "went 3 times then stopped", "attended a few sessions".
     */
    private static final Pattern ATTENDED = Pattern.compile("(?i)\\b(?:went|attended|did|had|made it to)(?: (?:to|it|PT|physio|there|about|maybe|only|just))?"
            + " (?:\\[illegible\\]|\\d{1,2}|a few|a couple(?: of)?|several|some|one|two|three|four|five|six|seven|eight) (?:times|sessions|visits|appointments)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        boolean therapyNote = reading.isType(DocumentType.THERAPY_NOTE);
        List<Sentence> sentences = reading.sentences();
        int lastTherapy = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isAllergies(s)) {
                continue;
            }
            TherapyFacts facts = new TherapyFacts(s);
            Matcher attended = !therapyNote && lastTherapy >= 0 && lastTherapy >= i - 2
                    && sentences.get(lastTherapy).paragraph() == s.paragraph() && !s.finds(PHYSICAL_THERAPY) ? s.matcher(ATTENDED) : null;
            if (attended != null && attended.find()) {
                // "Physio: GP referred 9/15 to Hillcrest Physio. Pt says \"I think I went [illegible] times\"": the visits
                // of the therapy just named, with this sentence's hedges.
                out.add(mention(reading, s, attended, "physical_therapy", facts, false));
            }
            for (Kind kind : KINDS) {
                Matcher m = s.matcher(kind.pattern());
                if (!m.find()) {
                    continue;
                }
                if (kind.pattern() == PHYSICAL_THERAPY) {
                    lastTherapy = i;
                }
                boolean planned = facts.planned() || s.inSection("PLAN", "RECOMMEND", "GOAL");
                if (therapyNote && kind.name().equals(TherapyEpisodeReader.kindOf(reading)) && !planned && !s.inSection("HISTORY")) {
                    continue;
                }
                out.add(mention(reading, s, m, kind.name(), facts, planned));
            }
        }
        return out;
    }

    private FindingDraft mention(DocumentReading reading, Sentence s, Matcher m, String kind, TherapyFacts facts, boolean planned) {
        Modifiers denial = TherapyDenials.of(s, m.start(), m.end());
        // "No PT records received" denies the records, not the therapy: whether it was done is then unknown.
        boolean recordsMissing = denial.negated() && TherapyDenials.RECORD_WORD.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
        boolean denied = denial.negated() && !recordsMissing;
        // The quote runs to the last fact of the treatment's own clause; failing one there, to the last of the sentence,
        // unless it is denied: the facts of another clause ("No PT; she did 6 weeks of chiropractic") are not a denial's.
        int end = facts.evidenceEnd(m.end(), TreatmentClauses.clauseEnd(s, m.start(), m.end()));
        end = end > m.end() || denied ? end : facts.evidenceEnd(m.end());
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, m.start(), Math.max(m.end(), end))
                .withContextExceptNegation().attr("kind", kind);
        if (denied) {
            return d.modifiers(denial);
        }
        if (recordsMissing) {
            Modifiers context = reading.modifiers(s, m.start(), m.end());
            d.modifiers(new Modifiers(false, true, context.historical(), -1));
        }
        facts.describe(d);
        if (planned) {
            return d.attr("status", "planned").attr("durationWeeks", facts.courseWeeks());
        }
        d.attr("status", facts.status()).attr("visits", facts.visits()).attr("durationWeeks", facts.courseWeeks());
        if (facts.mentionsNoShow()) {
            d.attr("noShows", facts.explicitNoShows());
        }
        dates(reading, s, m.start(), m.end(), d);
        if (d.attribute("dates") == null && d.attribute("startDate") == null) {
            ClaimRows.serviceDate(reading, s).ifPresent(date -> d.attr("dates", List.of(date.toString())));
        }
        return d;
    }

    /**
     * A date range becomes start and end; single dates said to be attended become visit dates. Only
     * the dates in the clause of the treatment named at {@code [from, to)} count ({@link TreatmentClauses}).
     */
    static void dates(DocumentReading reading, Sentence s, int from, int to, FindingDraft d) {
        List<DateMention> dates = TreatmentClauses.dates(s, reading.dates(s), from, to);
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            DateMention a = dates.get(i);
            String before = s.text().substring(Math.max(0, a.start() - 40), a.start());
            if (i + 1 < dates.size() && TherapyFacts.joinsRange(before, s.text().substring(a.end(), dates.get(i + 1).start()))) {
                d.attr("startDate", a.date()).attr("endDate", dates.get(i + 1).date());
                i++;
                continue;
            }
            if (TherapyFacts.START_FIELD.matcher(before).find()) {
                d.attr("startDate", a.date());
                continue;
            }
            if (TherapyFacts.END_FIELD.matcher(before).find()) {
                d.attr("endDate", a.date());
                continue;
            }
            boolean ownDate = a.start() >= to && DATE_OF_THE_TREATMENT.matcher(s.text().substring(to, a.start())).matches();
            if ((ownDate || ATTENDED_ON.matcher(before).find()) && !TherapyFacts.NO_SHOW.matcher(before).find()
                    && !SCREENED_ON.matcher(before).find() && !REFERRED_ON.matcher(before).find()) {
                visits.add(a.date().toString());
            }
        }
        if (!visits.isEmpty()) {
            d.attr("dates", List.copyOf(visits));
            if (d.attribute("startDate") == null) {
                d.attr("startDate", LocalDate.parse(visits.get(0))).attr("endDate", LocalDate.parse(visits.get(visits.size() - 1)));
            } else if (d.attribute("endDate") == null && LocalDate.parse(visits.get(visits.size() - 1)).isAfter((LocalDate) d.attribute("startDate"))) {
                // "started 03/02/2026 (2 visits, last 03/09/2026)": the last visit ends what the start began.
                d.attr("endDate", LocalDate.parse(visits.get(visits.size() - 1)));
            }
        }
    }
}
