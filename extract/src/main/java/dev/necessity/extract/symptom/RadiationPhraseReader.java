package dev.necessity.extract.symptom;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.FindingTypes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Radiating leg pain named by a part of the foot or leg that {@link SymptomReader}'s limb grammar
 * does not list: "pain radiating to the dorsum of the foot", "shoots down to the top of the foot",
 * "radiates along the lateral aspect of the calf".
 */
public final class RadiationPhraseReader implements FindingReader {

    private static final Pattern RADIATION = Pattern.compile("(?i)\\b(?:radiat\\w*|shoot\\w*|travel\\w*)(?: pain)?"
            + "(?: (?:down|into|to|in|through|along)){1,2} (?:the )?(?:dorsum|top|sole|outside|lateral (?:side|aspect|border)|"
            + "medial (?:side|aspect)|back|front) of (?:the |his |her |both )?(?:left |right )?(?:foot|feet|leg|legs|calf|calves|thigh|thighs|ankle)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        return PhraseSymptoms.read(reading, RADIATION, "radiculopathy");
    }
}
