package dev.necessity.extract.therapy;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a course of conservative care took place, as the note itself qualifies it, applied to the
 * therapy findings of one document after every reader has run:
 * <ul>
 * <li>a treatment the sentence says has unknown dates or duration ("tried some physical therapy back
 * home, unsure of the dates", "PT: yes per patient, dates/visits unknown", "a few therapy sessions
 * sometime in the spring", "records requested, not yet received"), with no date or stated duration of
 * its own, is uncertain and carries {@code datesUnknown: true}: it shows neither that the care lasted
 * long enough nor that it did not. The phrases are data in {@code care-dates-unknown.tsv}.</li>
 * <li>so is one named in a request for a provider's records, whatever dates the request gives ("Records request to
 * Lakeview Physical Therapy (April-June 2026) - not yet received").</li>
 * <li>a treatment whose own dates all fall after the date of the note that mentions it ("PT
 * 08/24/2026" in a note of 08/13/2026), with no status or visit count saying it was given, has not
 * happened yet: it is planned.</li>
 * </ul>
 * Injections and surgery are left as read: their own readers judge them.
 */
public final class CareTiming {

    private static final String RESOURCE = "/dev/necessity/extract/care-dates-unknown.tsv";
    private static final Pattern UNKNOWN = load();
    private static final Set<String> KINDS = Set.of("physical_therapy", "home_exercise", "aquatic_therapy", "chiropractic", "medication",
            "acupuncture", "bracing");
    /**
     * A request for a provider's records: "Records request to Lakeview Physical Therapy (April-June 2026) - not yet
     * received". The dates it names are of the records asked for, not a course the record shows; its care stays unknown.
     */
    private static final Pattern RECORDS_ASKED_FOR = Pattern.compile("(?i)\\brecords? requests? (?:to|from|sent to)\\b"
            + "|\\brequest(?:ed|ing)? (?:the )?records (?:from|of)\\b|\\brecords (?:have been |were )?requested from\\b");
    /** Kinds whose attendance a patient's account can leave unsettled (not medication, which a patient takes alone). */
    private static final Set<String> ACCOUNT_KINDS = Set.of("physical_therapy", "home_exercise", "aquatic_therapy", "chiropractic");
    /** The patient's own account: "tells me", "says", "states", "per patient", "thinks", "recalls". */
    private static final Pattern PATIENT_ACCOUNT = Pattern.compile("(?i)\\b(?:tells me|told me|says|said|states|stated|reports|reported|"
            + "per (?:the )?(?:patient|pt)|thinks|recalls|recollection|by (?:his|her|their) account)\\b");
    private static final Pattern THERAPY_WORD = Pattern.compile("(?i)\\b(?:PT|physio\\w*|physical therapy|therapy|sessions?|exercises|chiro\\w*)\\b");
    private static final List<String> OWN_TIMING = List.of("dates", "startDate", "endDate", "date", "durationWeeks");

    private CareTiming() {
    }

    /** {@code findings} of one document, with the care findings requalified as above. */
    public static List<Finding> apply(DocumentReading reading, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(requalify(reading, f));
        }
        return out;
    }

    private static Finding requalify(DocumentReading reading, Finding f) {
        if (!FindingTypes.THERAPY.equals(f.type()) || f.negated() || !KINDS.contains(f.string("kind").orElse(""))) {
            return f;
        }
        if (scheduledAfter(reading, f)) {
            Map<String, Object> attrs = new LinkedHashMap<>(f.attributes());
            attrs.put("status", "planned");
            return copy(f, f.uncertain(), attrs);
        }
        if (f.uncertain() || "planned".equals(f.string("status").orElse(""))) {
            return f;
        }
        Optional<Sentence> s = sentenceOf(reading, f);
        if (OWN_TIMING.stream().anyMatch(a -> f.attr(a).isPresent()) && (s.isEmpty() || !s.get().finds(RECORDS_ASKED_FOR))) {
            return f;
        }
        if (s.isEmpty() || !UNKNOWN.matcher(s.get().text()).find() && !(ACCOUNT_KINDS.contains(f.string("kind").orElse(""))
                && f.attr("visits").isEmpty() && unconfirmedParagraphs(reading).contains(s.get().paragraph()))) {
            return f;
        }
        Map<String, Object> attrs = new LinkedHashMap<>(f.attributes());
        attrs.put("datesUnknown", true);
        return copy(f, true, attrs);
    }

    /**
     * The paragraphs that tell therapy as the patient's account ("Travis tells me he did \"a few sessions of PT in
     * September\"") beside a phrase of {@code care-dates-unknown.tsv} ("Bayside PT reports no record of him", "records
     * requested ...; none received yet", "didn't get clear whether he has actually been going"): a therapy mention there
     * with no timing or visit count of its own is as unsettled as one in the same sentence. Found once per document.
     */
    private static Set<Integer> unconfirmedParagraphs(DocumentReading reading) {
        return reading.once(CareTiming.class, () -> {
            Set<Integer> told = new java.util.HashSet<>();
            Set<Integer> unknown = new java.util.HashSet<>();
            for (Sentence s : reading.sentences()) {
                if (s.finds(PATIENT_ACCOUNT) && s.finds(THERAPY_WORD)) {
                    told.add(s.paragraph());
                }
                if (UNKNOWN.matcher(s.text()).find()) {
                    unknown.add(s.paragraph());
                }
            }
            told.retainAll(unknown);
            return Set.copyOf(told);
        });
    }

    /** Every date of the treatment's own is after the note's date: it is scheduled, not done. */
    private static boolean scheduledAfter(DocumentReading reading, Finding f) {
        LocalDate written = reading.document().date();
        // A stated status or visit count reports care given: the note's own date may be the wrong one.
        if (written == null || f.string("status").isPresent() || f.attr("visits").isPresent()) {
            return false;
        }
        List<LocalDate> own = new ArrayList<>();
        f.list("dates").forEach(d -> {
            try {
                own.add(LocalDate.parse(d));
            } catch (RuntimeException e) {
                // not a date: ignore
            }
        });
        f.date("startDate").ifPresent(own::add);
        f.date("endDate").ifPresent(own::add);
        f.date("date").ifPresent(own::add);
        return !own.isEmpty() && own.stream().allMatch(d -> d.isAfter(written));
    }

    private static Optional<Sentence> sentenceOf(DocumentReading reading, Finding f) {
        return reading.sentenceAt(f.span().start());
    }

    private static Finding copy(Finding f, boolean uncertain, Map<String, Object> attrs) {
        return new Finding(f.type(), f.document(), f.span(), f.quote(), f.section(), f.level(), f.negated(), uncertain,
                f.historical(), attrs);
    }

    private static Pattern load() {
        List<String> phrases = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.rows(CareTiming.class, RESOURCE)) {
            phrases.add(row.columns()[0].trim());
        }
        String alternation = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?i)(?<![A-Za-z0-9])(?:" + alternation + ")(?![A-Za-z0-9])");
    }
}
