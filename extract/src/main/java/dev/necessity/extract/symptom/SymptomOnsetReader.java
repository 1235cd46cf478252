package dev.necessity.extract.symptom;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.Durations;
import dev.necessity.extract.date.Numbers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the presenting pain began, as notes state it without naming the pain again in the same
 * sentence, so that policies can read {@code onset} and {@code durationWeeks}:
 * <ul>
 * <li>the chief complaint named once ("CC: low back pain"), then its start in the history with a
 * bare subject: "Pain started 04/28/2026 while deadlifting", "Symptoms began 3 weeks ago", "Symptom
 * onset: 04/28/2026", "Onset: 09/14/2026": a finding of the complaint's kind, quoting the statement; an intake
 * form's answers likewise ("Where is your pain?  right leg and low back", then "How long have you had this pain?
 * since the end of June, so about 4 months");</li>
 * <li>a body part said to have been painful for a stated time: "her right knee, which has been
 * painful for about three years", "his back has been hurting for two weeks";</li>
 * <li>a back strain or sprain given with its duration: "Acute lumbar muscle strain, 4 days",
 * "lumbar strain, 10 days, improving" (axial pain of that duration).</li>
 * </ul>
 * A statement with no date or duration gives nothing here; hypothetical and family-history
 * sentences are skipped.
 */
public final class SymptomOnsetReader implements FindingReader {

    /** Periods and spaces that end a sentence. */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.\\s]+$");
    private static final Pattern COMPLAINT_LINE = Pattern.compile("(?i)^\\s*(?:\\d{1,2}\\.\\s*)?(?:CC|chief complaints?|reason for (?:visit|referral|consult(?:ation)?)|"
            + "presenting complaints?|indication|(?:subjective )?complaints?)\\s*[:\\-]");
    /**
     * A workers' compensation claim's date of injury, the onset of the complaint it is for: "DOI: 11/02/2026",
     * "Date/time of injury: 11/02/2026, approx. 10:15", "Claim WC-26-1389920     DOI 11/02/2026".
     */
    private static final Pattern INJURY_DATE = Pattern.compile("(?i)\\b(?:DOI|date(?:/time)? of (?:injury|accident)|injury date)\\b\\s*[:\\-#]?\\s*(?=\\d)");
    /** A history section's label may lead the statement: "HPI: Pain for about two weeks". */
    private static final Pattern BARE_ONSET = Pattern.compile("(?i)^\\s*(?:(?:HPI|history of (?:the )?present illness|interval history|subjective|S)\\s*[:\\-]\\s*)?"
            + "(?:(?:the |his |her )?(?:pain|symptoms?|sx)(?: onset)?|it|this|onset|date of onset|onset date|"
            // A claim form's field: "Date symptoms began: 09/08/2026      Date first seen: 09/11/2026".
            + "date (?:the )?(?:symptoms?|pain) (?:began|started))"
            + "(?:\\s*[:\\-]\\s*|\\s+(?:started|began|begun|has been present|have been present|has been going on|first started|"
            + "came on|developed|onset|for|since|x|×)\\b)");
    /** A sentence that is only the span of the complaint: "Now ~10/52 of sx.", "About 3 months of symptoms now." */
    private static final Pattern SPAN_OF_SYMPTOMS = Pattern.compile("(?i)^\\s*(?:now |currently |so far )?(?:about |approx\\.? |~ ?)?"
            + "(?:\\d{1,3}(?:\\.\\d)?|" + Numbers.COUNT + ")(?:/52|/12| ?(?:weeks?|wks?|months?|mos?|days?)) (?:of )?(?:sx|symptoms|pain)\\b");
    private static final Pattern PAINFUL = Pattern.compile("(?i)\\b(knees?|(?:low(?:er)? )?back|neck|arms?)(?: pain)?,? (?:which |that )?(?:has|have) been "
            + "(?:painful|hurting|sore|aching|bothering (?:him|her|them))");
    private static final Pattern STRAIN = Pattern.compile("(?i)\\b(?:(?:acute|mechanical) )*(?:lumbar|lumbosacral|low back|back|cervical|neck)"
            + " (?:muscle |paraspinal |musculoligamentous )?(?:strain|sprain)\\b");

    /** The pain kinds a complaint names. */
    private static final List<Object[]> COMPLAINT_KINDS = List.of(
            new Object[] {Pattern.compile("(?i)\\b(?:low(?:er)? back|lumbar|lumbosacral|back|neck|axial|cervical)(?: and \\w+)? (?:pain|ache|strain|sprain)\\b"
                    + "|\\bLBP\\b|\\blumbago\\b|\\bbackache\\b|\\bcervicalgia\\b"), "axial_pain"},
            new Object[] {Pattern.compile("(?i)\\bsciatica\\b|\\bradicul\\w+|\\bradiating\\b"
                    + "|\\b(?:[RL]|left|right|bilateral|both)? ?(?:leg|buttock|thigh|calf|foot|[RL]?LE) pain\\b"), "radiculopathy"},
            new Object[] {Pattern.compile("(?i)\\bknee pain\\b|\\bknee (?:OA|osteoarthritis|DJD|arthritis)\\b|\\bpain (?:in|of) (?:the |his |her |both )?(?:left |right )?knees?\\b"), "knee_pain"},
            new Object[] {Pattern.compile("(?i)\\b(?:arm|upper extremity) pain\\b"), "arm_pain"},
            new Object[] {Pattern.compile("(?i)\\bneurogenic claudication\\b"), "neurogenic_claudication"});
    /** An intake form's question about where the pain is, answered after it: "1. Where is your pain?  right leg and low back". */
    private static final Pattern WHERE_QUESTION = Pattern.compile("(?i)\\bwhere (?:is|are) (?:your|the) (?:pain|symptoms?)\\??\\s*[:\\-]?\\s*(.+)$");
    /** Body parts an answer to "where is your pain" names, with the pain kind each is. */
    private static final List<Object[]> ANSWER_PARTS = List.of(
            new Object[] {Pattern.compile("(?i)\\b(?:legs?|buttocks?|thighs?|calf|calves|feet|foot|shins?)\\b"), "radiculopathy"},
            new Object[] {Pattern.compile("(?i)\\b(?:(?:low(?:er)? )?back|neck)\\b"), "axial_pain"},
            new Object[] {Pattern.compile("(?i)\\barms?\\b"), "arm_pain"},
            new Object[] {Pattern.compile("(?i)\\bknees?\\b"), "knee_pain"});
    /** An intake form's question about how long: "4. How long have you had this pain?   since the end of June, so about 4 months". */
    private static final Pattern HOW_LONG_QUESTION = Pattern.compile("(?i)\\bhow long (?:have you had|has (?:he|she|the patient) had|have the)"
            + " (?:this |the |your )?(?:pain|symptoms?|problem)s?\\b");
    private static final Pattern ONSET_WORD = Pattern.compile("(?i)\\b(?:since|began|begun|started|starting|onset|on|in|DOI)\\W*$|^\\W*$|[:\\-]\\s*$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        Set<String> complaint = new LinkedHashSet<>();
        List<Sentence> injuryDates = new ArrayList<>(); // a claim's header comes before the complaint it dates
        List<Sentence> sentences = reading.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s)) {
                continue;
            }
            if (s.finds(INJURY_DATE)) {
                injuryDates.add(s);
            }
            if (complaint.isEmpty() && (s.finds(COMPLAINT_LINE) || s.inSection("CHIEF COMPLAINT", "CC", "REASON FOR VISIT"))) {
                complaint.addAll(kinds(s.text()));
                // The complaint timed on its own line: "CC: L leg pain > back pain since ~mid-June 2026 (3.5 months)".
                for (String kind : complaint) {
                    timed(reading, s, 0, s.text().length(), kind).ifPresent(out::add);
                }
            }
            Matcher where = s.matcher(WHERE_QUESTION);
            if (complaint.isEmpty() && where.find()) {
                for (Object[] part : ANSWER_PARTS) {
                    if (((Pattern) part[0]).matcher(where.group(1)).find()) {
                        complaint.add((String) part[1]);
                    }
                }
            }
            Matcher bare = s.matcher(BARE_ONSET);
            Matcher span = s.matcher(SPAN_OF_SYMPTOMS);
            // With no chief complaint named, a bare start tells of what its paragraph last named:
            // "68F L knee OA, returns after PT." then "Sx since early 2025, progressive".
            if (bare.lookingAt() || span.lookingAt() || s.finds(HOW_LONG_QUESTION)) {
                for (String kind : !complaint.isEmpty() ? complaint : lastNamedInParagraph(sentences, i)) {
                    timed(reading, s, 0, s.text().length(), kind).ifPresent(out::add);
                }
            }
            Matcher painful = s.matcher(PAINFUL);
            while (painful.find()) {
                String part = painful.group(1).toLowerCase(Locale.ROOT);
                String kind = part.startsWith("knee") ? "knee_pain" : part.startsWith("arm") ? "arm_pain" : "axial_pain";
                timed(reading, s, painful.start(), painful.end(), kind).ifPresent(out::add);
            }
            Matcher strain = s.matcher(STRAIN);
            while (strain.find()) {
                timed(reading, s, strain.start(), strain.end(), "axial_pain").ifPresent(out::add);
            }
        }
        for (Sentence s : complaint.isEmpty() ? List.<Sentence>of() : injuryDates) {
            Matcher m = s.matcher(INJURY_DATE);
            if (m.find()) {
                for (String kind : complaint) {
                    timed(reading, s, m.start(), m.end(), kind).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The pain kinds the nearest sentence before {@code i} in its paragraph names, skipping family history and conditions. */
    /** How many sentences back a bare onset looks for the complaint it times. */
    private static final int NAMED_REACH = 8;

    private static Set<String> lastNamedInParagraph(List<Sentence> sentences, int i) {
        int paragraph = sentences.get(i).paragraph();
        // A bounded look back: a paragraph can be a whole run-together document, and every bare onset in it would
        // otherwise walk back over all the sentences before it.
        for (int j = i - 1; j >= Math.max(0, i - NAMED_REACH) && sentences.get(j).paragraph() == paragraph; j--) {
            Sentence p = sentences.get(j);
            if (ClinicalSections.isFamilyHistory(p) || ClinicalSections.isHypothetical(p)) {
                continue;
            }
            Set<String> named = kinds(p.text());
            if (!named.isEmpty()) {
                return named;
            }
        }
        return Set.of();
    }

    private static Set<String> kinds(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Object[] k : COMPLAINT_KINDS) {
            if (((Pattern) k[0]).matcher(text).find()) {
                out.add((String) k[1]);
            }
        }
        return out;
    }

    /** A finding of {@code kind} quoting {@code [from, to)}, when the sentence dates its start or states its duration. */
    private static java.util.Optional<FindingDraft> timed(DocumentReading reading, Sentence s, int from, int to, String kind) {
        DateMention onset = null;
        for (DateMention d : reading.dates(s)) {
            String before = s.text().substring(Math.max(0, d.start() - 30), d.start());
            if (ONSET_WORD.matcher(before).find() && (reading.document().date() == null || !d.date().isAfter(reading.document().date()))) {
                onset = d;
                break;
            }
        }
        OptionalDouble weeks = Durations.weeks(s);
        if (onset == null && weeks.isEmpty()) {
            return java.util.Optional.empty();
        }
        int end = to;
        if (from == 0 && to == s.text().length()) {
            // The bare statement: quoted up to its date, else whole.
            end = onset != null ? onset.end() : TRAILING_STOPS.matcher(s.text()).replaceAll("").length();
        }
        FindingDraft d = reading.draft(FindingTypes.SYMPTOM, s, from, end).withContext().attr("kind", kind);
        if (onset != null) {
            d.cover(onset.start(), onset.end()).attr("onset", onset.date());
            if (onset.monthOnly()) {
                d.attr("datePrecision", "month");
            }
        }
        if (weeks.isPresent()) {
            d.attr("durationWeeks", Numbers.tidy(weeks.getAsDouble()));
        } else if (onset != null && reading.document().date() != null) {
            d.attr("durationWeeks", Numbers.tidy(ChronoUnit.DAYS.between(onset.date(), reading.document().date()) / 7.0));
        }
        return java.util.Optional.of(d);
    }
}
