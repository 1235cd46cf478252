package dev.necessity.extract.symptom;

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
 * Myelopathic complaints as patients and clinicians word them, as symptoms: {@code gait_imbalance}
 * ("gait imbalance", "trouble with her balance", "unsteady on his feet", "feels wobbly",
 * "off balance") and {@code hand_clumsiness} ("clumsiness of the hands", "clumsy hands",
 * "difficulty with fine motor tasks such as buttons", "trouble buttoning", "loss of dexterity",
 * "handwriting has deteriorated"). "Denies gait imbalance" is negated. A normal gait on
 * examination is the neurological reader's, not a symptom.
 */
public final class MyelopathySymptomReader implements FindingReader {

    private static final Pattern GAIT_IMBALANCE = Pattern.compile("(?i)\\b(?:gait (?:imbalance|instability|unsteadiness|difficult(?:y|ies)|disturbance)"
            + "|(?:imbalance|unsteadiness)(?: (?:with|when|on) (?:walking|gait))?|unsteady (?:gait|on (?:his|her|their) feet|when walking)"
            + "|(?:trouble|problems?|difficulty|difficulties) (?:with )?(?:(?:his|her|their) )?balance|balance (?:problems?|difficult(?:y|ies)|issues)"
            + "|off balance|wobbly|poor balance|loss of balance)\\b");
    private static final Pattern HAND_CLUMSINESS = Pattern.compile("(?i)\\b(?:clumsiness(?: of (?:the|both|his|her) (?:hands?|fingers))?"
            + "|clumsy (?:hands?|fingers)|hands? (?:are |feel |feels |is )?clumsy|(?:hand|manual) clumsiness"
            + "|(?:difficulty|trouble|problems?) (?:with )?(?:fine motor(?: tasks| skills| control)?|buttons|buttoning|writing|handwriting)"
            + "|fine motor (?:tasks|skills|control)|loss of (?:manual |hand )?dexterity|decreased (?:manual |hand )?dexterity"
            + "|handwriting (?:has )?(?:deteriorated|worsened|changed))\\b");
    private static final Pattern HINT = Pattern.compile("(?i)balanc|steady|wobbl|clums|fine motor|button|dexter|writing");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || !s.finds(HINT)) {
                continue;
            }
            collect(reading, s, GAIT_IMBALANCE, "gait_imbalance", out);
            collect(reading, s, HAND_CLUMSINESS, "hand_clumsiness", out);
        }
        return out;
    }

    private void collect(DocumentReading reading, Sentence s, Pattern p, String kind, List<FindingDraft> out) {
        Matcher m = s.matcher(p);
        if (m.find()) {
            out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext().attr("kind", kind));
        }
    }
}
