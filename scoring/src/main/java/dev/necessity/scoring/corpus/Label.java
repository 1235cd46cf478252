package dev.necessity.scoring.corpus;

import java.util.Map;

/**
 * One hand-labelled finding of the development set: a line of the labels file.
 *
 * @param level canonical segment ("L4-L5"), "all" for a whole-spine statement, "-" when none
 * @param polarity "+" asserted, "-" negated, "?" uncertain
 * @param line the line of the labels file it was read from, for error messages
 */
public record Label(String document, String type, String level, String polarity, Map<String, String> attributes, int line) {
    public Label {
        attributes = Map.copyOf(attributes);
    }
}
