package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into sentences inside its sections. Line wraps do not end a sentence;
 * a blank line, a heading, a numbered or bulleted item, a spinal-level header ("L5-S1:",
 * "At L4-5,"), a "Label:" line, a dated table row, a row of a pipe table ("| Meloxicam | 2024 - 09/2025 |",
 * "Prior lumbar surgery   | No")
 * or an all-capitals title line does. A period ends a sentence
 * only when followed by whitespace and a capital, digit or bracket and not preceded by a
 * known abbreviation, so "5 ft 5 in", "L5-S1.", "2+", "32.6" and "Dr. X" survive. No sentence is
 * longer than {@link #MAX_SENTENCE} characters.
 */
public final class SentenceSplitter {

    private static final Pattern ITEM = Pattern.compile("^[ \\t]{0,8}(?:\\d{1,2}[.)][ \\t]{0,4}|#\\d{1,2}[ \\t]{1,4}|[-*\\u2022][ \\t]{1,4})(?=\\S)");
    private static final Pattern LEVEL_HEADER = Pattern.compile(
            "^[ \\t]{0,8}(?:At |AT )?[CTLS]\\d{1,2}(?:[-/][CTLS]?\\d{1,2})?(?:[ \\t]{1,3}(?:through|to|and)[ \\t]{1,3}[CTLS]\\d{1,2}(?:[-/][CTLS]?\\d{1,2})?)?(?: level)?[:,]");
    private static final Pattern LABEL = Pattern.compile("^[ \\t]{0,8}[A-Z][A-Za-z']{1,20}(?: [A-Za-z'/]{1,20}){0,4}:\\s");
    /** "Label: No" / "Label: yes" / "Label: negative": a questionnaire answer, complete on its line. */
    private static final Pattern ANSWER_LINE = Pattern.compile("^[ \\t]{0,8}[A-Z][^:\\n]{0,60}:[ \\t]*(?i:no|none|negative|neg|denies|"
            + "denied|absent|yes|positive|pos|present|n|y|unknown|n/a)\\.?[ \\t\\r]*$");
    /** The date a dated row starts with: 02/09/2026, 2026-02-09, 02/2026 (readers of rows share it). */
    public static final String ROW_DATE = "(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{4}|\\d{1,2}-(?i:[a-z]{3})-\\d{4})";
    /**
     * A dated row of a list or table: a date at the start of the line followed by a column gap (two
     * spaces or a tab), "02/09/2026  L L4-5 TFESI - about 50 % relief", or by one space in a row whose
     * later columns are spaced apart ("01/08/2026 C2601080125   1  Valley Regional Pain   62323"). Each row is its own sentence,
     * so one row's relief is never read as another's.
     */
    private static final Pattern DATED_ROW = Pattern.compile("^(?:[ \\t]{0,8}" + ROW_DATE + "(?:[ ]{2,}|\\t|[ ](?=[^\\n]*?\\S(?:[ ]{3,}|\\t)\\S))"
            // ... or an indented row's date followed by a dash or colon: "  03/11/2026 - ~50-60% relief, ~3 months".
            + "|[ \\t]{1,8}" + ROW_DATE + "[ ]?[-\u2013:][ ])\\S");
    /**
     * A form's field on one line, complete in itself: a label and its value after dot leaders ("Saddle
     * anesthesia ........ No", "Visits completed ........ 11"), a label and a capitalised Yes/No after
     * the label's own spacing ("Bowel or bladder incontinence/retention  No"), a Yes/No grid
     * ("Saddle anesthesia   [ ] Yes  [x] No"), or a checkbox item ("[x] Night pain", "[ ] Fever  [ ] Weight loss").
     * Runs of blanks are taken possessively ({@code *+}, {@code ++}): a line of thousands of spaces (a PDF's layout) is
     * then read once, not once for every way of dividing the run between two quantifiers.
     */
    private static final Pattern FIELD_LINE = Pattern.compile("^[ \\t]{0,8}(?:\\[[ xX\\u2713\\u2714]?\\]"
            // Dot leaders mark a form item whatever its label's case ("saddle numbness ........... \u00d8").
            + "|[A-Za-z][^\\n\\[]{0,60}?(?:[ \\t]*+:)?(?:[ \\t]++\\.{3,}|\\.{4,})[ \\t]*:?[ \\t]*\\S"
            + "|[A-Z][^\\n\\[]{0,60}?(?:[ \\t]*+:)?[ \\t]*+\\[[ xX\\u2713\\u2714]?\\][ \\t]*(?i:yes|no|y|n)\\b"
            + "|[A-Z][^\\n\\[.:]{0,60}?[ \\t]{2,}+(?:No|NO|None|NONE|Yes|YES|Negative|Denies|Denied|Absent)\\.?[ \\t]*(?:$|[-\\u2013(,]))");
    private static final Pattern TITLE = Pattern.compile("^[^a-z]*[A-Z]{3}[^a-z]*$");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "approx", "vs", "no",
            "fig", "e.g", "i.e", "a.m", "p.m", "etc", "ca", "cf", "jr", "sr", "inc", "lt", "rt", "pt", "bil", "min");

    /**
     * The longest sentence, in document characters. The longest in every corpus, example and test here
     * is under 1,000; text that runs on further (a dictation without periods, a fax read without line
     * structure) is cut at a space before this length. Readers may then spend time growing with the
     * square of a sentence's length (a concept's context is looked for across its sentence) without
     * that ever growing with the square of the document's.
     */
    public static final int MAX_SENTENCE = 2_000;

    /** Dictation marks a voice-recognition transcript writes out as words, lower-case as it writes them. */
    private static final List<String> DICTATION_MARKS = List.of("new paragraph", "period");

    private final SectionSplitter sections = new SectionSplitter();
    private final ExtractionWork work;

    public SentenceSplitter() {
        this(new ExtractionWork());
    }

    /** A splitter whose sentences count the grammar runs over them in {@code work}. */
    public SentenceSplitter(ExtractionWork work) {
        this.work = work;
    }

    public List<Sentence> split(String text) {
        return split(text, sections.headings(text));
    }

    /** As {@link #split(String)}, with the text's headings already found (they are costly to find twice). */
    public List<Sentence> split(String text, List<SectionSplitter.Heading> headings) {
        List<Sentence> out = new ArrayList<>();
        int[] paragraph = {0};
        int regionStart = 0;
        SectionSplitter.Heading open = null;
        for (SectionSplitter.Heading h : headings) {
            region(text, open, regionStart, h.start(), paragraph, out);
            paragraph[0]++;
            regionStart = h.bodyStart();
            open = h;
        }
        region(text, open, regionStart, text.length(), paragraph, out);
        return out;
    }

    /** The text a heading opens, up to where its section ends ({@link SectionSplitter#end}), and any text after that, outside it. */
    private void region(String text, SectionSplitter.Heading open, int from, int to, int[] paragraph, List<Sentence> out) {
        int end = open == null ? to : SectionSplitter.end(text, open, to);
        splitRegion(text, from, end, open == null ? null : open.name(), paragraph, out);
        if (end < to) {
            paragraph[0]++;
            splitRegion(text, end, to, null, paragraph, out);
        }
    }

    private void splitRegion(String text, int from, int to, String section, int[] paragraph, List<Sentence> out) {
        int blockStart = from;
        int lineStart = from;
        boolean firstLine = true;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            boolean blank = line.isBlank();
            if (blank) {
                splitBlock(text, blockStart, lineStart, section, paragraph, out);
                if (!firstLine) {
                    paragraph[0]++;
                }
                blockStart = lineEnd + 1;
            } else if (!firstLine && startsBlock(line, text, lineStart)) {
                splitBlock(text, blockStart, lineStart, section, paragraph, out);
                blockStart = lineStart;
            }
            if (!blank && fieldLine(line)) {
                // The field is its own sentence, and its dot leaders end nothing. A label wrapped onto it from the line before
                // ("Red flags (ca hx, fever/infection, trauma," over "CES sx, progressive weakness)? ...... No") is part of it.
                int fieldStart = wrappedLabelStart(text, blockStart, lineStart);
                splitBlock(text, blockStart, fieldStart, section, paragraph, out);
                add(text, fieldStart, lineEnd, section, paragraph[0], out);
                blockStart = lineEnd + 1;
            } else if (!blank && (title(line) && line.trim().length() > 3 && !label(line) || answerLine(line))) {
                splitBlock(text, blockStart, lineEnd, section, paragraph, out);
                blockStart = lineEnd + 1;
            }
            firstLine = false;
            lineStart = lineEnd + 1;
        }
        splitBlock(text, blockStart, to, section, paragraph, out);
    }

    /**
     * Where a form field's sentence starts: at the line before it when that line, in the same block and no field itself,
     * breaks off mid-label (it ends with a comma or leaves a parenthesis open); otherwise at the field's own line.
     */
    private static int wrappedLabelStart(String text, int blockStart, int lineStart) {
        if (lineStart - 1 <= blockStart) {
            return lineStart;
        }
        int prev = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (prev < blockStart) {
            return lineStart;
        }
        String before = text.substring(prev, lineStart - 1).stripTrailing();
        if (before.isBlank() || fieldLine(before)) {
            return lineStart;
        }
        long open = before.chars().filter(c -> c == '(').count();
        long close = before.chars().filter(c -> c == ')').count();
        return before.endsWith(",") || open > close ? prev : lineStart;
    }

    private boolean startsBlock(String line, String text, int lineStart) {
        char first = firstNonBlank(line);
        if (isItemMark(first) && ITEM.matcher(line).lookingAt()
                || (first == 'A' || "CTLS".indexOf(first) >= 0) && LEVEL_HEADER.matcher(line).lookingAt() || label(line)) {
            return true;
        }
        if (title(line) || first >= '0' && first <= '9' && DATED_ROW.matcher(line).lookingAt() || first == '|' || cellRow(line)
                || spacedRow(line)) {
            return true;
        }
        int prev = lineStart - 2;
        while (prev >= 0 && text.charAt(prev) == ' ') {
            prev--;
        }
        return prev >= 0 && (text.charAt(prev) == ':' || outdented(line, text, lineStart, prev));
    }

    /**
     * A line back at the margin, starting with a capital, under an indented line that does not break off mid-phrase: the
     * indented list is over ("  Response to last injection: *** % x *** weeks" over "Pt states today the June injection ...").
     */
    private static boolean outdented(String line, String text, int lineStart, int prevEnd) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0)) || lineStart < 3 || text.charAt(lineStart - 2) == '\r') {
            return false;
        }
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (prevStart + 1 >= lineStart - 1 || text.charAt(prevStart) != ' ' || text.charAt(prevStart + 1) != ' ') {
            return false;
        }
        char last = text.charAt(prevEnd);
        if (!Character.isLetterOrDigit(last) && last != '.' && last != ')' && last != '*' && last != '"') {
            return false;
        }
        int wordStart = prevEnd;
        while (wordStart > prevStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return !CONTINUING_WORDS.contains(text.substring(wordStart, prevEnd + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Words a wrapped line breaks off after: the phrase goes on on the next line. */
    private static final java.util.Set<String> CONTINUING_WORDS = java.util.Set.of("and", "or", "with", "of", "to", "the", "a", "an", "in",
            "at", "for", "by", "from", "on", "as", "than", "but", "without", "into", "per", "s/p");

    // The line grammars all start with "^" (no MULTILINE), so find() could only match at the line's
    // start: lookingAt() tries there alone instead of failing at every other position.

    // Cheap necessary conditions tried before each line grammar; most lines fail them, so the
    // grammars run only where they could match (same results: every match meets its condition).

    /**
     * A row of a borderless pipe table: a cell, a separator with space before it, and more ("Prior lumbar surgery
     * | No", "Tobacco smoking status | Former smoker | 2026-09-22"). Each row is its own sentence, so one row's
     * answer never reaches the next row's question.
     */
    /**
     * A row of a table whose columns are spaced apart and whose date stands after an id of four characters or more (not a
     * flowsheet's visit number):
     * "26A0428301190  04/28/2026  11   Physical Therapist / Nakamura J 97161     GP  1   M54.42". Each row is its own
     * sentence, so one row's date is never another's.
     */
    private static boolean spacedRow(String line) {
        if (line.length() < 30 || line.indexOf("  ") < 0) {
            return false;
        }
        Matcher m = SPACED_ROW.matcher(line);
        return m.lookingAt() && COLUMN_GAPS.matcher(line).results().count() >= 3;
    }

    private static final Pattern SPACED_ROW = Pattern.compile("^[ \\t]{0,8}\\S{4,24}(?:[ ]{2,}|\\t)" + ROW_DATE + "(?:[ ]{2,}|\\t)\\S");
    private static final Pattern COLUMN_GAPS = Pattern.compile("\\S(?:[ ]{2,}|\\t)(?=\\S)");

    private static boolean cellRow(String line) {
        int bar = line.indexOf(" |");
        return bar > 0 && firstNonBlank(line) != ' ' && line.indexOf('|') == bar + 1;
    }

    /** The first character that is not a space or tab, or a space when there is none. */
    private static char firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isItemMark(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '*' || c == '#' || c == '\u2022';
    }

    /** {@link #LABEL} starts with a capital and needs a colon. */
    private static boolean label(String line) {
        char first = firstNonBlank(line);
        return first >= 'A' && first <= 'Z' && line.indexOf(':') >= 0 && LABEL.matcher(line + " ").lookingAt();
    }

    /** {@link #ANSWER_LINE} starts with a capital and needs a colon. */
    private static boolean answerLine(String line) {
        char first = firstNonBlank(line);
        return first >= 'A' && first <= 'Z' && line.indexOf(':') >= 0 && ANSWER_LINE.matcher(line).matches();
    }

    /** {@link #FIELD_LINE} needs dot leaders, a box or two spaces before a capital. */
    private static boolean fieldLine(String line) {
        return (line.contains("...") || line.indexOf('[') >= 0 || line.contains("  ")) && FIELD_LINE.matcher(line).lookingAt();
    }

    /** {@link #TITLE} has no lower-case letter. */
    private static boolean title(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return TITLE.matcher(line).matches();
    }

    private void splitBlock(String text, int from, int to, String section, int[] paragraph, List<Sentence> out) {
        if (from >= to) {
            return;
        }
        String head = text.substring(from, Math.min(to, from + 20));
        Matcher item = ITEM.matcher(head);
        int start = isItemMark(firstNonBlank(head)) && item.lookingAt() ? from + item.end() : from;
        for (int i = start; i < to; i++) {
            if (i - start >= MAX_SENTENCE) {
                // A run-on past any real sentence: cut at its last space, so no sentence outgrows the bound.
                int cut = lastWhitespace(text, start, i);
                add(text, start, cut, section, paragraph[0], out);
                start = cut;
            }
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i, to)) {
                add(text, start, i + 1, section, paragraph[0], out);
                start = i + 1;
            } else if ((c == 'n' || c == 'p') && i > start) {
                int spoken = dictated(text, i, to);
                if (spoken > 0) {
                    // Voice recognition wrote the spoken mark out: "... positional relief. new paragraph Her MRI ..."
                    boolean newParagraph = c == 'n';
                    add(text, start, newParagraph ? i : i + spoken, section, paragraph[0], out);
                    paragraph[0] += newParagraph ? 1 : 0;
                    start = i + spoken;
                    i = start - 1;
                }
            }
        }
        add(text, start, to, section, paragraph[0], out);
    }

    /** The last whitespace in {@code (start, at]}, or {@code at} when there is none (one very long word). */
    private static int lastWhitespace(String text, int start, int at) {
        for (int k = at; k > start; k--) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return at;
    }

    /**
     * The length of a dictation mark written out at {@code at}: "new paragraph" (ends the sentence and
     * the paragraph), or "period" before a capital ("most nights period She describes"); 0 when none.
     */
    private static int dictated(String text, int at, int to) {
        if (!Character.isWhitespace(text.charAt(at - 1))) {
            return 0;
        }
        for (String mark : DICTATION_MARKS) {
            int end = at + mark.length();
            if (end <= to && text.startsWith(mark, at) && (end == to || Character.isWhitespace(text.charAt(end)))) {
                int k = end;
                while (k < to && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                return mark.equals("period") && k < to && !Character.isUpperCase(text.charAt(k)) ? 0 : mark.length();
            }
        }
        return 0;
    }

    private boolean endsSentence(String text, int dot, int to) {
        int next = dot + 1;
        if (next < to && !Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '"' && text.charAt(next) != ',') {
            return false;
        }
        if (next < to && text.charAt(next) == ',') {
            return false;
        }
        int k = next;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k < to) {
            char n = text.charAt(k);
            if (!(Character.isUpperCase(n) || Character.isDigit(n) || n == '(' || n == '"' || n == '-')) {
                return false;
            }
        }
        if (text.charAt(dot) == '?' && dot > 0 && (text.charAt(dot - 1) == ' ' || text.charAt(dot - 1) == ',') && k < to
                && text.indexOf('\n', next) != next) {
            return false; // "failed PT/NSAIDs, ? ESI": a question mark standing before a word queries it, it ends nothing
        }
        if (text.charAt(dot) == '.' && dot > 0 && (text.charAt(dot - 1) == 'Q' || text.charAt(dot - 1) == 'A')
                && lineStartBefore(text, dot - 1)) {
            return false; // a transcript's "Q." or "A." at the start of its line labels what follows
        }
        if (text.charAt(dot) == '?' && transcriptQuestion(text, dot, to)) {
            return false; // "Q.  Any fever since the accident? Weight loss? / A.  No." - a question and its answer
        }
        if (text.charAt(dot) == '?' && k < to && text.indexOf('\n', next) != next && answeredOnItsLine(text, next, k, to)) {
            return false; // "Fever? No." - an intake question and its answer are one statement
        }
        return text.charAt(dot) != '.' || !abbreviated(text, dot);
    }

    /** A questionnaire's answer right after its question mark, on the same line: "Yes", "No", "None", "Denies", "N". */
    private static final java.util.regex.Pattern ANSWER = java.util.regex.Pattern.compile(
            "(?:Yes|YES|No|NO|None|NONE|Denies|Denied|Negative|Neg|Positive|Y|N)(?![A-Za-z])");

    private static final java.util.regex.Pattern TRANSCRIPT_Q = java.util.regex.Pattern.compile("[ \\t]{0,8}Q[.:][ \\t]");
    private static final java.util.regex.Pattern TRANSCRIPT_A = java.util.regex.Pattern.compile("[ \\t]{0,8}A[.:][ \\t]");
    /** How many lines a transcript's question may wrap over. */
    private static final int QUESTION_LINES = 3;

    /**
     * A question mark in a transcript's question ("Q." at the start of its line or of one of the two lines before),
     * whose question is answered on the next line that starts "A.": the question and its answer are one statement.
     */
    private static boolean transcriptQuestion(String text, int dot, int to) {
        int line = text.lastIndexOf('\n', dot) + 1;
        boolean question = false;
        for (int back = 0, l = line; back < QUESTION_LINES; back++) {
            if (TRANSCRIPT_Q.matcher(text).region(l, to).lookingAt()) {
                question = true;
                break;
            }
            if (l == 0) {
                break;
            }
            l = text.lastIndexOf('\n', l - 2) + 1;
        }
        if (!question) {
            return false;
        }
        int end = text.indexOf('\n', dot);
        for (int n = 0; n < QUESTION_LINES && end >= 0 && end + 1 < to; n++) {
            int next = end + 1;
            if (TRANSCRIPT_A.matcher(text).region(next, to).lookingAt()) {
                return true;
            }
            if (TRANSCRIPT_Q.matcher(text).region(next, to).lookingAt()) {
                return false;
            }
            end = text.indexOf('\n', next);
        }
        return false;
    }

    /** Whether only blanks stand between the line's start and {@code at}. */
    private static boolean lineStartBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean answeredOnItsLine(String text, int next, int k, int to) {
        for (int i = next; i < k; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        return ANSWER.matcher(text).region(k, to).lookingAt();
    }

    private boolean abbreviated(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String token = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (token.isEmpty()) {
            return false;
        }
        if (token.equals("no") && !numberFollows(text, dot)) {
            return false; // "No." ends an answer ("Fever? No. (Mother had ...)"); "No. 5" is a number
        }
        if (ABBREVIATIONS.contains(token) || token.contains(".")) {
            return true;
        }
        // A lone capital before the period is an initial ("Dr. L."), not the end of a sentence.
        return token.length() == 1 && Character.isUpperCase(text.charAt(b)) && b > 0 && text.charAt(b - 1) == ' '
                && b > 1 && text.charAt(b - 2) == '.';
    }

    private static boolean numberFollows(String text, int dot) {
        int k = dot + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    private void add(String text, int from, int to, String section, int paragraph, List<Sentence> out) {
        Sentence s = new Sentence(text, from, to, section, paragraph, work);
        if (hasLetterOrDigit(s.text())) {
            out.add(s);
        }
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
