package dev.necessity.extract.symptom;

import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.redflag.RedFlagReader;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How symptoms have changed: a {@code symptom} of kind {@code symptom_change} with {@code course}
 * new, recurrent or worsening ("new right leg pain", "recurrent left lower extremity pain", "the
 * pain reappeared", "greatly increasing pain", "leg numbness has worsened"). A statement that
 * nothing changed ("no change in the severity or distribution of his pain", "symptoms are
 * unchanged", "no new weakness") gives a negated one. A denied progressive deficit ("no progressive
 * weakness") is a red flag denied, not a statement about the course, and gives none. Instructions
 * ("call if worsening symptoms") and family history are skipped.
 */
public final class SymptomChangeReader implements FindingReader {

    private static final String SYMPTOM = "(?:pain|numbness|tingling|paresthesias?|weakness|symptoms|sciatica|radiculopathy|radicular pain|foot drop|"
            + "claudication|complaints?)";
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(new(?:[- ]onset)?|recurrent|recurring|recurrence of|worsening|worsened|increasing|"
            + "progressive(?:ly worsening)?|progressively worse)\\s+(?:[\\w-]+\\s+){0,5}?" + SYMPTOM + "\\b"
            + "|\\b" + SYMPTOM + "\\s+(?:has|have|had)\\s+(?:since |gradually |steadily |progressively )?(returned|recurred|reappeared|worsened|progressed|"
            + "gotten worse|become worse)\\b"
            + "|\\b(?:the |his |her )?(?:pain|symptoms)\\s+(?:gradually |then )?(reappeared|returned|recurred)\\b");
    private static final Pattern UNCHANGED = Pattern.compile("(?i)\\bno (?:recent |significant )?change in (?:\\w+\\s+){0,8}?(?:pain|symptoms)\\b"
            + "|\\b(?:pain|symptoms) (?:is|are|has been|have been|remains?|remained) (?:essentially )?(?:unchanged|stable)\\b"
            + "|\\bunchanged (?:pain|symptoms)\\b|\\bno new (?:symptoms|complaints|weakness|numbness|neurologic\\w* (?:symptoms|deficits?))\\b");
    private static final Pattern HINT = Pattern.compile("(?i)new|recur|worse|increas|progress|return|reappear|change|stable");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || s.inSection("PLAN")
                    || !s.finds(HINT)) {
                continue;
            }
            Matcher u = s.matcher(UNCHANGED);
            boolean unchanged = false;
            while (u.find()) {
                unchanged = true;
                out.add(reading.draft(FindingTypes.SYMPTOM, s, u.start(), u.end()).modifiers(new Modifiers(true, false, false, -1))
                        .attr("kind", "symptom_change"));
            }
            if (unchanged) {
                continue;
            }
            Matcher m = s.matcher(CHANGE);
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                Modifiers c = reading.modifiers(s, m.start(), m.end());
                if (c.negated() && deniesProgressiveDeficit(s, m)) {
                    continue;
                }
                out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end())
                        .modifiers(new Modifiers(c.negated(), c.uncertain(), false, c.negationStart(), c.negationEnd()))
                        .attr("kind", "symptom_change").attr("course", course(word)));
            }
        }
        return out;
    }

    /**
     * "No progressive weakness", "Denies progressive leg weakness", "Progressive weakness: No" deny
     * a progressive neurological deficit (the red flag {@link RedFlagReader} reads), not that the
     * symptoms overall are stable: they say nothing about whether the pain is new or worse.
     */
    private static boolean deniesProgressiveDeficit(Sentence s, Matcher change) {
        Matcher flag = s.matcher(RedFlagReader.PROGRESSIVE_DEFICIT);
        while (flag.find()) {
            if (flag.start() < change.end() && change.start() < flag.end()) {
                return true;
            }
        }
        return false;
    }

    private static String course(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("new")) {
            return "new";
        }
        if (w.startsWith("recur") || w.startsWith("return") || w.startsWith("reappear")) {
            return "recurrent";
        }
        return "worsening";
    }
}
