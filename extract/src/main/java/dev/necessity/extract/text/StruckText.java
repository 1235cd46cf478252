package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text struck through, as plain text renders it: an amended note keeps what it withdrew for audit between markers
 * ("Tobacco: [struck]Never smoker.[/struck] CORRECTION (v2): ...", "HPI: ... arm pain for [struck]6 months[/struck]
 * 6 weeks", "<del>breast cancer 2019</del>"). What lies between them documents nothing: a sentence reads as if it were
 * blank ({@link Sentence}), and a finding that starts inside one is withdrawn ({@code RetractedStatements}).
 */
public final class StruckText {
    private static final String[][] MARKERS = {{"[struck]", "[/struck]"}, {"[strike]", "[/strike]"},
            {"[strikethrough]", "[/strikethrough]"}, {"[deleted]", "[/deleted]"}, {"<s>", "</s>"}, {"<strike>", "</strike>"},
            {"<del>", "</del>"}};
    /** Any opening marker, looked for with one scan before a document's pairs are. */
    private static final Pattern ANY_OPENING = Pattern.compile("(?i)\\[(?:struck|strike|strikethrough|deleted)\\]|<(?:s|strike|del)>");
    /** How far a struck passage may run before its closing marker: a withdrawn line or paragraph, not a document. */
    public static final int REACH = 2_000;

    private StruckText() {
    }

    /** The index of the marker pair whose opening marker starts at {@code at}, or -1. */
    static int openingAt(CharSequence text, int at) {
        return markerAt(text, at, 0);
    }

    /** The index of the marker pair whose closing marker starts at {@code at}, or -1. */
    static int closingAt(CharSequence text, int at) {
        return markerAt(text, at, 1);
    }

    static String closing(int pair) {
        return MARKERS[pair][1];
    }

    private static int markerAt(CharSequence text, int at, int which) {
        char c = text.charAt(at);
        if (c != '[' && c != '<') {
            return -1;
        }
        for (int p = 0; p < MARKERS.length; p++) {
            String m = MARKERS[p][which];
            if (at + m.length() <= text.length() && regionMatches(text, at, m)) {
                return p;
            }
        }
        return -1;
    }

    /** Where the closing marker of {@code pair} starts in {@code [from, limit)}, case-insensitively, or -1. */
    static int closeFrom(CharSequence text, int from, int limit, int pair) {
        String close = MARKERS[pair][1];
        for (int i = from; i + close.length() <= limit; i++) {
            if (text.charAt(i) == close.charAt(0) && regionMatches(text, i, close)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence text, int at, String marker) {
        for (int k = 0; k < marker.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The passages of {@code text} between an opening marker and its closing one within {@link #REACH} characters, as
     * {@code [from, to)} pairs; an opening marker with no close in reach withdraws nothing.
     */
    public static List<int[]> passages(String text) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf('[') < 0 && text.indexOf('<') < 0) {
            return out;
        }
        Matcher open = ANY_OPENING.matcher(text);
        int at = 0;
        while (open.find(at)) {
            int pair = openingAt(text, open.start());
            int from = open.end();
            int close = closeFrom(text, from, Math.min(text.length(), from + REACH + MARKERS[pair][1].length()), pair);
            if (close >= 0) {
                out.add(new int[] {from, close});
                at = close + MARKERS[pair][1].length();
            } else {
                at = from;
            }
        }
        return out;
    }
}
