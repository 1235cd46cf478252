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
 * Limitations of daily activity as people write them beyond {@link SymptomReader}'s "unable to":
 * "can't sit >15 min", "cannot stand long enough to cook", "off work since 12/26", "has had to stop
 * teaching", "standing tolerance under five minutes", "walking tolerance of 1 block", "can walk only half
 * a block before her legs give out", "can no longer do her grocery shopping", "symptoms keep him from working".
 */
public final class LimitationPhraseReader implements FindingReader {

    private static final String ACTIVITY = "(?:sit|stand|walk|work|drive|lift|bend|sleep|cook|shop|garden|carry|climb|exercise|teach|play)\\w*";
    private static final Pattern LIMITATION = Pattern.compile("(?i)\\b(?:can't|cannot|can not|could not|couldn't|can no longer) (?:even )?"
            + "(?:" + ACTIVITY + "|tolerate (?:sitting|standing|walking))\\b"
            + "|\\b(?:can't|cannot|can not|could not|couldn't|can no longer) (?:do|perform|go to|manage) (?:her |his |their |the )?(?:own )?"
            + "(?:\\w+ )?(?:shopping|housework|chores|errands|laundry|cleaning|cooking|yard ?work|job|activities|ADLs)\\b"
            + "|\\b(?:keeps?|kept|prevents?|prevented) (?:him|her|them|the patient) from (?:" + ACTIVITY + "|\\w+ing)\\b"
            + "|\\b(?:off|out of|missed|missing) work\\b|\\bstopped working\\b"
            + "|\\bhad to (?:stop|give up|cut back|reduce) (?:\\w+ ){0,2}?(?:working|work|teaching|driving|hours|shifts?|\\w+ing)\\b"
            + "|\\bcan (?:only )?(?:walk|stand|sit) (?:for )?(?:only )?(?:about )?(?:half a|a|one|two|three|\\d+) ?(?:minutes?|mins?|blocks?|yards|feet)"
            + "(?= before)"
            + "|\\b(?:standing|walking|sitting) tolerance (?:of |under |less than |<)?(?:about )?(?:\\d+|one|two|three|four|five|ten|fifteen|"
            + "twenty|a few) ?(?:minutes?|mins?|blocks?|yards|feet)\\b");
    private static final Pattern HINT = Pattern.compile("(?i)can|could|work|had to|tolerance|keep|kept|prevent");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || s.inSection("GOAL", "PLAN") || !s.finds(HINT)) {
                continue;
            }
            Matcher m = s.matcher(LIMITATION);
            while (m.find()) {
                out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext().attr("kind", "functional_limitation"));
            }
        }
        return out;
    }
}
