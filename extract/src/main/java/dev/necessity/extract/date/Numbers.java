package dev.necessity.extract.date;

import java.util.Locale;
import java.util.Map;

/** Reads small counts written as digits or words ("2", "two", "a"). */
public final class Numbers {

    /** Regex alternation for a count written either way. */
    public static final String COUNT = "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|twenty|thirty)";

    /** A count, or a number with one decimal as charts write spans: "x 3.5 weeks", "~2.5 weeks". */
    public static final String AMOUNT = "(?:\\d{1,3}\\.\\d(?!\\d)|" + COUNT + ")";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("twenty", 20), Map.entry("thirty", 30));

    private Numbers() {
    }

    public static int count(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        Integer word = WORDS.get(t);
        return word != null ? word : Integer.parseInt(t);
    }

    /** The value of an {@link #AMOUNT}: a count, or a decimal number. */
    public static double amount(String token) {
        String t = token.trim();
        return t.indexOf('.') > 0 ? Double.parseDouble(t) : count(t);
    }

    /** A whole number as Integer, otherwise a Double rounded to one decimal. */
    public static Number tidy(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            // Not a ternary: mixing Integer and Double there would promote the Integer back to double.
            return Integer.valueOf((int) rounded);
        }
        return Double.valueOf(rounded);
    }
}
