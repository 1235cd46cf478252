package dev.necessity.extract.text;

/**
 * Lower-casing exactly as {@code Pattern.CASE_INSENSITIVE} (without UNICODE_CASE) folds: only
 * A-Z. The result has the same length as the input, so indices carry over, and a case-insensitive
 * literal occurs in a text exactly when its lower-case form occurs in {@link #lower} of that text;
 * that is what makes keyword prefilters on the lower-cased text safe.
 */
public final class AsciiCase {

    private AsciiCase() {
    }

    public static String lower(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isUpper(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i < n; i++) {
            if (isUpper(out[i])) {
                out[i] = (char) (out[i] + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /** [A-Za-z0-9]. */
    public static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whether {@code lower} (already lower-cased) contains any of the lower-case {@code keywords}. */
    public static boolean containsAny(String lower, String... keywords) {
        for (String k : keywords) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
