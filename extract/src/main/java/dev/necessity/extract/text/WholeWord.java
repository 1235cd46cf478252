package dev.necessity.extract.text;

import java.util.regex.Pattern;

/** A literal phrase as a regex that matches only as a whole word. */
public final class WholeWord {

    private WholeWord() {
    }

    /**
     * {@code phrase} quoted, with no letter or digit allowed just before it when it starts with one,
     * nor just after it when it ends with one.
     */
    public static String of(String phrase) {
        String before = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![A-Za-z0-9])" : "";
        String after = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "(?![A-Za-z0-9])" : "";
        return before + Pattern.quote(phrase) + after;
    }
}
