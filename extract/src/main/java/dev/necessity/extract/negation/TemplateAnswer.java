package dev.necessity.extract.negation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templated questionnaire answers, read in the sentence's normalized text (whitespace runs are one
 * space). The concept is the label and the answer comes after it, where no ConText trigger can
 * reach back to it:
 * <ul>
 * <li>after a colon: "History of cancer: No", "Fever or chills: none", "Saddle anesthesia: negative",
 * at the end of the sentence (or just before the next "Label:" when lines run together);</li>
 * <li>after dot leaders: "Saddle anesthesia ........ No", "Cancer history ..... denies";</li>
 * <li>after a question mark or a spaced dash, as intake questionnaires and terse reviews of systems write it:
 * "Fever? No.", "Loss of bladder or bowel control / numbness in groin? No.", "Fever/chills - no";</li>
 * <li>after the label's own spacing, as a form's capitalised value closing its line: "Bowel or
 * bladder incontinence/retention No" (written with two spaces or a tab);</li>
 * <li>a Yes/No grid: "Radicular symptoms: [ ] Yes [x] No", "Saddle anesthesia [ ] Yes [x] No";</li>
 * <li>a two-column table's answer cell: "Radiating leg pain / radicular signs | No".</li>
 * </ul>
 * A value may carry a remark: "No (dental clearance 06/2026)", "No - "about the same"". A form item
 * that is not ticked ("[ ] Saddle anesthesia", "Constitutional [ ] fever [ ] weight loss") and a
 * grid left blank ("Diabetes: [ ] Yes [ ] No") state nothing: {@link #unticked}.
 */
final class TemplateAnswer {

    private static final String DENIAL = "(?:no|none|negative|neg|denies|denied|absent|not present|nil|(?:strongly )?disagree|n)";
    /** The answer after a colon or dot leaders: any case. */
    private static final Pattern DENIED_AFTER_MARK = Pattern.compile("(?i)^(?:[^:.;?\\n\\[\\]]|(?<=\\d)\\.(?=\\d)){0,45}?(?:[ \\t]*:[ \\t]*(?:\\.{2,}[ \\t]*)?|[ \\t]*\\.{2,}[ \\t]*:?[ \\t]*"
            + "|[ \\t]*\\?[ \\t]*(?:\\.{2,}[ \\t]*:?[ \\t]*)?|[ \\t]+[-\\u2013\\u2014][ \\t]+)"
            // The answer as said, in quotation marks: a call log's 'Bowel/bladder symptoms or saddle numbness: "no."'.
            + "[\"\\u201C]?(" + DENIAL + ")(?:[ \\t]*/[ \\t]*" + DENIAL + ")*\\.?(?:(?<=[\"\\u201C]\\w{1,12}\\.?)[\"\\u201D]\\.?)?(?:[ \\t]*(?:\\n|$|(?=(?-i:[A-Z])[^:.;\\n]{0,40}:)|[ \\t]*[-\\u2013(,;][^\\n]{0,80}$)|[ \\t]+(?=(?-i:[A-Z])))");
    /** The answer after the label's spacing alone: a capitalised value ending the line. */
    private static final Pattern DENIED_AFTER_SPACE = Pattern.compile("^[^:.;\\n\\[\\]]{0,45}? (No|NO|None|NONE|Negative|Denies|Denied|Absent)\\.?$");
    /**
     * The answer right after a screening row whose label ran too long for its dot leader, the column's spacing collapsed
     * as a sentence reads it: "Fever / chills / night sweats  denies" among "Saddle anesthesia ............ denies". The
     * label's other items (split by slashes) may stand between; the next row's capitalised label, or the end, follows.
     */
    private static final Pattern DENIED_IN_COLUMN = Pattern.compile("(?i)^(?: ?/ ?[a-z][a-z -]{0,24}?){0,5} (denies|denied|none|neg|negative|absent)"
            + "(?=$| (?-i:[A-Z]))");
    /** A cell of a one-line review of systems: "Saddle numbness N | Bladder/bowel change N | Falls N". */
    private static final Pattern DENIED_IN_CELL = Pattern.compile("^[^:.;\\n\\[\\]|]{0,45}?[ \\t]+(N|No|NO|Neg|neg|None|none)[ \\t]*(?:\\||$)");
    /** A two-column table's row, question then answer: "Radiating leg pain / radicular signs | No". */
    private static final Pattern DENIED_AFTER_PIPE = Pattern.compile("(?i)^[^:.;?\\n\\[\\]|]{0,60}?[ \\t]*\\|[ \\t]*(no|none|negative|neg|denies|denied|absent|n)\\b"
            + "[ \\t]*(?:\\||$|[-\\u2013(,])");
    /**
     * The rest of a Yes/No grid's item after the concept: up to 90 characters of one line, where a full stop may only
     * abbreviate ("IV drug use or immunosuppression (incl. steroids > 3 months) ..... [ ] YES [X] NO", "Fever > 38 C with
     * back pain / recent serious infection .......... [ ] YES [X] NO"), never end a sentence or start the leaders.
     */
    private static final String GRID_ITEM = "(?:[^:.;\\n\\[\\]]|\\.(?-i:(?= ?[a-z]))){0,90}?";
    /** A Yes/No grid with No ticked. */
    private static final Pattern GRID_NO = Pattern.compile("(?i)^" + GRID_ITEM + "[ \\t]*:?[ \\t]*(?:\\.{2,}[ \\t]*)?(?:\\[ ?\\][ \\t]*(?:yes|y)[ \\t]*\\[[x\\u2713\\u2714] ?\\][ \\t]*(no|n)"
            + "|\\[[x\\u2713\\u2714] ?\\][ \\t]*(no|n)[ \\t]*\\[ ?\\][ \\t]*(?:yes|y))\\b");
    /** A Yes/No grid with neither box ticked. */
    private static final Pattern GRID_BLANK = Pattern.compile("(?i)^" + GRID_ITEM + "[ \\t]*:?[ \\t]*(?:\\.{2,}[ \\t]*)?\\[ ?\\][ \\t]*(?:yes|y)[ \\t]*\\[ ?\\][ \\t]*(?:no|n)\\b");
    /** A transcript's question, at the start of its statement: "Q.  Any fever since the accident? Weight loss?". */
    private static final Pattern QUESTION_START = Pattern.compile("^\\s{0,8}Q[.:]\\s");
    /** The answer after the question's last mark, a denial: "? A.  No." */
    private static final Pattern DENYING_ANSWER = Pattern.compile("(?i)\\?\\s+A[.:]\\s+(no|nope|never|none|negative|denies|not that I know of)\\b");

    /**
     * Where the answer denying a concept asked about in a transcript's question ends, when the question and its answer
     * are one statement ("Q. Any fever since the accident? Weight loss? A. No.", which the sentence splitter keeps
     * together): every concept the question asks about is denied; -1 otherwise.
     */
    static int deniedByAnswer(String text, int to) {
        if (to > text.length() || !QUESTION_START.matcher(text).lookingAt()) {
            return -1;
        }
        Matcher answer = DENYING_ANSWER.matcher(text).region(to, text.length());
        return answer.find() ? answer.end(1) : -1;
    }

    /** Whether a box opens on the rest of the line from {@code to}: a grid's answer is on its item's line. */
    private static boolean boxOnLine(String text, int to) {
        int box = text.indexOf('[', to);
        if (box < 0) {
            return false;
        }
        int nl = text.indexOf('\n', to);
        return nl < 0 || box < nl;
    }

    /** A checkbox: group 1 holds the tick, empty for an unticked box. */
    private static final Pattern BOX = Pattern.compile("\\[( ?|[xX\\u2713\\u2714] ?)\\]");

    private TemplateAnswer() {
    }

    /**
     * Where the answer denying the concept ending at {@code to} ends ("No", "[x] No"), or -1 when
     * the text after it is not such an answer.
     */
    static int deniedAfter(String text, int to) {
        if (to > text.length()) {
            return -1;
        }
        int close = closingParenthesis(text, to);
        if (close > 0) {
            // An item of the label's parenthesised list: "Red flags (ca hx, fever/infection, trauma, CES sx)? ..... No".
            int answered = deniedAfter(text, close + 1);
            if (answered > 0) {
                return answered;
            }
        }
        // Cheap necessary conditions first: most sentences have no colon, leader, box or closing "No".
        boolean mark = text.indexOf(':', to) >= 0 || text.indexOf("..", to) >= 0 || text.indexOf('?', to) >= 0
                || text.indexOf(" - ", to) >= 0 || text.indexOf(" \u2013 ", to) >= 0 || text.indexOf(" \u2014 ", to) >= 0;
        boolean box = boxOnLine(text, to);
        if (mark) {
            Matcher m = DENIED_AFTER_MARK.matcher(text).region(to, text.length());
            if (m.find()) {
                return m.end(1);
            }
        }
        if (box) {
            Matcher m = GRID_NO.matcher(text).region(to, text.length());
            if (m.find()) {
                return m.end(1) >= 0 ? m.end(1) : m.end(2);
            }
        }
        if (text.indexOf('|', to) >= 0) {
            Matcher m = DENIED_IN_CELL.matcher(text).region(to, text.length());
            if (m.find()) {
                return m.end(1);
            }
            m = DENIED_AFTER_PIPE.matcher(text).region(to, text.length());
            if (m.find()) {
                return m.end(1);
            }
        }
        int answered = deniedByAnswer(text, to);
        if (answered >= 0) {
            return answered;
        }
        if (text.length() - to <= 60) {
            Matcher m = DENIED_AFTER_SPACE.matcher(text).region(to, text.length());
            if (m.find()) {
                return m.end(1);
            }
        }
        if (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '/')) {
            Matcher m = DENIED_IN_COLUMN.matcher(text).region(to, text.length());
            if (m.lookingAt()) {
                return m.end(1);
            }
        }
        return -1;
    }

    /**
     * The closing parenthesis of a list the concept ending at {@code to} is an item of: one opened before it and closed
     * within 80 characters, with no colon, full stop, question mark, semicolon or bracket between; -1 otherwise.
     */
    private static int closingParenthesis(String text, int to) {
        // The bounded scan forward first: most concepts have no closing parenthesis ahead, and then nothing is looked
        // for behind them (a scan back over the whole sentence for every concept would grow with its square).
        int close = -1;
        int limit = Math.min(text.length(), to + 80);
        for (int i = to; i < limit && close < 0; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                close = i;
            } else if (c == ':' || c == '.' || c == '?' || c == ';' || c == '[' || c == ']' || c == '(') {
                return -1;
            }
        }
        if (close < 0) {
            return -1;
        }
        for (int i = to - 1; i >= Math.max(0, to - 200); i--) {
            char c = text.charAt(i);
            if (c == '(') {
                return close;
            }
            if (c == ')') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the concept at {@code [from, to)} is the item of an unticked box ("[ ] Saddle
     * anesthesia") or the label of a Yes/No grid left blank.
     */
    static boolean unticked(String text, int from, int to) {
        if (text.indexOf('[') < 0) {
            return false;
        }
        if (to <= text.length() && boxOnLine(text, to) && GRID_BLANK.matcher(text).region(to, text.length()).find()) {
            return true;
        }
        // The last box before the concept, with only its item's words between them.
        int open = text.lastIndexOf('[', from);
        if (open < 0) {
            return false;
        }
        Matcher box = BOX.matcher(text).region(open, text.length());
        if (!box.lookingAt() || box.end() > from || !box.group(1).isBlank()) {
            return false;
        }
        String between = text.substring(box.end(), from);
        return between.length() <= 40 && between.indexOf(':') < 0 && between.indexOf(']') < 0;
    }
}
