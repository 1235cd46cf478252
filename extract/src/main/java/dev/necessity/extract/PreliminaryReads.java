package dev.necessity.extract;

import dev.necessity.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A preliminary read that the same report's final read revises: "PRELIMINARY READ (resident): Marked medial compartment
 * joint space narrowing, near bone-on-bone ... FINAL REPORT / ATTENDING ADDENDUM: I have reviewed the images and disagree
 * with the preliminary interpretation ... Kellgren-Lawrence grade 2". What the preliminary part found is left unsettled
 * (uncertain): the final read is the report's finding. A preliminary read the final one does not revise stands.
 */
final class PreliminaryReads {

    /** The line opening a preliminary read: "PRELIMINARY READ (resident, 08/18/2026 17:55):", "Prelim report:". */
    private static final Pattern PRELIMINARY = Pattern.compile("(?im)^[ \\t]{0,8}(?:\\W{0,3})prelim(?:inary)?\\.? (?:read|reading|report|interpretation|impression)\\b");
    /** The line opening the final read: "FINAL REPORT / ATTENDING ADDENDUM (...)", "Addendum:", "Final read:". */
    private static final Pattern FINAL = Pattern.compile("(?im)^[ \\t]{0,8}(?:\\W{0,3})(?:final (?:report|read|reading|interpretation|impression)|addendum|attending (?:addendum|read|review))\\b");
    /** The final read saying it revises the preliminary one. */
    private static final Pattern REVISES = Pattern.compile("(?i)\\b(?:disagree(?:s|d)? with|revis(?:e|es|ed|ing)|supersed(?:e|es|ed|ing)|correct(?:s|ed|ing)|"
            + "amend(?:s|ed|ing)|retract(?:s|ed|ing)|overcall(?:s|ed)?|overstat(?:e|es|ed))\\b[^.\\n]{0,40}\\bprelim(?:inary)?\\b"
            + "|\\bprelim(?:inary)?\\b[^.\\n]{0,40}\\b(?:is|was) (?:revised|superseded|corrected|amended|retracted|incorrect|overcalled|overstated)\\b");

    private PreliminaryReads() {
    }

    /** {@code findings} of one document, those of a revised preliminary read made uncertain. */
    static List<Finding> apply(String text, List<Finding> findings) {
        if (findings.isEmpty() || text.length() < 40 || text.indexOf("relim") < 0 && text.indexOf("RELIM") < 0) {
            return findings;
        }
        Matcher p = PRELIMINARY.matcher(text);
        if (!p.find()) {
            return findings;
        }
        Matcher f = FINAL.matcher(text);
        if (!f.find(p.end())) {
            return findings;
        }
        if (!REVISES.matcher(text).region(f.start(), text.length()).find()) {
            return findings;
        }
        int from = p.start();
        int to = f.start();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding x : findings) {
            int at = x.span().start();
            out.add(at >= from && at < to && !x.uncertain()
                    ? new Finding(x.type(), x.document(), x.span(), x.quote(), x.section(), x.level(), x.negated(), true, x.historical(),
                            x.attributes())
                    : x);
        }
        return out;
    }
}
