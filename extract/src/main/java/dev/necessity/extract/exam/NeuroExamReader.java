package dev.necessity.extract.exam;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rest of the neurological examination, one finding per test and sentence: reflexes
 * ("Reflexes 2+ and symmetric at the knees and ankles"), straight-leg raise (result, side,
 * angle), sensation, Hoffmann, gait, saddle sensation and rectal tone. Results are read from the
 * words near the test name; a negated abnormal word ("No antalgic gait") reads as normal. A side
 * written just before the test ("left ankle jerk absent, right 2+") is its side.
 */
public final class NeuroExamReader implements FindingReader {

    private record Test(String kind, Pattern anchor, Pattern result) {
    }

    /** Result words of a gait examination that read normal. */
    private static final Pattern GAIT_NORMAL = Pattern.compile("normal|normal-based|steady|unremarkable|appropriate|non-?antalgic|intact");
    /** Result words of a rectal tone examination that read normal. */
    private static final Pattern TONE_NORMAL = Pattern.compile("normal|intact|good");
    /** Result words of a rectal tone examination that read absent. */
    private static final Pattern TONE_ABSENT = Pattern.compile("absent|no");
    /** Result words of a reflex examination that read absent. */
    private static final Pattern REFLEX_ABSENT = Pattern.compile("absent|areflexic|not elicited|unable to elicit|cannot elicit|can't elicit");
    /** Result words of a reflex examination that read decreased. */
    private static final Pattern REFLEX_DECREASED = Pattern.compile("diminished|decreased|hypoactive|hyporeflexic|trace|reduced");
    /** Result words of a reflex examination that read increased. */
    private static final Pattern REFLEX_INCREASED = Pattern.compile("hyperactive|hyperreflexic|brisk|increased");
    /** Result words of a sensory examination that read normal. */
    private static final Pattern SENSATION_NORMAL = Pattern.compile("grossly intact|intact|normal|no deficits?");
    /** Result words of a sensory examination that read absent. */
    private static final Pattern SENSATION_ABSENT = Pattern.compile("absent|loss|lost");
    /** Result words of a sensory examination that read abnormal. */
    private static final Pattern SENSATION_ABNORMAL = Pattern.compile("abnormal|altered");
    private static final Pattern REFLEX_RESULT = Pattern.compile("(?i)(?<![\\w/+-])([0-4])(?: ?\\+| plus)?(?: ?/ ?(?:[0-4]\\+?|trace))?(?![\\d/])"
            + "|\\b(symmetric(?:al)?|normal|intact|absent|diminished|decreased|hypoactive|hyporeflexic|hyperactive|hyperreflexic|brisk|trace|"
            + "areflexic|not elicited|unable to elicit|cannot elicit|can't elicit|reduced|present|increased)\\b");
    private static final Pattern POLARITY = Pattern.compile("(?i)\\b(positive|negative|normal|present|absent|equivocal|questionable|"
            + "indeterminate|borderline)\\b|(?<=\\s)([+-])(?=\\s|$)");
    private static final Pattern CROSSED = Pattern.compile("(?i)\\b(?:crossed|cross|contralateral|well[- ]leg)[ -]$");
    /** Words saying a test was not done, which no result word after them can turn into a result. */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:deferred|not (?:performed|done|tested|assessed|attempted)|unable|declined)\\b");
    /** Result words of a sign that say it may be positive: "SLR equivocal" is a hedged positive, not a negative. */
    private static final Pattern EQUIVOCAL = Pattern.compile("equivocal|questionable|indeterminate|borderline");
    private static final Pattern SENSATION_RESULT = Pattern.compile("(?i)\\b(grossly intact|intact|normal|decreased|diminished|reduced|"
            + "hypesthesia|hypoesthesia|impaired|absent|loss|lost|abnormal|altered|no deficits?|numb)\\b");
    private static final Pattern GAIT_RESULT = Pattern.compile("(?i)\\b(normal|normal-based|steady|unremarkable|appropriate|non-?antalgic|intact|"
            + "antalgic|wide-based|broad-based|ataxic|spastic|unsteady|shuffling|abnormal|slow|stooped|trendelenburg|waddling|myelopathic|limp\\w*)\\b");
    private static final Pattern TONE_RESULT = Pattern.compile("(?i)\\b(normal|intact|good|decreased|poor|diminished|lax|reduced|absent|no)\\b");

    private static final List<Test> TESTS = List.of(
            new Test("reflex", Pattern.compile("(?i)\\b(?:deep tendon reflexes|DTRs?|reflexes|reflex|jerks?)\\b"), REFLEX_RESULT),
            new Test("straight_leg_raise", Pattern.compile("(?i)\\b(?:straight[- ]leg[- ]rais(?:e|ing)(?: tests?| testing| signs?)?|SLR|"
                    + "Lasegue'?s?(?: sign)?)\\b"), POLARITY),
            new Test("saddle_sensation", Pattern.compile("(?i)\\b(?:saddle|perianal|perineal|perirectal) (?:sensation|sensory)\\b"), SENSATION_RESULT),
            new Test("sensation", Pattern.compile("(?i)(?<!saddle |perianal |perineal |perirectal )\\b(?:sensation|sensory(?: exam(?:ination)?| testing)?|"
                    + "light touch)\\b"), SENSATION_RESULT),
            new Test("hoffmann", Pattern.compile("(?i)\\bHoff?mann?'?s?(?: signs?| reflex| tests?)?"), POLARITY),
            new Test("gait", Pattern.compile("(?i)\\bgait\\b"), GAIT_RESULT),
            new Test("rectal_tone", Pattern.compile("(?i)\\b(?:rectal tone|sphincter tone|rectal exam)\\b"), TONE_RESULT));
    private static final Pattern MUSCLE = Pattern.compile("(?i)\\b(knees?|patellar?e?|ankles?|achilles|biceps|triceps|brachioradialis|"
            + "quadriceps|S1|L4|hamstrings?)\\b");
    private static final Pattern ANGLE = Pattern.compile("(?i)\\b(?:at )?(?:about |approximately )?(\\d{2})(?: ?degrees| ?°| (?=[.,;]|$))");
    /** The side and muscle written just before a test ("Left ankle jerk", "right-sided SLR"): they name the test, not the next clause's. */
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\b(?:right|left|bilateral|both)(?:[ -]sided)? (?:(?:knees?|patellar?|"
            + "ankles?|achilles|biceps|triceps|brachioradialis|quadriceps|hamstrings?|seated|supine|sitting|leg) ){0,2}$");
    private static final Pattern CLAUSE_STOP = Pattern.compile("[;.]|\\bbut\\b|\\bexcept\\b");
    private static final int AFTER = 50;
    private static final int BEFORE = 25;

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.EXAM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || s.inSection("GOAL")) {
                continue;
            }
            for (Test test : TESTS) {
                Matcher a = s.matcher(test.anchor());
                if (a.find()) {
                    FindingDraft d = examine(reading, s, test, a);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private FindingDraft examine(DocumentReading reading, Sentence s, Test test, Matcher a) {
        String text = s.text();
        int afterEnd = clauseEnd(text, a.end());
        Matcher r = test.result().matcher(text).region(a.end(), afterEnd);
        int comma = text.indexOf(',', a.end());
        if (comma >= 0 && comma < afterEnd && r.find() && r.start() > comma) {
            // Only a result read past a comma can be the next test's: look for that test only then.
            afterEnd = nextTestInList(text, test, comma, afterEnd);
            r = test.result().matcher(text).region(a.end(), afterEnd);
        } else {
            r.reset();
            r.region(a.end(), afterEnd);
        }
        int from = a.start();
        int to = a.end();
        String word = null;
        if (r.find()) {
            if (NOT_DONE.matcher(text).region(a.end(), r.start()).find()) {
                // "SLR: deferred - pt unable to lie supine": a dash after a test not done is no result.
                return null;
            }
            word = r.group().trim();
            to = r.end();
        } else {
            int b = Math.max(clauseStart(text, a.start()), a.start() - BEFORE);
            Matcher before = test.result().matcher(text).region(b, a.start());
            // The first word read before the test is the mildest of a range ("decreased to no rectal tone").
            if (before.find()) {
                word = before.group().trim();
                from = before.start();
            }
        }
        Modifiers mods = reading.modifiers(s, a.start(), a.end());
        String result = result(test.kind(), word, mods.negated());
        if (result == null) {
            return null;
        }
        // A hedge between the test and its result hedges the result: "Sensation: pinprick perhaps slightly reduced".
        boolean uncertain = mods.uncertain() || word != null && EQUIVOCAL.matcher(word.toLowerCase(Locale.ROOT)).matches();
        if (!uncertain && word != null && to > a.end()) {
            uncertain = reading.modifiers(s, to - word.length(), to).uncertain();
        }
        Matcher lead = SIDE_BEFORE.matcher(text).region(Math.max(clauseStart(text, a.start()), a.start() - 40), a.start());
        if (lead.find()) {
            from = Math.min(from, lead.start());
        }
        String window = text.substring(from, Math.min(text.length(), Math.max(to, Math.min(afterEnd, to + 25))));
        // A crossed straight-leg raise is a sign of the other leg's pain: it is given no side rather than the leg raised.
        String side = test.kind().equals("straight_leg_raise") && CROSSED.matcher(text).region(Math.max(0, a.start() - 16), a.start()).find()
                ? null : Sides.in(window);
        FindingDraft d = reading.draft(FindingTypes.EXAM, s, from, to)
                .modifiers(new Modifiers(false, uncertain, mods.historical(), -1))
                .attr("kind", test.kind()).attr("result", result).attr("side", side);
        if (test.kind().equals("reflex")) {
            Matcher muscle = MUSCLE.matcher(window);
            d.attr("muscle", muscle.find() ? muscle.group(1).toLowerCase(Locale.ROOT) : null);
            d.attr("grade", word != null && Character.isDigit(word.charAt(0)) ? word : null);
        }
        if (test.kind().equals("straight_leg_raise")) {
            Matcher angle = ANGLE.matcher(text).region(a.end(), afterEnd);
            if (angle.find()) {
                d.attr("angleDeg", Double.parseDouble(angle.group(1))).cover(angle.start(), angle.end());
            }
        }
        return d;
    }

    private static String result(String kind, String word, boolean negated) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "reflex" -> reflex(w);
            case "straight_leg_raise", "hoffmann" -> w.equals("positive") || w.equals("present") || w.equals("+")
                    || EQUIVOCAL.matcher(w).matches() ? "positive"
                    : w.isEmpty() ? null : "negative";
            case "gait" -> w.isEmpty() ? null
                    : GAIT_NORMAL.matcher(w).matches() || negated ? "normal" : "abnormal";
            case "rectal_tone" -> w.isEmpty() ? null : TONE_NORMAL.matcher(w).matches() ? "normal" : TONE_ABSENT.matcher(w).matches() ? "absent" : "decreased";
            default -> sensation(w, negated);
        };
    }

    private static String reflex(String w) {
        if (w.isEmpty()) {
            return null;
        }
        char c = w.charAt(0);
        if (Character.isDigit(c)) {
            return c == '0' ? "absent" : c == '1' ? "decreased" : c == '2' ? "normal" : "increased";
        }
        if (REFLEX_ABSENT.matcher(w).matches()) {
            return "absent";
        }
        if (REFLEX_DECREASED.matcher(w).matches()) {
            return "decreased";
        }
        return REFLEX_INCREASED.matcher(w).matches() ? "increased" : "normal";
    }

    private static String sensation(String w, boolean negated) {
        if (w.isEmpty()) {
            return negated ? "absent" : null;
        }
        if (SENSATION_NORMAL.matcher(w).matches()) {
            return "normal";
        }
        if (SENSATION_ABSENT.matcher(w).matches()) {
            return negated ? "normal" : "absent";
        }
        if (SENSATION_ABNORMAL.matcher(w).matches()) {
            return "abnormal";
        }
        return negated ? "normal" : "decreased";
    }

    private static int clauseEnd(String text, int from) {
        Matcher stop = CLAUSE_STOP.matcher(text).region(from, Math.min(text.length(), from + AFTER));
        return stop.find() ? stop.start() : Math.min(text.length(), from + AFTER);
    }

    /**
     * Where a list of tests moves on to the next one: "SLR equivocal, reflexes symmetric, strength normal" gives the
     * straight-leg raise no result from the reflexes' words. Only another test after a comma ends it, so "straight leg
     * raise and reflexes normal" still reads both, and "Sensation to light touch intact" is one test.
     */
    private static int nextTestInList(String text, Test test, int comma, int end) {
        int cut = end;
        for (Test other : TESTS) {
            if (other != test) {
                Matcher m = other.anchor().matcher(text).region(comma, cut);
                if (m.find()) {
                    cut = m.start();
                }
            }
        }
        return cut;
    }

    private static int clauseStart(String text, int at) {
        int b = at;
        while (b > 0 && text.charAt(b - 1) != ';' && text.charAt(b - 1) != '.' && text.charAt(b - 1) != ',') {
            b--;
        }
        return b;
    }
}
