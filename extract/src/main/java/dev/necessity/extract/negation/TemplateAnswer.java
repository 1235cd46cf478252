package dev.necessity.extract.negation;

import java.util.regex.Pattern;

/**
 * Templated questionnaire answers: "History of cancer: No", "Fever or chills: none", "Saddle
 * anesthesia: negative". The concept is the label and the denial comes after the colon, at the end
 * of the line or sentence (or just before the next "Label:" when lines run together), where no
 * ConText trigger can reach back to it.
 */
final class TemplateAnswer {

    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^[^:.;\\n]{0,40}:[ \\t]*(?:no|none|negative|neg|denies|denied|absent|n)\\.?[ \\t]*(?:\\n|$|(?=(?-i:[A-Z])[^:.;\\n]{0,40}:))");

    private TemplateAnswer() {
    }

    /** Whether the text after a concept ending at {@code to} is a template answer denying it. */
    static boolean deniedAfter(String text, int to) {
        // The answer follows a colon; without one there is nothing to read (and no copy of the rest of a long sentence).
        return to <= text.length() && text.indexOf(':', to) >= 0 && DENIED_AFTER.matcher(text).region(to, text.length()).find();
    }
}
