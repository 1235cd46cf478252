package dev.necessity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spinal motion segment between two adjacent vertebrae, e.g. {@code L5-S1}.
 * Canonical form is {@code <region><n>-<region><n>}: {@code L4-L5}, {@code L5-S1}, {@code C5-C6}, {@code T12-L1}.
 * Vertebrae are numbered on one axis (C1..C7, T1..T12, L1..L5, S1) so ranges can be expanded.
 */
public record SpinalLevel(String upper, String lower) implements Comparable<SpinalLevel> {

    /** Whitespace inside a written level ("L 45"). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern VERTEBRA = Pattern.compile("([CTLS])(\\d{1,2})");
    private static final Pattern LEVEL = Pattern.compile(
            "(?i)^\\s*([CTLS])(\\d{1,2})\\s*(?:-|/|–|\\s)?\\s*([CTLS])?(\\d{1,2})\\s*$");

    public SpinalLevel {
        int u = ordinal(upper);
        int l = ordinal(lower);
        if (l != u + 1) {
            throw new IllegalArgumentException("not adjacent vertebrae: " + upper + "-" + lower);
        }
    }

    /** Parses {@code L4-L5}, {@code L4-5}, {@code L4/5}, {@code L45}, {@code L5-S1}, {@code l5s1}. */
    public static Optional<SpinalLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEVEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String region = m.group(1).toUpperCase(Locale.ROOT);
        String num = m.group(2);
        String lowerRegion = m.group(3) == null ? null : m.group(3).toUpperCase(Locale.ROOT);
        String lowerNum = m.group(4);
        if (lowerRegion == null && WHITESPACE.matcher(m.group(0)).replaceAll("").length() == 3 && num.length() == 2) {
            // "L45" was captured as L + 45 by the greedy group: split it.
            lowerNum = num.substring(1);
            num = num.substring(0, 1);
        }
        String upper = region + Integer.parseInt(num);
        String lower;
        if (lowerRegion != null) {
            lower = lowerRegion + Integer.parseInt(lowerNum);
        } else {
            // "L4-5": lower in the same region, unless it crosses into the next (e.g. "L5-1" is not used; "T12-1" is rare).
            lower = region + Integer.parseInt(lowerNum);
        }
        try {
            if (!isVertebra(upper) || !isVertebra(lower)) {
                return Optional.empty();
            }
            return Optional.of(new SpinalLevel(upper, lower));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static SpinalLevel of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a spinal level: " + text));
    }

    /** The segment whose upper vertebra is {@code vertebra}, e.g. L5 gives L5-S1. */
    public static Optional<SpinalLevel> below(String vertebra) {
        int o = ordinal(vertebra);
        return o < 0 || o + 1 >= AXIS.size() ? Optional.empty() : Optional.of(new SpinalLevel(AXIS.get(o), AXIS.get(o + 1)));
    }

    /** All segments from {@code from} to {@code to} inclusive, in cranio-caudal order. */
    public static List<SpinalLevel> range(SpinalLevel from, SpinalLevel to) {
        int a = ordinal(from.upper);
        int b = ordinal(to.upper);
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        List<SpinalLevel> out = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            out.add(new SpinalLevel(AXIS.get(i), AXIS.get(i + 1)));
        }
        return out;
    }

    public static boolean isVertebra(String v) {
        return ordinal(v) >= 0;
    }

    /** Region letter: C, T, L or S (of the upper vertebra). */
    public String region() {
        return upper.substring(0, 1);
    }

    public boolean isLumbar() {
        return upper.startsWith("L") || (upper.equals("T12") && lower.equals("L1"));
    }

    public boolean isCervical() {
        return upper.startsWith("C") || upper.equals("C7");
    }

    @Override
    public int compareTo(SpinalLevel o) {
        return Integer.compare(ordinal(upper), ordinal(o.upper));
    }

    @Override
    public String toString() {
        return upper + "-" + lower;
    }

    private static final List<String> AXIS = axis();

    private static List<String> axis() {
        List<String> a = new ArrayList<>();
        for (int i = 1; i <= 7; i++) a.add("C" + i);
        for (int i = 1; i <= 12; i++) a.add("T" + i);
        for (int i = 1; i <= 5; i++) a.add("L" + i);
        a.add("S1");
        a.add("S2");
        return List.copyOf(a);
    }

    private static final java.util.Map<String, Integer> INDEX = index();

    private static java.util.Map<String, Integer> index() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < AXIS.size(); i++) m.put(AXIS.get(i), i);
        return java.util.Map.copyOf(m);
    }

    private static int ordinal(String vertebra) {
        if (vertebra == null) return -1;
        Integer canonical = INDEX.get(vertebra);
        if (canonical != null) return canonical;
        Matcher m = VERTEBRA.matcher(vertebra);
        if (!m.matches()) return -1;
        return AXIS.indexOf(m.group(1) + Integer.parseInt(m.group(2)));
    }
}
