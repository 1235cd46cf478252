package dev.necessity.extract.clinical;

import dev.necessity.extract.text.Sentence;

import java.util.regex.Pattern;

/** Which sections speak about someone or something other than the patient's own current state. */
public final class ClinicalSections {

    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:mother|father|brothers?|sisters?|siblings?|aunt|uncle|grandmother|"
            + "grandfather|parents|in (?:his|her|the) family|family history)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:risks?|complications?|consent|prophyla\\w*|warning signs|"
            + "benefits|alternatives|discussed the|explained|precautions|return if|call if|signs and symptoms|seek (?:immediate )?medical attention|"
            + "asked to report|report to us|instructed to (?:call|report|seek|return))\\b");

    /** Words one of which every FAMILY match contains ("grandmother" contains "mother"). */
    private static final String[] FAMILY_WORDS = {"mother", "father", "brother", "sister", "sibling", "aunt", "uncle", "parents", "family"};
    /** Words one of which every HYPOTHETICAL match contains. */
    private static final String[] HYPOTHETICAL_WORDS = {"risk", "complication", "consent", "prophyla", "warning signs", "benefits",
        "alternatives", "discussed the", "explained", "precautions", "return if", "call if", "signs and symptoms", "seek",
        "report", "instructed to"};

    private ClinicalSections() {
    }

    /** A family-history section ("FAMILY HISTORY", "FHX"), or a sentence about a relative. */
    public static boolean isFamilyHistory(Sentence s) {
        return s.inFamilyHistory() || s.remember(FAMILY, k -> k.mentionsAny(FAMILY_WORDS) && FAMILY.matcher(k.text()).find());
    }

    /** Risk and consent discussions name complications the patient does not have. */
    public static boolean isHypothetical(Sentence s) {
        return s.remember(HYPOTHETICAL, k -> k.mentionsAny(HYPOTHETICAL_WORDS) && HYPOTHETICAL.matcher(k.text()).find());
    }

    public static boolean isAllergies(Sentence s) {
        return s.section() != null && s.section().contains("ALLERG");
    }
}
