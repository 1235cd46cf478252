package dev.necessity.extract.spi;

import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;

import java.util.regex.Pattern;

/** Which sections speak about someone or something other than the patient's own current state. */
public final class ClinicalSections {

    /** A relative or the family named in a sentence. */
    public static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:mother|father|brothers?|sisters?|siblings?|aunt|uncle|grandmother|"
            + "grandfather|parents|in (?:his|her|the) family|family history)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:risks?|complications?|consent|prophyla\\w*|warning signs|"
            + "benefits|alternatives|discussed the|explained|precautions|return if|call if|signs and symptoms|seek (?:immediate )?medical attention|"
            + "asked to report|report to us|instructed to (?:call|report|seek|return))\\b");

    /** The label of an imaging report's indication line: "Indication:", "Clinical history:", "Reason for exam:". */
    private static final Pattern INDICATION_LINE = Pattern.compile("(?i)[ \\t]*(?:indications?|clinical (?:history|indications?|information|info)"
            + "|history|reason for (?:exam|examination|study|referral)|hx)[ \\t]*:");

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

    /**
     * In an imaging report, a sentence on its indication line: the referrer's words about the patient ("Indication: L knee
     * pain x 18 months; patient reports outside films \"bone on bone.\""), not a finding of this study.
     */
    public static boolean isIndicationOfStudy(DocumentReading reading, Sentence s) {
        return reading.isType(DocumentType.IMAGING) && isIndicationLine(reading, s);
    }

    /**
     * A sentence on an indication or history line of a report ("Indication: ... leg pain for about 6 months, not
     * adequately improved with 6 weeks of physical therapy"): what led to the study or procedure, told before it.
     */
    public static boolean isIndicationLine(DocumentReading reading, Sentence s) {
        return reading.lineStartsWith(s.start(), INDICATION_LINE);
    }
}
