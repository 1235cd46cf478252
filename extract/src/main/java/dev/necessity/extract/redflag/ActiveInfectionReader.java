package dev.necessity.extract.redflag;

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
 * Infections named by their diagnosis rather than the word "infection", which matter before an
 * elective joint replacement: cellulitis, septic arthritis, UTI, pneumonia, sepsis, bacteremia
 * ("on day 4 of cephalexin for cellulitis of the left lower leg"). Each is a {@code red_flag} of
 * kind {@code infection}; risk and consent discussions and family history are skipped, and one dated
 * years before the note is historical.
 */
public final class ActiveInfectionReader implements FindingReader {

    private static final Pattern INFECTION = Pattern.compile("(?i)\\b(?:cellulitis|septic arthritis|(?-i:UTI)|pneumonia|sepsis|bacteremia|"
            + "paronychia|erysipelas)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.RED_FLAG);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || ClinicalSections.isAllergies(s)) {
                continue;
            }
            Matcher m = s.matcher(INFECTION);
            while (m.find()) {
                FindingDraft d = reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end()).withContext().attr("kind", "infection");
                RedFlagReader.datedEpisode(reading, s, m.start(), m.end(), d); // "cellulitis of the left leg in 2019"
                ResolvedEpisode.mark(reading, s, m.start(), m.end(), d); // "UTI 7/2026 treated, repeat UA 8/20/26 neg"
                out.add(d);
            }
        }
        return out;
    }
}
