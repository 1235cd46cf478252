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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analgesic trials, one finding per drug and sentence (per list item in a medication list):
 * drug, class, start and end dates ("started 09/2025", "07/2025 to 09/2025"), response and
 * status. Items under a "Previously tried:" header are historical and stopped; other items of a
 * medication list are ongoing, and so is a drug taken on a schedule "since" a date with no end
 * ("Meloxicam 15 mg daily since 08/2025"; "took meloxicam from 08/2025 to 10/2025" is a course
 * that ended). Dates are read from the drug's own clause of a list of treatments. Drugs outside
 * {@link DrugLexicon} (lisinopril) emit nothing; allergy lists and the drugs given during a
 * procedure are skipped. A drug the note denies ("denies taking NSAIDs", "is not on gabapentin") is
 * negated and never ongoing; one taken no longer ("no longer on gabapentin", "not on gabapentin any
 * longer") is stopped, not denied.
 */
public final class MedicationReader implements FindingReader {

    private static final Pattern PAST_HEADER = Pattern.compile("(?i)\\b(?:previous(?:ly)?|prior|past|tried|discontinued|failed|former|stopped)\\b");
    private static final Pattern START = Pattern.compile("(?i)\\b(?:started|starting|since|began|begun|initiated|start(?:ed)? on|from)(?: in| on)? ?$");
    private static final Pattern RANGE_JOIN = Pattern.compile("^ ?(?:to|through|until|-|–) ?$");
    /** A range open to today: "09/2025 - present", "from 03/2026 to now". */
    private static final Pattern TO_PRESENT = Pattern.compile("(?i)^ ?(?:to|through|until|-|–) ?(?:the )?(?:present|now|current|today|date|ongoing)\\b");
    private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:discontinued|stopped|no longer (?:taking|takes|on|using|uses)|"
            + "off (?:of )?(?:the )?|replaced)\\b");
    /** Still taken: "currently on", "continues", "is taking"; not "is not currently on", which denies it. */
    private static final Pattern CURRENT = Pattern.compile("(?i)(?<!\\bnot )(?<!n't )(?<!n\u2019t )\\b(?:currently (?:taking|on|uses?)|"
            + "continues?|continuing|takes|is taking|is on|still (?:taking|on|using|takes)|remains on)\\b");
    /** "Started meloxicam 12/29/2025", "began naproxen 500 mg BID on 01/05/2026": the start word comes before the drug. */
    private static final Pattern STARTED_BEFORE = Pattern.compile("(?i)\\b(?:started|began|begun|initiated|start(?:ed)? on)"
            + "(?: (?:on|taking|her|him|the patient))?(?: (?:on|a trial of|trial of))? ?$");
    /** What may stand between a drug and the date it was started: a dose, route, schedule, "on" or "in". */
    private static final Pattern DOSE_THEN_ON = Pattern.compile("(?i)^(?:[ ,]*(?:\\d+(?:\\.\\d+)? ?(?:mg|mcg|g|ml|units?)\\b|by mouth|"
            + "orally|p\\.?o\\.?|once|twice|three times|daily|a day|per day|BID|TID|QID|QD|QHS|nightly|at bedtime|as needed|PRN|on|in))*"
            + "[ ,]*$");
    /** A standing schedule ("15 mg daily", "500 mg BID", "twice a day"): with "since <date>" the drug is still taken. */
    private static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:daily|once a day|twice a day|three times a day|a day|per day|"
            + "BID|TID|QID|QD|QHS|nightly|at bedtime|every (?:morning|evening|night|\\d{1,2} hours)|q ?\\d{1,2} ?h(?:ours)?)\\b");
    /** "Since" with no end: "Meloxicam 15 mg daily since 08/2025". */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince(?: (?:about|approximately|around))? ?$");
    /** Past-tense use: "took", "tried", "was on", "used" tell a course that is over unless the sentence says otherwise. */
    private static final Pattern PAST_USE = Pattern.compile("(?i)\\b(?:took|tried|trialed|was (?:on|taking)|had been (?:on|taking)|used|"
            + "failed)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        boolean list = reading.isType(DocumentType.MEDICATION_LIST);
        boolean procedure = reading.isType(DocumentType.PROCEDURE_NOTE) || reading.isType(DocumentType.OPERATIVE_NOTE);
        boolean pastItems = false;
        for (Sentence s : reading.sentences()) {
            if (s.text().endsWith(":")) {
                pastItems = s.finds(PAST_HEADER);
                continue;
            }
            if (ClinicalSections.isAllergies(s) || ClinicalSections.isFamilyHistory(s) || (procedure && !s.inSection("HISTORY"))) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (DrugLexicon.Drug drug : DrugLexicon.standard().in(s)) {
                String key = drug.generic() != null ? drug.generic() : drug.drugClass();
                if (!seen.add(key)) {
                    continue;
                }
                out.add(medication(reading, s, drug, list, pastItems));
                if (list) {
                    break;
                }
            }
        }
        return out;
    }

    private FindingDraft medication(DocumentReading reading, Sentence s, DrugLexicon.Drug drug, boolean list, boolean pastItem) {
        TherapyFacts facts = new TherapyFacts(s);
        Modifiers context = reading.modifiers(s, drug.start(), drug.end());
        Modifiers denial = TherapyDenials.of(s, drug.start(), drug.end());
        boolean denied = denial.negated();
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, drug.start(), drug.end())
                .modifiers(new Modifiers(denial.negated(), context.uncertain(), context.historical() || pastItem, denial.negationStart(),
                        denial.negationEnd()))
                .attr("kind", "medication").attr("drug", drug.generic()).attr("drugClass", drug.drugClass())
                .attr("response", facts.response());
        boolean since = dates(reading, s, drug, d);
        if (d.attribute("startDate") == null) {
            rowDate(reading, s, drug).ifPresent(date -> d.attr("dates", List.of(date.toString())));
        }
        String status = status(s, drug, facts, list, pastItem);
        if (status == null && since && d.attribute("endDate") == null && s.finds(SCHEDULE) && !s.finds(PAST_USE)) {
            status = "ongoing";
        }
        // A drug the note denies is not being taken, whatever else the sentence says is ("not on gabapentin; continues naproxen").
        d.attr("status", denied && "ongoing".equals(status) ? null : status);
        return d;
    }

    /**
     * The date a row of a fill history or a medication reconciliation starts with, when the drug comes next: the day
     * it was dispensed or recorded as taken ("07/06/26   naproxen 500 mg tab   60   30", "12-AUG-2026   NAPROXEN 500 MG
     * TABLET", "07/06/2026  naproxen 500 mg BID (PCP) - taking"). A course of fills is then dated by its rows.
     */
    private static Optional<LocalDate> rowDate(DocumentReading reading, Sentence s, DrugLexicon.Drug drug) {
        if (!TherapyFacts.isDatedRow(s.text().stripLeading())) {
            return Optional.empty();
        }
        for (DateMention m : reading.dates(s)) {
            if (m.start() <= 8 && m.end() <= drug.start() && s.text().substring(m.end(), drug.start()).isBlank()
                    && !m.monthOnly()) {
                return Optional.of(m.date());
            }
        }
        return Optional.empty();
    }

    private String status(Sentence s, DrugLexicon.Drug drug, TherapyFacts facts, boolean list, boolean pastItem) {
        if (pastItem) {
            return "stopped";
        }
        if (list) {
            return "ongoing";
        }
        if (facts.planned() || s.inSection("PLAN")) {
            return s.finds(CURRENT) ? "ongoing" : "planned";
        }
        Matcher stopped = s.matcher(STOPPED);
        if (stopped.find() || TherapyDenials.noLongerAfter(s.text(), drug.end())) {
            return "stopped";
        }
        return s.finds(CURRENT) ? "ongoing" : null;
    }

    /**
     * Start and end dates from the drug's own clause ({@link TreatmentClauses}): a range after it, a
     * date after a start word, or a date right after "Started meloxicam (15 mg daily)". Returns
     * whether the start date was given with "since" (and so, unless ended, runs to now).
     */
    /** What joins a date to the drug started on it, the date first: "On 20 July[, she was] started [on] naproxen". */
    private static final Pattern DATE_THEN_STARTED = Pattern.compile("(?i)(?:,| -|:)? (?:(?:she|he|they|the patient|patient|pt) )?"
            + "(?:was |were )?(?:started|began|begun|initiated|commenced)(?: (?:on|taking|a trial of|a course of))? ");

    private boolean dates(DocumentReading reading, Sentence s, DrugLexicon.Drug drug, FindingDraft d) {
        List<DateMention> dates = TreatmentClauses.dates(s, reading.dates(s), drug.start(), drug.end());
        boolean monthOnly = false;
        boolean since = false;
        for (int i = 0; i < dates.size(); i++) {
            DateMention a = dates.get(i);
            if (a.end() <= drug.start() && DATE_THEN_STARTED.matcher(s.text().substring(a.end(), drug.start())).matches()) {
                // "On 20 July she started naproxen", "8/3 - started meloxicam 15 mg daily".
                d.attr("startDate", a.date());
                monthOnly = a.monthOnly();
                break;
            }
            if (a.start() < drug.end()) {
                continue;
            }
            if (i + 1 < dates.size() && RANGE_JOIN.matcher(s.text().substring(a.end(), dates.get(i + 1).start())).matches()) {
                d.attr("startDate", a.date()).attr("endDate", dates.get(i + 1).date());
                monthOnly = a.monthOnly() || dates.get(i + 1).monthOnly();
                break;
            }
            if (TO_PRESENT.matcher(s.text()).region(a.end(), s.text().length()).lookingAt()) {
                // "Acetaminophen 1 g TID | 09/2025 - present": taken since then, as "since 09/2025" says.
                d.attr("startDate", a.date());
                monthOnly = a.monthOnly();
                since = true;
                break;
            }
            String before = s.text().substring(Math.max(0, a.start() - 20), a.start());
            boolean startedBefore = DOSE_THEN_ON.matcher(s.text().substring(drug.end(), a.start())).matches()
                    && STARTED_BEFORE.matcher(s.text().substring(Math.max(0, drug.start() - 30), drug.start())).find();
            if (START.matcher(before).find() || startedBefore) {
                d.attr("startDate", a.date());
                monthOnly = a.monthOnly();
                since = SINCE.matcher(before).find();
                break;
            }
        }
        if (monthOnly) {
            d.attr("datePrecision", "month");
        }
        return since;
    }
}
