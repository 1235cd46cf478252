package dev.necessity.extract.therapy;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.FindingDraft;
import dev.necessity.extract.FindingReader;
import dev.necessity.extract.clinical.ClinicalSections;
import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analgesic trials, one finding per drug and sentence (per list item in a medication list):
 * drug, class, start and end dates ("started 09/2025", "07/2025 to 09/2025"), response and
 * status. Items under a "Previously tried:" header are historical and stopped; other items of a
 * medication list are ongoing. Drugs outside {@link DrugLexicon} (lisinopril) emit nothing;
 * allergy lists and the drugs given during a procedure are skipped.
 */
public final class MedicationReader implements FindingReader {

    private static final Pattern PAST_HEADER = Pattern.compile("(?i)\\b(?:previous(?:ly)?|prior|past|tried|discontinued|failed|former|stopped)\\b");
    private static final Pattern START = Pattern.compile("(?i)\\b(?:started|starting|since|began|begun|initiated|start(?:ed)? on)(?: in| on)? ?$");
    private static final Pattern RANGE_JOIN = Pattern.compile("^ ?(?:to|through|until|-|–) ?$");
    private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:discontinued|stopped|no longer (?:taking|takes)|off (?:of )?(?:the )?|"
            + "replaced)\\b");
    private static final Pattern CURRENT = Pattern.compile("(?i)\\b(?:currently (?:taking|on|uses?)|continues?|continuing|takes|is taking|"
            + "is on)\\b");

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
            for (DrugLexicon.Drug drug : DrugLexicon.standard().find(s.text())) {
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
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, drug.start(), drug.end())
                .modifiers(new Modifiers(TherapyDenials.denied(s.text(), drug.start(), drug.end()), context.uncertain(),
                        context.historical() || pastItem, -1))
                .attr("kind", "medication").attr("drug", drug.generic()).attr("drugClass", drug.drugClass())
                .attr("response", facts.response());
        dates(reading, s, drug, d);
        d.attr("status", status(s, facts, list, pastItem));
        return d;
    }

    private String status(Sentence s, TherapyFacts facts, boolean list, boolean pastItem) {
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
        if (stopped.find()) {
            return "stopped";
        }
        return s.finds(CURRENT) ? "ongoing" : null;
    }

    private void dates(DocumentReading reading, Sentence s, DrugLexicon.Drug drug, FindingDraft d) {
        List<DateMention> dates = reading.dates(s);
        boolean monthOnly = false;
        for (int i = 0; i < dates.size(); i++) {
            DateMention a = dates.get(i);
            if (a.start() < drug.end()) {
                continue;
            }
            if (i + 1 < dates.size() && RANGE_JOIN.matcher(s.text().substring(a.end(), dates.get(i + 1).start())).matches()) {
                d.attr("startDate", a.date()).attr("endDate", dates.get(i + 1).date());
                monthOnly = a.monthOnly() || dates.get(i + 1).monthOnly();
                break;
            }
            String before = s.text().substring(Math.max(0, a.start() - 20), a.start());
            if (START.matcher(before).find()) {
                d.attr("startDate", a.date());
                monthOnly = a.monthOnly();
                break;
            }
        }
        if (monthOnly) {
            d.attr("datePrecision", "month");
        }
    }
}
