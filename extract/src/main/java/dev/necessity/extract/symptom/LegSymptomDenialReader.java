package dev.necessity.extract.symptom;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statements that back pain does not radiate, which {@link SymptomReader} has no radicular phrase
 * to anchor on: "the pain stays in the low back and does not radiate", "does not go down the leg", "non-radiating", "without
 * radiation", "denies leg pain", "no radicular symptoms or sciatica"; and denials of claudication
 * without the word "neurogenic" ("no claudication", "denies claudication symptoms"). Each gives a
 * negated radiculopathy or neurogenic claudication, so a leg-symptom criterion reads NOT_MET rather
 * than silent.
 */
public final class LegSymptomDenialReader implements FindingReader {

    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:does not|doesn't|did not|didn't|never) radiate\\b|\\bnon-?radiating\\b"
            + "|\\b(?:does not|doesn't|did not|didn't|never|not) (?:go|goes|travel|spread|shoot|extend)s? (?:down|into) (?:the |either |his |her |a )?"
            + "(?:legs?|thighs?|calf|calves|feet|foot)\\b"
            + "|\\bwithout (?:any )?radiation\\b|\\bdenies (?:any )?(?:radiating |radicular )?(?:leg|buttock|thigh) pain\\b"
            + "|\\bno (?:radiating|radicular) (?:leg )?(?:pain|symptoms|sx)\\b|\\bno leg pain\\b");
    private static final Pattern NO_CLAUDICATION = Pattern.compile("(?i)\\b(?:no|denies|without|negative for) (?:any )?(?:neurogenic )?"
            + "claudication\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>(PhraseSymptoms.denied(reading, DENIAL, "radiculopathy"));
        out.addAll(PhraseSymptoms.denied(reading, NO_CLAUDICATION, "neurogenic_claudication"));
        return out;
    }
}
