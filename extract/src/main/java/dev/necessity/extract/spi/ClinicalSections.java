package dev.necessity.extract.spi;

import dev.necessity.extract.text.Sentence;

import java.util.regex.Pattern;

/** Which sections speak about someone or something other than the patient's own current state. */
public final class ClinicalSections {

    /** A relative or the family named in a sentence. */
    public static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:mother|father|brothers?|sisters?|siblings?|aunt|uncle|grandmother|"
            + "grandfather|parents|in (?:his|her|the) family|family history)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:risks?|complications?|consent|prophyla\\w*|warning signs|"
            + "benefits|alternatives|discussed the|explained|precautions|return if|call if|signs and symptoms|seek (?:immediate )?medical attention|"
            + "asked to report|report to us|instructed to (?:call|report|seek|return))\\b");

    private ClinicalSections() {
    }

    /** A family-history section ("FAMILY HISTORY", "FHX"), or a sentence about a relative. */
    public static boolean isFamilyHistory(Sentence s) {
        return s.inFamilyHistory() || s.remember(FAMILY, k -> k.finds(FAMILY));
    }

    /** Risk and consent discussions name complications the patient does not have. */
    public static boolean isHypothetical(Sentence s) {
        return s.remember(HYPOTHETICAL, k -> k.finds(HYPOTHETICAL));
    }

    public static boolean isAllergies(Sentence s) {
        return s.section() != null && s.section().contains("ALLERG");
    }
}
