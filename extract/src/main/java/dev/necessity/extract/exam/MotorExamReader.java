package dev.necessity.extract.exam;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Manual muscle testing: "Strength 5/5 in bilateral lower extremities", "EHL 4/5 on the left",
 * "Hip strength 4+/5 bilaterally", "5 out of 5", and the right/left pairs of neurology notes
 * ("Tibialis Anterior 2/2-" is right 2, left 2-). Grade is kept as written; strength is the
 * number, a "+" or "-" moving it a quarter grade. Strength of 3/5 or less is also a
 * {@code severe_motor_deficit} red flag.
 */
public final class MotorExamReader implements FindingReader {

    static final String MUSCLE = "(?:EHL|extensor hallucis longus|great toe extens\\w*|toe extens\\w*|toe flex\\w*|tibialis anterior|"
            + "anterior tibialis|tibialis posterior|gastrocnemius|gastroc\\w*|(?:foot |ankle )?plantar ?flex\\w*|(?:foot |ankle )?dorsiflex\\w*|"
            + "ankle extensors|ankle flex\\w*|hip flex\\w*|hip extens\\w*|hip abduct\\w*|hip adduct\\w*|hip (?:internal and external |internal |external )"
            + "rotation|iliopsoas|psoas|quadriceps|quads|hamstrings?|knee extens\\w*|knee flex\\w*|peroneals?|peronei|deltoids?|biceps|triceps|"
            + "wrist extens\\w*|wrist flex\\w*|grip|finger flex\\w*|finger extens\\w*|intrinsics?|interossei|lower extremit(?:y|ies)|"
            + "upper extremit(?:y|ies)|BLE|BUE|hips?|knees?|ankles?|elbow flex\\w*|elbow extens\\w*|shoulder abduct\\w*|gluteus medius)";
    /** Every character of a strength token but the grade digits 0 to 5. */
    private static final Pattern NOT_A_GRADE_DIGIT = Pattern.compile("[^0-5]");
    private static final Pattern GRADE = Pattern.compile("(?<![\\d/.:])([+-]?[0-5][+-]?) ?/ ?([0-5][+-]?)(?![\\d/])|\\b([0-5]) out of 5\\b");
    private static final Pattern MUSCLE_WORD = Pattern.compile("(?i)\\b" + MUSCLE + "\\b");
    private static final Pattern STRENGTH_WORD = Pattern.compile("(?i)\\b(?:motor strength|muscle strength|strength|motor|power)\\b");
    private static final Pattern MOTOR_CONTEXT = Pattern.compile("(?i)\\b(?:strength|motor|muscle|MMT|power|flexors?|extensors?|"
            + "abductors?|adductors?|tibialis|peron\\w+|weakness)\\b");
    /**
     * Fractions of five that are no strength grade: reflexes, pain and scores, goals, and a count of tests found positive
     * ("SI provocation cluster 0/5", "Waddell signs 1/5", "Laslett criteria 3/5", "2/5 tests positive").
     */
    private static final Pattern NOT_MOTOR = Pattern.compile("(?i)\\breflex|\\bDTR|\\bjerk|\\bpain\\b|score|subscale|\\bVAS\\b|\\bgoal|\\bwill\\b"
            + "|\\bcluster|provocation|waddell|non-?organic|criteria\\b|\\btests? (?:were |are )?positive|\\bpositive tests?\\b");
    private static final Pattern SIDE_WORD = Pattern.compile("(?i)\\b(right|left|bilateral(?:ly)?|both)\\b");
    private static final Pattern GOAL = Pattern.compile("(?i)\\bwill\\b|\\bgoals?\\b|\\bto be\\b");
    private static final Pattern NORMAL = Pattern.compile("(?i)\\b(?:full|normal|intact) (?:motor )?strength\\b|\\bstrength (?:is |was )?"
            + "(?:full|normal|intact|symmetric)\\b|\\bmotor(?: exam(?:ination)?)?(?: is| was|:)? (?:full|normal|intact|grossly intact)\\b");
    private static final Pattern FULL_GRADE = Pattern.compile("(?i)\\b(?:full|normal)\\b|(?<!grossly )\\bintact\\b");
    private static final Pattern AFTER_MUSCLE = Pattern.compile("(?i)^(?: strength)?(?: (?:in|at|of|throughout)(?: the| all| both| bilateral)?)"
            + "(?: (?:bilateral|left|right))? (" + MUSCLE + ")\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.EXAM, FindingTypes.RED_FLAG);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            String text = s.text();
            if (s.finds(GOAL) || s.inSection("GOAL")) {
                continue;
            }
            Matcher g = s.matcher(GRADE);
            while (g.find()) {
                String segment = segmentBefore(text, g.start());
                if (NOT_MOTOR.matcher(segment + text.substring(g.end(), Math.min(text.length(), g.end() + 12))).find()) {
                    continue;
                }
                if (g.group(3) != null) {
                    grade(reading, s, g, g.group(3) + "/5", null, out);
                } else if (g.group(2).equals("5")) {
                    grade(reading, s, g, g.group(1), null, out);
                } else if (s.remember(MOTOR_CONTEXT, k -> k.finds(MOTOR_CONTEXT))) {
                    grade(reading, s, g, g.group(1), "right", out);
                    grade(reading, s, g, g.group(2), "left", out);
                }
            }
            Matcher n = s.matcher(NORMAL);
            if (n.find()) {
                out.add(normal(reading, s, n));
            }
        }
        return out;
    }

    /**
     * "Full strength in both lower extremities" is grade 5 on both sides; "symmetric" and "grossly
     * intact" say normal without a grade.
     */
    private FindingDraft normal(DocumentReading reading, Sentence s, Matcher n) {
        String text = s.text();
        int to = n.end();
        String side = Sides.after(text, n.end());
        Matcher am = AFTER_MUSCLE.matcher(text).region(n.end(), text.length());
        if (am.lookingAt()) {
            to = am.end();
            side = side != null ? side : Sides.in(text.substring(n.end(), to));
        }
        FindingDraft d = reading.draft(FindingTypes.EXAM, s, n.start(), to).withContextExceptNegation()
                .attr("kind", "motor").attr("result", "normal").attr("side", side);
        if (FULL_GRADE.matcher(n.group()).find()) {
            d.attr("strength", 5.0);
        }
        return d;
    }

    private void grade(DocumentReading reading, Sentence s, Matcher g, String value, String pairSide, List<FindingDraft> out) {
        String text = s.text();
        int segmentStart = g.start() - segmentBefore(text, g.start()).length();
        String segment = text.substring(segmentStart, g.start());
        int from = g.start();
        String muscle = null;
        Matcher mw = MUSCLE_WORD.matcher(segment);
        while (mw.find()) {
            muscle = mw.group();
            from = segmentStart + mw.start();
        }
        Matcher sw = STRENGTH_WORD.matcher(segment);
        if (muscle == null && sw.find()) {
            from = segmentStart + sw.start();
        }
        int to = g.end();
        // AFTER_MUSCLE and the side are anchored at the grade's end: matched in place, not in a copy of the rest of the sentence.
        Matcher am = AFTER_MUSCLE.matcher(text).region(g.end(), text.length());
        if (muscle == null && am.lookingAt()) {
            muscle = am.group(1);
            to = am.end();
        }
        String side = pairSide != null ? pairSide : side(s, segment, text, g.end());
        if (side == null && to > g.end()) {
            side = Sides.in(text.substring(g.end(), to));
        }
        double strength = strength(value);
        FindingDraft d = reading.draft(FindingTypes.EXAM, s, from, to).withContextExceptNegation().resolveLevels()
                .attr("kind", "motor").attr("muscle", muscle).attr("side", side).attr("grade", g.group().trim())
                .attr("strength", strength).attr("result", strength >= 5 ? "normal" : "decreased");
        out.add(d);
        if (strength <= 3.0) {
            out.add(reading.draft(FindingTypes.RED_FLAG, s, from, to).withContextExceptNegation()
                    .attr("kind", "severe_motor_deficit").attr("side", side));
        }
    }

    private String side(Sentence s, String segment, String text, int after) {
        String side = Sides.after(text, after);
        if (side != null) {
            return side;
        }
        Matcher m = SIDE_WORD.matcher(segment);
        while (m.find()) {
            side = Sides.canonical(m.group(1));
        }
        if (side == null && s.section() != null) {
            side = s.section().contains("RIGHT") ? "right" : s.section().contains("LEFT") ? "left" : null;
        }
        return side;
    }

    /** The clause before a grade, back to the previous comma, semicolon, colon or grade. */
    private static String segmentBefore(String text, int at) {
        int b = at;
        while (b > 0 && at - b < 60) {
            char c = text.charAt(b - 1);
            if (c == ',' || c == ';' || c == ':' || c == '.') {
                break;
            }
            b--;
        }
        return text.substring(b, at);
    }

    static double strength(String token) {
        String t = token.trim();
        String digits = NOT_A_GRADE_DIGIT.matcher(t).replaceAll("");
        int digit = digits.isEmpty() ? 0 : Character.getNumericValue(digits.charAt(0));
        double value = digit;
        if (t.contains("+")) {
            value += 0.25;
        } else if (t.contains("-")) {
            value -= 0.25;
        }
        return Math.max(0, Math.min(5, value));
    }
}
