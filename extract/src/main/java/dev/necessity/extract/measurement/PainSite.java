package dev.necessity.extract.measurement;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pain score applies: the body part named just before it ("Right arm pain 6/10", "knee
 * pain: 8/10", "rates the arm pain at 9/10", "Right arm pain 6/10 today (range 5-8/10)": the last
 * one named since the sentence's previous full stop) or, failing that, just after it ("7/10 arm pain").
 * One of arm, neck, back, leg, knee; null when the sentence names none near the score.
 */
public final class PainSite {

    private static final Pattern SITE = Pattern.compile("(?i)\\b(arms?|upper extremit(?:y|ies)|UE|RUE|LUE|shoulder|hand|"
            + "neck|cervical|back|lumbar|legs?|lower extremit(?:y|ies)|buttocks?|sciatic|knees?)\\b");
    private static final Pattern SITE_AFTER = Pattern.compile("(?i)^ ?(?:(?:left|right|bilateral|of|in the|in) ){0,2}"
            + "(arms?|upper extremit(?:y|ies)|neck|back|legs?|knees?)\\b");
    private static final int BEFORE = 45;
    private static final int AFTER = 16;

    private PainSite() {
    }

    /** The site of the score spanning {@code [start, end)} of {@code text}. */
    public static String of(String text, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        String before = text.substring(from, start);
        int stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
        if (stop >= 0) {
            before = before.substring(stop + 1);
        }
        Matcher m = SITE.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            Matcher after = SITE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + AFTER)));
            if (after.find()) {
                last = after.group(1);
            }
        }
        return last == null ? null : canonical(last);
    }

    /** The site a sentence names last ("... down the back of the arm ... into the thumb": arm); null when it names none. */
    public static String lastNamedIn(String text) {
        Matcher m = SITE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? null : canonical(last);
    }

    private static String canonical(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("arm") || w.startsWith("upper") || w.equals("ue") || w.equals("rue") || w.equals("lue")
                || w.equals("shoulder") || w.equals("hand")) {
            return "arm";
        }
        if (w.equals("neck") || w.equals("cervical")) {
            return "neck";
        }
        if (w.equals("back") || w.equals("lumbar")) {
            return "back";
        }
        if (w.startsWith("knee")) {
            return "knee";
        }
        return "leg";
    }
}
