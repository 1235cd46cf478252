package dev.necessity.extract.clinical;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.FindingDraft;
import dev.necessity.extract.FindingReader;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements that back pain does not radiate, which {@link SymptomReader} has no radicular phrase
 * to anchor on: "the pain stays in the low back and does not radiate", "non-radiating", "without
 * radiation", "denies leg pain", "no radicular symptoms or sciatica"; and denials of claudication
 * without the word "neurogenic" ("no claudication", "denies claudication symptoms"). Each gives a
 * negated radiculopathy or neurogenic claudication, so a leg-symptom criterion reads NOT_MET rather
 * than silent.
 */
public final class LegSymptomDenialReader implements FindingReader {

    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:does not|doesn't|did not|didn't|never) radiate\\b|\\bnon-?radiating\\b"
            + "|\\bwithout (?:any )?radiation\\b|\\bdenies (?:any )?(?:radiating |radicular )?(?:leg|buttock|thigh) pain\\b"
            + "|\\bno (?:radiating|radicular) (?:leg )?(?:pain|symptoms)\\b|\\bno leg pain\\b");
    private static final Pattern NO_CLAUDICATION = Pattern.compile("(?i)\\b(?:no|denies|without|negative for) (?:any )?(?:neurogenic )?"
            + "claudication\\b");

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            Matcher m = s.matcher(DENIAL);
            if (m.find()) {
                out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end())
                        .modifiers(new Modifiers(true, false, false, m.start())).attr("kind", "radiculopathy"));
            }
            Matcher c = s.matcher(NO_CLAUDICATION);
            if (c.find()) {
                out.add(reading.draft(FindingTypes.SYMPTOM, s, c.start(), c.end())
                        .modifiers(new Modifiers(true, false, false, c.start())).attr("kind", "neurogenic_claudication"));
            }
        }
        return out;
    }
}
