package dev.necessity.extract.symptom;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.FindingTypes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Neurogenic claudication described by its pattern with the leg symptom first, which {@link
 * SymptomReader}'s "worse with walking ... relieved by sitting" grammar does not reach: "leg pain when
 * walking, relieved by sitting", "heaviness in both thighs when she walks, which eases when she sits", "pain in
 * both legs when he walks more than a block; he has to sit down to get relief".
 */
public final class ClaudicationPhraseReader implements FindingReader {

    private static final String LIMB = "(?:legs?|buttocks?|thighs?|calf|calves)";
    private static final Pattern CLAUDICATION = Pattern.compile("(?i)(?:\\b" + LIMB + "\\b(?: \\w+){0,3}? "
            + "(?:pain|heaviness|aching|weakness|cramping|fatigue)|\\b(?:pain|heaviness|aching|cramping) in (?:both |the |his |her |their )?"
            + "(?:left |right )?" + LIMB + ")\\b[^.;]{0,40}?\\b(?:when|with|on|after|while) (?:he |she |they )?"
            + "(?:walking|walks|standing|stands|ambulating)\\b[^.]{0,60}?\\b(?:(?:relieved|eased?s?|better|improves?|resolves?)"
            + "(?: (?:by|with|when|on|after))? (?:he |she |they )?(?:sitting|sits|rest(?:ing)?|bending forward|leaning forward|sitting down)"
            + "|(?:has|have|needs?|must) to (?:sit(?: down)?|rest|bend forward|lean forward) (?:to get|for) relief)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        return PhraseSymptoms.read(reading, CLAUDICATION, "neurogenic_claudication");
    }
}
