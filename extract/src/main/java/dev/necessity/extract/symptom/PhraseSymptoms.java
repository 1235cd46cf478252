package dev.necessity.extract.symptom;

import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared loop of the one-phrase symptom readers: the first match of a phrase in each of the
 * patient's sentences (family history skipped) becomes one symptom of the given kind.
 */
final class PhraseSymptoms {
    private PhraseSymptoms() {
    }

    /** Symptoms read with the sentence's ConText modifiers (a "no" before the phrase negates it). */
    static List<FindingDraft> read(DocumentReading reading, Pattern phrase, String kind) {
        return collect(reading, phrase, kind, false);
    }

    /** Symptoms the phrase itself denies ("non-radiating", "no claudication"). */
    static List<FindingDraft> denied(DocumentReading reading, Pattern phrase, String kind) {
        return collect(reading, phrase, kind, true);
    }

    private static List<FindingDraft> collect(DocumentReading reading, Pattern phrase, String kind, boolean denial) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            Matcher m = s.matcher(phrase);
            if (m.find()) {
                FindingDraft draft = reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end());
                draft = denial ? draft.modifiers(new Modifiers(true, false, false, m.start())) : draft.withContext();
                out.add(draft.attr("kind", kind));
            }
        }
        return out;
    }
}
