package dev.necessity.extract.spi;

import dev.necessity.extract.level.LevelResolution;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.OtherLevels;
import dev.necessity.extract.spi.StudyPassages;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;
import dev.necessity.model.SpinalLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding being assembled by a reader. It knows its sentence-relative quote range; {@link
 * #build} maps that range to exact document offsets, widens a negated quote to its trigger ("No
 * disc herniation, canal stenosis"; "cord compression is not evident") so it never reads as a
 * positive finding out of context, and fans out one finding per level. A quote stays within its
 * sentence, except that it may run on into a following one of its paragraph ({@link #coverIntoNext}).
 */
public final class FindingDraft {
    /** A year right after a symptom's words, not the start of a range that runs to now ("2019-present", "2019 to date"). */
    private static final java.util.regex.Pattern EPISODE_YEAR = java.util.regex.Pattern.compile(
            "[ \\t]*(?:\\(|in[ \\t]+)?((?:19|20)\\d{2})\\b(?![/.-]\\d)(?!\\s*(?:-|–|to|until|through)\\s*(?:present|now|date|today|current))");
    private final String type;
    private final DocumentReading reading;
    private final Sentence sentence;
    private int from;
    private int to;
    private Span absolute;
    /** The following sentence the quote runs on into, and where in it the quote ends; null when none. */
    private Sentence next;
    private int nextTo;
    private Modifiers modifiers = Modifiers.NONE;
    private LevelResolution levels = LevelResolution.NONE;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    FindingDraft(String type, DocumentReading reading, Sentence sentence, int from, int to) {
        this.type = type;
        this.reading = reading;
        this.sentence = sentence;
        this.from = from;
        this.to = to;
    }

    /** A draft whose quote is a document range outside any sentence grammar (a title line). */
    static FindingDraft at(String type, DocumentReading reading, Span span) {
        FindingDraft d = new FindingDraft(type, reading, null, 0, 0);
        d.absolute = span;
        return d;
    }

    public FindingDraft modifiers(Modifiers m) {
        this.modifiers = m;
        return this;
    }

    /** Reads the ConText modifiers of the current quote range. */
    public FindingDraft withContext() {
        return modifiers(reading.modifiers(sentence, from, to));
    }

    /** Same as {@link #withContext()} but ignores negation (exam results and statuses carry their own polarity). */
    public FindingDraft withContextExceptNegation() {
        Modifiers m = reading.modifiers(sentence, from, to);
        return modifiers(new Modifiers(false, m.uncertain(), m.historical(), -1));
    }

    public FindingDraft levels(LevelResolution r) {
        this.levels = r;
        return this;
    }

    public FindingDraft resolveLevels() {
        return levels(reading.resolveLevels(sentence, from, to));
    }

    public FindingDraft level(SpinalLevel level) {
        return levels(new LevelResolution(level == null ? List.of() : List.of(level), false));
    }

    public FindingDraft attr(String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
        return this;
    }

    /** Widens the quote to cover {@code [a, b)} as well. */
    public FindingDraft cover(int a, int b) {
        from = Math.min(from, a);
        to = Math.max(to, b);
        return this;
    }

    /**
     * Runs the quote on through {@code [0, to)} of {@code following}, the sentence directly after
     * this one, for an attribute read there: a label line that completes the statement
     * ("Smoking status: Former" then "Quit date: 2015"). The quote is the exact document text from
     * the start of this draft's range to {@code to}, across the sentence break.
     */
    public FindingDraft coverIntoNext(Sentence following, int to) {
        if (sentence == null || following.start() < sentence.end()) {
            throw new IllegalArgumentException("not a sentence after this draft's: " + following);
        }
        this.next = following;
        this.nextTo = to;
        return this;
    }

    /** The sentence text the quote currently covers (before any negation trigger is added). */
    public String quoteText() {
        return sentence == null ? "" : sentence.text().substring(from, to);
    }

    public Object attribute(String name) {
        return attributes.get(name);
    }

    /**
     * The findings this draft stands for: none when it is about someone other than the patient, or
     * only a possibility (a return precaution, "should she develop saddle numbness", an unticked
     * box), unless it is a plan, which says what is intended and stays one ("if the weakness
     * progresses we will consider surgery"). A denial about a past episode says nothing about now:
     * "one prior episode in 2019 without leg pain" is no denial of today's leg pain; nor is a symptom of a
     * past episode ("a bout of sciatica in 2019 that cleared up") today's symptom.
     */
    public List<Finding> build() {
        if (sentence != null && reading.aboutSomeoneElse(sentence, from, to)) {
            return List.of();
        }
        if (sentence != null && !"planned".equals(attributes.get("status")) && reading.hypothetical(sentence, from, to)) {
            return List.of();
        }
        if (FindingTypes.SYMPTOM.equals(type) && modifiers.negated() && modifiers.historical()) {
            return List.of();
        }
        if (FindingTypes.SYMPTOM.equals(type) && modifiers.negated() && sentence != null && ofAnEarlierYear()) {
            // "hx: LBP 2019 after gym, resolved": the denial is that episode's end, not a denial of today's pain.
            return List.of();
        }
        if (FindingTypes.SYMPTOM.equals(type) && modifiers.historical() && sentence != null && reading.pastEpisode(sentence, from)) {
            // "a bout of sciatica in 2019 that cleared up with a steroid pack": that episode's symptom, not today's.
            return List.of();
        }
        Span span = absolute;
        if (span == null) {
            int start = modifiers.negated() && modifiers.negationStart() >= 0 ? Math.min(from, modifiers.negationStart()) : from;
            int end = modifiers.negated() && modifiers.negationEnd() >= 0 ? Math.max(to, modifiers.negationEnd()) : to;
            span = sentence.span(start, end);
            if (next != null) {
                span = new Span(span.start(), next.span(0, nextTo).end());
            }
        }
        String quote = reading.document().slice(span);
        String section = sentence != null ? sentence.section() : null;
        Map<String, Object> attrs = new LinkedHashMap<>(attributes);
        LevelResolution levels = this.levels;
        if (sentence != null && StudyPassages.imagingType(type, attrs)) {
            int[] others = OtherLevels.about(sentence, from, to);
            if (others != null && !OtherLevels.namesLevel(reading, sentence, others)) {
                // "the other levels show no stenosis": not the level just described, nor every level.
                levels = LevelResolution.NONE;
                attrs.put("exceptLevels", OtherLevels.named(reading, sentence));
            }
        }
        if (levels.allLevels()) {
            attrs.put("allLevels", true);
        }
        if (sentence != null && StudyPassages.imagingType(type, attrs) && levels.levels().isEmpty()
                && reading.levelMentions(sentence).isEmpty() && reading.studyReport(sentence, from).map(StudyPassages.Report::otherRegion).orElse(false)) {
            // "XR R wrist: no fracture": what a study of another body part shows is not spine or knee imaging.
            return List.of();
        }
        if (sentence != null && StudyPassages.imagingType(type, attrs)) {
            // Imaging reported inside a clinic note, letter or ED note: imaging evidence, dated by its study.
            reading.studyReport(sentence, from).ifPresent(r -> {
                attrs.put("imagingReport", true);
                if (r.date() != null && !attrs.containsKey("date")) {
                    attrs.put("date", r.date());
                    if (!"day".equals(r.datePrecision())) {
                        attrs.put("datePrecision", r.datePrecision());
                    }
                }
            });
        }
        List<Finding> out = new ArrayList<>();
        List<SpinalLevel> each = levels.levels().isEmpty() ? java.util.Collections.singletonList(null) : levels.levels();
        for (SpinalLevel level : each) {
            out.add(new Finding(type, reading.document().name(), span, quote, section, level,
                    modifiers.negated(), modifiers.uncertain(), modifiers.historical(), attrs));
        }
        return out;
    }

    /** A year right after the symptom ("LBP 2019", "sciatica (2018)", "back pain in 2020") before the document's year. */
    private boolean ofAnEarlierYear() {
        java.time.LocalDate written = reading.document().date();
        if (written == null) {
            return false;
        }
        java.util.regex.Matcher m = EPISODE_YEAR.matcher(sentence.text()).region(to, sentence.text().length());
        return m.lookingAt() && Integer.parseInt(m.group(1)) < written.getYear();
    }
}
