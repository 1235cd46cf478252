package dev.necessity.extract.imaging;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the side of a finding: left, right or bilateral ("both", "right greater than left"). */
public final class Sides {

    /** The clinician's short forms before a word: "R L5 nerve root", "L foramen", "rt lateral recess", "bilat". */
    private static final String SHORT = "(?-i:R|L|Rt|Lt|RT|LT|rt|lt)(?= [A-Za-z])|bilat(?![A-Za-z])";
    public static final String WORD = "(?:right|left|bilateral|bilaterally|both|right-sided|left-sided|"
            + "right greater than left|left greater than right|" + SHORT + ")";
    private static final Pattern ANY = Pattern.compile(
            "(?i)\\b(right greater than left|left greater than right|bilateral(?:ly)?|both|right|left|"
            + "(?-i:R|L|Rt|Lt|RT|LT|rt|lt)(?=\\s|$)|bilat(?![A-Za-z]))\\b");
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^,? ?(?:(bilaterally)|on (?:the )?(right|left|both sides)(?: side)?|(right|left)(?:-sided| sided)\\b|, (right|left) (?:greater|more) than (?:right|left))");

    private Sides() {
    }

    /** The first side word in {@code text}, or null. */
    public static String in(String text) {
        Matcher m = ANY.matcher(text);
        return m.find() ? canonical(m.group(1)) : null;
    }

    /**
     * A side written just before a phrase, naming it: "Left S1 radicular pain", "R leg pain", "right-sided sciatica",
     * "left buttock and leg pain"; at most two words (a root, a region, a first body part) between.
     */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:^|[^\\w-])(right|left|bilateral|(?-i:R|L|Rt|Lt|RT|LT|rt|lt))(?:[- ]sided)?[ -]"
            + "(?:(?:[CLS]\\d(?:-[CLS]?\\d)?|lumbar|lumbosacral|lower|low|leg|buttock|hip|thigh|posterior|lateral)(?: and)? ){0,2}$");
    private static final int BEFORE_REACH = 40;

    /** The side written just before {@code at} in {@code text} ({@link #BEFORE}), or null. */
    public static String before(String text, int at) {
        Matcher m = BEFORE.matcher(text).region(Math.max(0, at - BEFORE_REACH), at);
        return m.find() ? canonical(m.group(1)) : null;
    }

    /** A side stated right after a phrase ("... narrowing bilaterally", "... on the left"). */
    public static String after(String text) {
        return after(text, 0);
    }

    /**
     * A side stated at {@code from} in {@code text}. Same as {@code after(text.substring(from))}
     * without copying the rest of the sentence, which made long sentences quadratic: the pattern
     * is anchored, so a region match at its start is the same match.
     */
    public static String after(String text, int from) {
        Matcher m = AFTER.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).startsWith(",") ? null : canonical(m.group(g));
            }
        }
        return null;
    }

    public static String canonical(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("bilat") || w.startsWith("both") || w.contains("greater") || w.contains("more than")) {
            return "bilateral";
        }
        return w.startsWith("r") ? "right" : w.startsWith("l") ? "left" : null;
    }
}
