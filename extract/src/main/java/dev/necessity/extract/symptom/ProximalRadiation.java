package dev.necessity.extract.symptom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pain that spreads no further than the buttock or groin ("radiating to Rt buttock only. No radiation below knee") is
 * referred back pain, not radicular pain; a path that goes on into a thigh, leg or foot is. The readers that take a
 * radiation path for radicular pain ask this of their match; the phrase lexicon says the same with its
 * {@code PASTBUTTOCK} macro.
 */
final class ProximalRadiation {
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:radiat|shoot|travel|extend)");
    private static final Pattern LIMB = Pattern.compile("(?i)\\b(?:buttocks?|groin|thighs?|legs?|calf|calves|feet|foot|toes?|lower extremit(?:y|ies)"
            + "|LEs?|knees?|ankles?|shins?|hamstrings?)\\b");
    private static final Pattern PROXIMAL = Pattern.compile("(?i)buttocks?|groin");

    private ProximalRadiation() {
    }

    /** Whether the radiation phrase names places it spreads to and every one of them is a buttock or the groin. */
    static boolean only(String phrase) {
        Matcher verb = VERB.matcher(phrase);
        if (!verb.find()) {
            return false;
        }
        Matcher limb = LIMB.matcher(phrase).region(verb.end(), phrase.length());
        boolean any = false;
        while (limb.find()) {
            any = true;
            if (!PROXIMAL.matcher(limb.group()).matches()) {
                return false;
            }
        }
        return any;
    }
}
