package dev.necessity.extract.spi;

import dev.necessity.extract.date.DateFinder;
import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.level.LevelFinder;
import dev.necessity.extract.level.LevelMention;
import dev.necessity.extract.level.LevelResolution;
import dev.necessity.extract.level.LevelResolver;
import dev.necessity.extract.level.LevelTopics;
import dev.necessity.extract.negation.ContextAnalyzer;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.StudyPassages;
import dev.necessity.extract.text.ExtractionWork;
import dev.necessity.extract.text.SectionSplitter;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.PageBanners;
import dev.necessity.extract.text.SentenceSplitter;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Section;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document prepared for the finding readers: its sections and sentences, and per sentence
 * the ConText modifiers, level mentions, the level header in force, and dates. Built per
 * document and read by one thread.
 */
public final class DocumentReading {

    private static final LevelFinder LEVELS = new LevelFinder();
    private static final LevelResolver RESOLVER = new LevelResolver();

    private final ClinicalDocument document;
    private final List<Section> sections;
    private final List<Sentence> sentences;
    private final DateFinder dates;
    private final Map<Sentence, ContextAnalyzer> context = new IdentityHashMap<>();
    private final Map<Sentence, List<LevelMention>> levels = new IdentityHashMap<>();
    private final Map<Sentence, LevelMention> topics;
    private final Map<Sentence, List<DateMention>> dateMentions = new IdentityHashMap<>();
    private final Map<Object, Object> shared = new IdentityHashMap<>();
    private final ExtractionWork work;

    public DocumentReading(ClinicalDocument document) {
        this(document, new ExtractionWork());
    }

    /** A reading that counts its work in {@code work} ({@link ExtractionWork}). */
    public DocumentReading(ClinicalDocument document, ExtractionWork work) {
        this.document = document;
        this.work = work;
        String text = text();
        List<SectionSplitter.Heading> headings = new SectionSplitter().headings(text);
        this.sections = new SectionSplitter().sections(text, headings);
        // A PDF's page banner between two lines of a sentence is not a break in it (PageBanners).
        this.sentences = new VisitedSentences(new SentenceSplitter(work).split(PageBanners.blank(text), headings), work);
        this.dates = new DateFinder(document.date(), DateFinder.writesDayFirst(text, document.date()));
        this.topics = new LevelTopics(this::levelMentions, document.type() == DocumentType.IMAGING).topics(sentences);
    }

    /**
     * A value computed once per document and shared by every reader that asks with the same key (a
     * class or constant): a reader's drafts that another reader builds on, instead of reading the
     * document twice. The value must not be modified by those who share it.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, java.util.function.Supplier<T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.get();
            shared.put(key, value);
        }
        return (T) value;
    }

    public ClinicalDocument document() {
        return document;
    }

    /**
     * Whether the line of the document holding {@code at} is a table row: it has a column gap (two spaces or more between
     * words, or a tab) that a sentence's normalized text no longer shows ("01/08/2026 C2601080125   1  Valley Regional
     * Pain"). Reads that line.
     */
    public boolean tableRowAt(int at) {
        String text = document.text();
        // Looked at within ROW_REACH characters either side: a row is short, and a document written as one endless line
        // must not make every call read all of it (work that grew with the square of its length).
        int start = lineStart(text, at, ROW_REACH);
        start = start < 0 ? at - ROW_REACH : start;
        int limit = Math.min(text.length(), at + ROW_REACH);
        int end = at;
        while (end < limit && text.charAt(end) != '\n') {
            end++;
        }
        work.scanned(end - start);
        String line = text.substring(start, end).strip();
        return line.indexOf('\t') >= 0 || line.contains("  ");
    }

    /**
     * The whole document's text, counted as a scan of all of it ({@link ExtractionWork}): read it once
     * per document (in {@link #once}), never once per sentence, or extraction grows with the square of
     * the document's length. Readers reach the text only here ({@code LinearExtractionTest}).
     */
    /** How far either side of a character {@link #tableRowAt} looks for its row's column gaps. */
    private static final int ROW_REACH = 600;

    public String text() {
        work.scanned(document.text().length());
        return document.text();
    }

    /** The work this reading has done so far. */
    public ExtractionWork work() {
        return work;
    }

    /**
     * Whether the line holding {@code at} begins with {@code label} (looked at within its first 60 characters), the line's
     * start being looked for at most 200 characters back: a label further away heads no sentence near {@code at}. Bounded
     * work per call, never a scan of the document.
     */
    public boolean lineStartsWith(int at, java.util.regex.Pattern label) {
        String text = document.text();
        at = Math.min(at, text.length());
        int lineStart = lineStart(text, at, 200);
        if (lineStart < 0) {
            return false;
        }
        int end = Math.min(text.length(), lineStart + 60);
        work.scanned(at - lineStart + end - lineStart);
        return label.matcher(text).region(lineStart, end).lookingAt();
    }

    public boolean isType(DocumentType type) {
        return document.type() == type;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The sentences in document order; each one a reader touches is counted as visited ({@link ExtractionWork}). */
    public List<Sentence> sentences() {
        return sentences;
    }

    public Modifiers modifiers(Sentence s, int from, int to) {
        Modifiers m = context.computeIfAbsent(s, this::context).modifiers(from, to);
        if (!m.negated() && yesNoColumns().any() && yesNoColumns().answeredNo(s.span(from, to).start())) {
            // "Have you ever had cancer?        X" with the X under a NO column: the form answers it no.
            return new Modifiers(true, m.uncertain(), m.historical(), -1, m.negationEnd());
        }
        return m;
    }

    private YesNoColumns yesNoColumns() {
        // Asked on every modifiers call: kept in a field rather than looked up.
        if (yesNoColumns == null) {
            yesNoColumns = new YesNoColumns(text());
        }
        return yesNoColumns;
    }

    private YesNoColumns yesNoColumns;

    /** A family-history section, or a concept in the scope of an experiencer trigger ("her sister, one with breast cancer"). */
    public boolean aboutSomeoneElse(Sentence s, int from, int to) {
        return s.inFamilyHistory() || context.computeIfAbsent(s, this::context).aboutSomeoneElse(from, to);
    }

    /**
     * A concept that is only a possibility: a return precaution or other condition ("call if fever
     * develops"), a screen's label, an unticked form item, a therapy goal.
     */
    public boolean hypothetical(Sentence s, int from, int to) {
        return goal(s) || context.computeIfAbsent(s, this::context).hypothetical(from, to)
                || conditionalItems.computeIfAbsent(s, this::conditionalListItem);
    }

    /** A list line: a dash, bullet, asterisk or number, then its item. */
    private static final java.util.regex.Pattern LIST_LINE = java.util.regex.Pattern.compile("^[ \\t]*(?:[-*\\u2022\\u00b7]|\\d{1,2}[.)])[ \\t]+\\S");
    private static final int LIST_REACH = 30;
    /** A heading that ends in its condition word: "GO TO THE EMERGENCY DEPARTMENT IF:", "Call us if:". */
    private static final java.util.regex.Pattern ENDS_IN_IF = java.util.regex.Pattern.compile("(?i)\\b(?:if|when|should you have)\\s*:$");
    /** Whether each sentence asked about is a conditional list's item: worked out once per sentence, not per concept. */
    private final Map<Sentence, Boolean> conditionalItems = new IdentityHashMap<>();

    /** The longest line a list item or its heading may be, looked back over for the line's start. */
    private static final int LIST_LINE_REACH = 2_000;

    /**
     * The start of the line holding {@code at}, looked for at most {@code reach} characters back; -1 when the line starts
     * further back: bounded time per call even on a document written as one endless line. The one line-start scan of
     * {@link #tableRowAt}, {@link #lineStartsWith} and the conditional-list check.
     */
    private static int lineStart(String text, int at, int reach) {
        int from = Math.max(0, at - reach);
        int i = at;
        while (i > from && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' ? i : -1;
    }

    /**
     * An item of a list whose heading is a condition: "GO TO THE EMERGENCY DEPARTMENT RIGHT AWAY IF YOU HAVE:" or "Return to
     * the ER if you notice any of the following:" over "- fever with back pain" lines. Each item is a sentence of its own
     * the heading's trigger cannot reach; it is the heading's condition all the same, up to a blank line or a line that is
     * no item.
     */
    private boolean conditionalListItem(Sentence s) {
        String text = document.text();
        int line = lineStart(text, s.start(), LIST_LINE_REACH);
        if (line < 0 || !LIST_LINE.matcher(text).region(line, text.length()).lookingAt()) {
            return false;
        }
        for (int i = 0; i < LIST_REACH && line > 0; i++) {
            int prevEnd = line - 1;
            int prev = prevEnd == 0 ? 0 : lineStart(text, prevEnd, LIST_LINE_REACH);
            if (prev < 0) {
                return false; // a line longer than a list item or its heading
            }
            String content = text.substring(prev, prevEnd).strip();
            if (content.isEmpty()) {
                return false;
            }
            if (!LIST_LINE.matcher(text).region(prev, prevEnd).lookingAt()) {
                if (!content.endsWith(":")) {
                    return false;
                }
                if (ENDS_IN_IF.matcher(content).find()) {
                    // "CALL 911 OR GO TO THE EMERGENCY DEPARTMENT IF:": the condition word itself ends the heading.
                    return true;
                }
                return sentenceAt(text.lastIndexOf(':', prevEnd)).map(h -> {
                    int colon = h.text().lastIndexOf(':'); // the sentence's text is normalized: find the colon in it
                    return colon >= 0 && context.computeIfAbsent(h, this::context).hypothetical(colon, colon + 1);
                }).orElse(false);
            }
            line = prev;
        }
        return false;
    }

    /**
     * A therapy goal's section, headed in capitals ("STG 2: Leg pain avg <= 4/10 ... NOT MET", "LONG TERM GOALS:"): the
     * section grammar takes the label as a heading, so the goal trigger never reaches the sentence; a target is not a finding.
     */
    private static boolean goal(Sentence s) {
        String section = s.section();
        return section != null && GOAL_SECTION.matcher(section).matches();
    }

    private static final java.util.regex.Pattern GOAL_SECTION = java.util.regex.Pattern.compile(
            "(?:STG|LTG|(?:SHORT|LONG)[- ]TERM GOALS?|GOALS?)(?: ?#?\\d{1,2})?");

    /** A concept told of a past episode that is over ("a bout of sciatica in 2019 that cleared up"). */
    public boolean pastEpisode(Sentence s, int from) {
        return context.computeIfAbsent(s, this::context).pastEpisode(from);
    }

    private ContextAnalyzer context(Sentence s) {
        work.scanned(s.text().length());
        return new ContextAnalyzer(s.text());
    }

    public List<LevelMention> levelMentions(Sentence s) {
        return levels.computeIfAbsent(s, k -> {
            work.scanned(k.text().length());
            return LEVELS.find(k.text(), k.lower());
        });
    }

    /** The document's date reader: its own date for "ago" and two-digit years, its numeric dates day or month first. */
    public DateFinder dateFinder() {
        return dates;
    }

    public List<DateMention> dates(Sentence s) {
        return dateMentions.computeIfAbsent(s, k -> {
            work.scanned(k.text().length());
            return dates.find(k.text());
        });
    }

    public LevelResolution resolveLevels(Sentence s, int from, int to) {
        LevelResolver.Candidates candidates = s.remember(LevelResolver.Candidates.class, k -> new LevelResolver.Candidates(levelMentions(k)));
        return RESOLVER.resolve(s.text(), candidates, topics.containsKey(s) ? List.of(topics.get(s)) : List.of(), from, to);
    }

    /**
     * The study read that a finding quoting {@code [from, ...)} of {@code s} lies in, when this document
     * is not itself an imaging report but reports what a study showed ({@link StudyPassages}).
     */
    public java.util.Optional<StudyPassages.Report> studyReport(Sentence s, int from) {
        return once(StudyPassages.class, () -> StudyPassages.of(this)).at(s, from);
    }

    /** A finding quoting {@code [from, to)} of a sentence's normalized text. */
    public FindingDraft draft(String type, Sentence s, int from, int to) {
        return new FindingDraft(type, this, s, from, to);
    }

    /** A finding quoting an exact document range (a title line). */
    public FindingDraft draftAt(String type, dev.necessity.model.Span span) {
        return FindingDraft.at(type, this, span);
    }

    /**
     * The sentence holding document offset {@code at}, if any. Sentences are disjoint and in document
     * order, so a binary search finds it (a scan from the first sentence for each finding grew with the
     * square of the document's length).
     */
    public java.util.Optional<Sentence> sentenceAt(int at) {
        int i = sentenceIndexAt(at);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(sentences.get(i));
    }

    /** The index in {@link #sentences()} of the sentence holding document offset {@code at}; -1 when none does. */
    public int sentenceIndexAt(int at) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.start()) {
                high = mid - 1;
            } else if (at >= s.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** All sentences of the named sections (by substring of the section name). */
    public List<Sentence> sentencesIn(String... sectionNames) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.inSection(sectionNames)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A read-only view of the sentence list that counts each element handed out. */
    private static final class VisitedSentences extends java.util.AbstractList<Sentence> implements java.util.RandomAccess {
        private final List<Sentence> sentences;
        private final ExtractionWork work;

        VisitedSentences(List<Sentence> sentences, ExtractionWork work) {
            this.sentences = sentences;
            this.work = work;
        }

        @Override
        public Sentence get(int index) {
            work.visitedSentence();
            return sentences.get(index);
        }

        @Override
        public int size() {
            return sentences.size();
        }
    }
}
