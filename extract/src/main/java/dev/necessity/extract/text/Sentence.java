package dev.necessity.extract.text;

import dev.necessity.model.Span;

/**
 * One sentence of a document. {@link #text()} is the sentence with every whitespace run
 * collapsed to a single space, so grammars can match line-wrapped phrases with plain spaces, and
 * with typographic single quotes (’ ‘) as the ASCII apostrophe, so "doesn’t" matches a grammar's
 * "doesn't"; {@link #span(int, int)} maps a range of that text back to the exact document offsets
 * (a quote keeps the document's own characters). A word broken by a hyphen at a line end is joined and a
 * common misspelling reads as the word meant ({@link TextRepair}: "sten-\nosis", "stenossis" read "stenosis").
 */
public final class Sentence {
    private final String text;
    private final int[] origin;
    private final int start;
    private final int end;
    private final String section;
    private final int paragraph;
    /** Asked by most readers of every sentence: worked out once. */
    private final boolean familyHistory;
    private String lower;
    /** Per-sentence results shared by the readers (a sentence belongs to one document reading, read by one thread). */
    private java.util.IdentityHashMap<Object, Object> remembered;
    /** Which {@link LiteralScan} literals the lower-cased text contains, and the automaton that found them. */
    private long[] literalBits;
    private LiteralScan.Automaton scannedWith;
    /** The matcher handed out for every pattern the prefilter rules out; it never matches, so one serves them all. */
    private java.util.regex.Matcher never;
    /** The document's work counter: every grammar run over this sentence is counted there. */
    private final ExtractionWork work;

    Sentence(String documentText, int start, int end, String section, int paragraph, ExtractionWork work) {
        StringBuilder normalized = new StringBuilder(end - start);
        int[] map = new int[end - start];
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = documentText.charAt(i);
            if (c == '[' || c == '<') {
                // Struck-through text reads as blank: "arm pain for [struck]6 months[/struck] 6 weeks" (StruckText).
                int pair = StruckText.openingAt(documentText, i);
                if (pair >= 0) {
                    // Up to the closing marker, or to the sentence's end when the passage runs on into the next one.
                    int close = StruckText.closeFrom(documentText, i, Math.min(end, i + StruckText.REACH), pair);
                    int resume = close < 0 ? end : close + StruckText.closing(pair).length();
                    pendingSpace = normalized.length() > 0;
                    i = resume - 1; // the loop's i++ resumes there
                    continue;
                }
                pair = StruckText.closingAt(documentText, i);
                if (pair >= 0 && i - start <= StruckText.REACH) {
                    // The sentence began inside a passage struck in the one before: what precedes its close is struck too.
                    normalized.setLength(0);
                    pendingSpace = false;
                    i += StruckText.closing(pair).length() - 1;
                    continue;
                }
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = normalized.length() > 0;
                continue;
            }
            if (pendingSpace) {
                map[normalized.length()] = i - 1;
                normalized.append(' ');
                pendingSpace = false;
            }
            map[normalized.length()] = i;
            normalized.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        TextRepair.Repaired repaired = TextRepair.repair(normalized.toString(), map, documentText);
        this.text = repaired == null ? normalized.toString() : repaired.text();
        this.origin = repaired == null ? java.util.Arrays.copyOf(map, Math.max(1, text.length())) : repaired.origin();
        this.start = text.isEmpty() ? start : origin[0];
        this.end = text.isEmpty() ? start : origin[text.length() - 1] + 1;
        this.section = section;
        this.paragraph = paragraph;
        this.familyHistory = isFamilyHistory(section);
        this.work = work;
    }

    /** The normalized sentence text: whitespace runs as one space, typographic single quotes as {@code '}. */
    public String text() {
        return text;
    }

    /**
     * The text lower-cased as case-insensitive patterns fold it (A-Z only, same length), computed
     * once: readers test keywords on it before running their grammars.
     */
    public String lower() {
        if (lower == null) {
            lower = AsciiCase.lower(text);
        }
        return lower;
    }

    /**
     * {@code pattern.matcher(text())}, except that when the sentence lacks every literal the
     * pattern needs ({@link RequiredLiterals}) the regex is not run: the matcher returned then
     * finds nothing (same text, so regions and offsets still work). For static patterns only: the
     * literals are derived once per pattern and kept.
     */
    public java.util.regex.Matcher matcher(java.util.regex.Pattern pattern) {
        return KeywordPrefilter.matcher(pattern, this);
    }

    /** A matcher over this sentence that finds nothing, shared by every pattern ruled out here (regions and bounds set on it change nothing). */
    java.util.regex.Matcher neverMatcher() {
        if (never == null) {
            never = KeywordPrefilter.NEVER.matcher(text);
        }
        return never;
    }

    /**
     * Bit {@code id} set for each prefilter literal ({@link LiteralScan}) the lower-cased text
     * contains, covering at least ids 0 to {@code maxId}; null when the automaton does not know
     * them yet (the caller then searches the text itself).
     */
    long[] literalBits(int maxId) {
        if (scannedWith != null && maxId < scannedWith.literals()) {
            return literalBits;
        }
        LiteralScan.Automaton current = LiteralScan.SHARED.automaton();
        if (maxId >= current.literals()) {
            LiteralScan.SHARED.missed();
            current = LiteralScan.SHARED.automaton();
            if (maxId >= current.literals()) {
                return null;
            }
        }
        if (scannedWith == null) {
            // Counted once: a rescan because the shared automaton learnt more literals meanwhile is the
            // process warming up, not work that grows with the document.
            work.scanned(text.length());
        }
        literalBits = current.scan(lower());
        scannedWith = current;
        return literalBits;
    }

    /**
     * Whether the prefilter of {@link #matcher} lets {@code pattern} run here: false when the sentence lacks
     * the literals it needs, so neither the sentence nor any region of it can match. For static patterns only.
     */
    public boolean mayMatch(java.util.regex.Pattern pattern) {
        return KeywordPrefilter.mayMatch(pattern, this);
    }

    /** Whether {@code pattern} occurs in the sentence, with the same prefilter as {@link #matcher}. */
    public boolean finds(java.util.regex.Pattern pattern) {
        return KeywordPrefilter.finds(pattern, this);
    }

    /**
     * A value computed once per sentence and shared by every reader that asks with the same key
     * (a static pattern or constant), such as "is this sentence about a relative".
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, java.util.function.Function<Sentence, T> compute) {
        if (remembered == null) {
            remembered = new java.util.IdentityHashMap<>();
        }
        Object value = remembered.get(key);
        if (value == null && !remembered.containsKey(key)) {
            value = compute.apply(this);
            remembered.put(key, value);
        }
        return (T) value;
    }

    /** Counts a grammar run over the whole sentence text (the prefilter let it run). */
    void scanned() {
        work.scanned(text.length());
    }

    /** Document span of the normalized range {@code [from, to)}. */
    public Span span(int from, int to) {
        if (from >= to) {
            return new Span(origin[from], origin[from]);
        }
        return new Span(origin[from], origin[to - 1] + 1);
    }

    public Span span() {
        return new Span(start, end);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Upper-case name of the enclosing section, or null before the first heading. */
    public String section() {
        return section;
    }

    /** Ordinal of the paragraph (blank-line or heading separated block) holding the sentence. */
    public int paragraph() {
        return paragraph;
    }

    /** In a family-history section ("FAMILY HISTORY", "FHX", "FH"; not a combined "SHX/FHX"). */
    public boolean inFamilyHistory() {
        return familyHistory;
    }

    private static boolean isFamilyHistory(String section) {
        return SectionSplitter.familyHistory(section);
    }

    public boolean inSection(String... names) {
        if (section == null) {
            return false;
        }
        for (String name : names) {
            if (section.contains(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
