package dev.necessity.extract.therapy;

import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements that a kind of treatment was never given, without a drug name for {@link
 * MedicationReader} to anchor on: "has taken no pain medication", "takes nothing for the pain",
 * "not on any medication for her back" ("isn't on any"), "isn't currently taking any pain medication", "declines all pain medication". Each gives a negated
 * medication finding, which answers a medication-trial criterion as not met rather than silent.
 */
public final class TherapyDenialReader implements FindingReader {

    private static final Pattern NO_MEDICATION = Pattern.compile("(?i)\\b(?:(?:has )?taken no|takes no|(?:is |are )?(?:not|isn['\u2019]t|aren['\u2019]t)(?: currently| presently)? (?:taking|on) any|"
            + "(?:has )?not taken any|hasn['\u2019]t taken any|declines? (?:all |any )?|refuses? (?:all |any )?|no)(?: prescription| over-the-counter| oral)? "
            + "(?:pain |analgesic |anti-inflammatory )?(?:medications?|medicines?|meds|analgesics|pain relievers)"
            + "(?! ?(?:changes?|allergies|allergy|list|reconciliation|were given|given|administered))"
            + "(?: (?:for|to treat) (?:the |her |his )?(?:pain|back|leg|sciatica|symptoms))?"
            + "|\\btakes nothing for (?:the |her |his )?pain\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isAllergies(s)) {
                continue;
            }
            Matcher m = s.matcher(NO_MEDICATION);
            if (m.find()) {
                out.add(reading.draft(FindingTypes.THERAPY, s, m.start(), m.end())
                        .modifiers(new Modifiers(true, false, false, m.start()))
                        .attr("kind", "medication"));
            }
        }
        return out;
    }
}
