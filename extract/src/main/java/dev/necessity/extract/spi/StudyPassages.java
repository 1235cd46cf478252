package dev.necessity.extract.spi;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.RelativeStudyDate;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.extract.text.WholeWord;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a clinic note, letter or ED note reports what an imaging study showed, so that the findings
 * read there count as imaging evidence ({@code imagingReport: true}, dated by the study date the
 * passage states). A passage reports a study when
 * <ul>
 *   <li>its sentence names the study and its read: "Her MRI last month showed severe stenosis at L4-5",
 *       "I personally reviewed the MRI images, which show ...", "X-rays today show bone-on-bone" (from the
 *       study onwards); or labels a line with it: "MRI L-spine w/o contrast (06/24/2026): ...",
 *       "Flexion/extension films 07/15/2026 - no instability" (after the label);</li>
 *   <li>it places a finding on a study: "No stenosis, slip or instability on imaging" (the sentence);</li>
 *   <li>its section is one of study reads ("IMAGING", "DIAGNOSTIC STUDIES"); or</li>
 *   <li>it runs on in the paragraph of such a sentence or of a lead-in ("Imaging (Valley Imaging,
 *       05/12/2026), reports reviewed today:"), until a sentence is the clinician's narrative again
 *       (it names the patient, the plan or the assessment and no study).</li>
 * </ul>
 * A study that is ordered, planned, conditional, pending or hearsay ("will order MRI to evaluate for
 * stenosis", "if the MRI shows", "he was told the x-rays show arthritis") reports nothing. The cues are
 * data: {@code study-report-cues.tsv}.
 */
public final class StudyPassages {

    /**
     * Where in its sentence a study read begins (findings from there on are read on the study), the study date
     * stated, and the body region its name gives (lumbar, cervical, thoracic, knee, or other for a part no
     * policy reads: "XR R wrist"; null when unnamed).
     */
    public record Report(int from, DateMention when, String region) {
        /** The study date stated, or null. */
        public LocalDate date() {
            return when == null ? null : when.date();
        }

        /** "day", or "month"/"year" for a study dated "in June", "last month", "09/2025". */
        public String datePrecision() {
            return when == null ? null : when.precision();
        }

        /** A study of a part no spine or knee policy reads ("XR R wrist: no fracture", "CT head"). */
        public boolean otherRegion() {
            return OTHER.equals(region);
        }
    }

    private static final String OTHER = "other";
    private static final List<String> REGIONS = List.of("lumbar", "cervical", "thoracic", "knee");
    private static final Map<String, Pattern> REGION_WORDS = regionWords();

    private static Map<String, Pattern> regionWords() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (String r : REGIONS) {
            out.put(r, Pattern.compile("(?i)" + ImagingVocabulary.alternation("region-" + r)));
        }
        out.put(OTHER, Pattern.compile("(?i)" + ImagingVocabulary.alternation("region-other")));
        return out;
    }

    /** The region a study's name in {@code [from, to)} gives: a spine or knee region wins over another part ("CT head and C-spine"). */
    static String region(String text, int from, int to) {
        String found = null;
        for (Map.Entry<String, Pattern> e : REGION_WORDS.entrySet()) {
            if (e.getValue().matcher(text).region(Math.max(0, from), Math.min(text.length(), to)).find()) {
                if (!e.getKey().equals(OTHER)) {
                    return e.getKey();
                }
                found = OTHER;
            }
        }
        return found;
    }

    /** The finding types a study shows: these, read in a study passage, are imaging evidence. */
    private static final Set<String> IMAGING_TYPES = java.util.stream.Stream.concat(FindingTypes.READ_ON_IMAGES.stream(),
            java.util.stream.Stream.of(FindingTypes.RED_FLAG)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Red flags a study can show; the others (fever, saddle anaesthesia) are not read on images. */
    private static final Set<String> IMAGING_RED_FLAGS = Set.of("fracture", "tumor", "infection");

    private enum Role { STUDY, LABEL, REPORTS, ON, PLAN, LEAVE, SECTION }

    private static final String RESOURCE = "/dev/necessity/extract/study-report-cues.tsv";
    private static final Map<Role, List<String>> CUES = load();
    private static final String STUDY_WORDS = alternation(CUES.get(Role.STUDY));
    private static final Pattern STUDY = Pattern.compile("(?i)" + STUDY_WORDS);
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)" + STUDY_WORDS + "|" + alternation(CUES.get(Role.LABEL)));
    private static final Pattern REPORTS = Pattern.compile("(?i)" + alternation(CUES.get(Role.REPORTS)));
    /** "on imaging", "seen on the MRI", "per her outside MRI": up to three words between. */
    private static final Pattern ON = Pattern.compile("(?i)(?:" + alternation(CUES.get(Role.ON)) + ") (?:[A-Za-z0-9'/-]+ ){0,3}?(?:"
            + STUDY_WORDS + ")");
    private static final Pattern PLAN = Pattern.compile("(?i)" + alternation(CUES.get(Role.PLAN)));
    private static final Pattern LEAVE = Pattern.compile("(?i)" + alternation(CUES.get(Role.LEAVE)));
    /** A line label ends at a colon or a spaced dash: "MRI L-spine 06/30/2026 (report reviewed):", "XR 08/20/2026 - ". */
    private static final Pattern SEPARATOR = Pattern.compile(":| -{1,2} | [\u2013\u2014] ");
    private static final int LABEL_REACH = 160;
    /** How far after the study its report word may come ("MRI of the lumbar spine done on 06/16/2026 at ... and it shows"). */
    private static final int REPORT_REACH = 150;

    private final Map<Sentence, Report> reports = new IdentityHashMap<>();

    private StudyPassages() {
    }

    /** Whether a finding of {@code type} with these attributes is one a study shows. */
    public static boolean imagingType(String type, Map<String, Object> attributes) {
        if (!IMAGING_TYPES.contains(type)) {
            return false;
        }
        return !FindingTypes.RED_FLAG.equals(type) || IMAGING_RED_FLAGS.contains(String.valueOf(attributes.get("kind")));
    }

    /** The study passages of a document; none in an imaging report, which is itself the study's read. */
    public static StudyPassages of(DocumentReading reading) {
        StudyPassages p = new StudyPassages();
        if (!reading.isType(DocumentType.IMAGING)) {
            p.read(reading);
        }
        return p;
    }

    /** The study read a finding quoting {@code [from, ...)} of {@code s} lies in, if any. */
    public Optional<Report> at(Sentence s, int from) {
        Report r = reports.get(s);
        return r != null && from >= r.from() ? Optional.of(r) : Optional.empty();
    }

    private void read(DocumentReading reading) {
        Sentence passage = null;
        DateMention passageDate = null;
        String passageRegion = null;
        for (Sentence s : reading.sentences()) {
            if (passage != null && (s.paragraph() != passage.paragraph() || !java.util.Objects.equals(s.section(), passage.section()))) {
                passage = null;
            }
            Report anchor = anchor(reading, s);
            if (anchor != null) {
                DateMention date = anchor.when() != null ? anchor.when() : passage != null ? passageDate : null;
                String region = anchor.region() != null ? anchor.region() : passage != null ? passageRegion : null;
                reports.put(s, new Report(anchor.from(), date, region));
                passage = s;
                passageDate = date;
                passageRegion = region;
            } else if (inStudySection(s) && !PLAN.matcher(s.text()).find()) {
                reports.put(s, new Report(0, firstDate(reading, s, 0, s.text().length()), region(s.text(), 0, s.text().length())));
            } else if (passage != null && !LEAVE.matcher(s.text()).find() && !PLAN.matcher(s.text()).find()) {
                reports.put(s, new Report(0, passageDate, passageRegion));
            } else {
                passage = null;
            }
        }
    }

    /** The earliest point of {@code s} from which it reads a study, or null. */
    private Report anchor(DocumentReading reading, Sentence s) {
        // Most sentences name no study: the literal prefilter rules them out without running the alternation.
        if (!s.finds(LABEL_WORD)) {
            return null;
        }
        String text = s.text();
        Report best = label(reading, s);
        if (best != null) {
            return best;
        }
        Matcher on = ON.matcher(text);
        while (on.find()) {
            if (!planned(text, clauseStart(text, on.start()), on.start())) {
                return new Report(0, firstDate(reading, s, 0, text.length()), region(text, 0, text.length()));
            }
        }
        Matcher study = STUDY.matcher(text);
        while (study.find()) {
            int clause = clauseStart(text, study.start());
            int limit = Math.min(clauseEnd(text, study.end()), study.end() + REPORT_REACH);
            Matcher verb = REPORTS.matcher(text).region(study.end(), limit);
            if (verb.find() && !planned(text, clause, verb.start())) {
                return new Report(study.start(), firstDate(reading, s, clause, verb.start()), region(text, clause, verb.start()));
            }
        }
        return null;
    }

    /** "MRI L-spine w/o contrast (06/24/2026): ...": the text after a label naming a study. */
    private Report label(DocumentReading reading, Sentence s) {
        String text = s.text();
        Matcher sep = SEPARATOR.matcher(text).region(0, Math.min(text.length(), LABEL_REACH));
        if (!sep.find()) {
            return null;
        }
        String prefix = text.substring(0, sep.start());
        if (!LABEL_WORD.matcher(prefix).find() || REPORTS.matcher(prefix).find() || PLAN.matcher(prefix).find()) {
            return null;
        }
        return new Report(sep.end(), firstDate(reading, s, 0, sep.start()), region(text, 0, sep.start()));
    }

    private static boolean inStudySection(Sentence s) {
        if (s.section() == null) {
            return false;
        }
        String name = s.section().toLowerCase(Locale.ROOT);
        return CUES.get(Role.SECTION).stream().anyMatch(name::contains);
    }

    private static boolean planned(String text, int from, int to) {
        return from < to && PLAN.matcher(text).region(from, to).find();
    }

    private static int clauseStart(String text, int at) {
        return text.lastIndexOf(';', Math.max(0, at - 1)) + 1;
    }

    private static int clauseEnd(String text, int at) {
        int semi = text.indexOf(';', at);
        return semi < 0 ? text.length() : semi;
    }

    /** The study date stated in {@code [from, to)} of {@code s}: a date, else one relative to the note's ("her MRI last month"). */
    private static DateMention firstDate(DocumentReading reading, Sentence s, int from, int to) {
        for (DateMention d : reading.dates(s)) {
            if (d.start() >= from && d.end() <= to) {
                return d;
            }
        }
        return RelativeStudyDate.find(s.text(), from, to, reading.document().date());
    }

    private static String alternation(List<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(WholeWord::of).collect(Collectors.joining("|"));
    }

    private static Map<Role, List<String>> load() {
        Map<Role, List<String>> cues = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            cues.put(r, new ArrayList<>());
        }
        for (TsvResource.Row row : TsvResource.rows(StudyPassages.class, RESOURCE)) {
            String[] cols = row.columns();
            cues.get(Role.valueOf(cols[1].trim().toUpperCase(Locale.ROOT))).add(cols[0].trim().toLowerCase(Locale.ROOT));
        }
        return cues;
    }
}
