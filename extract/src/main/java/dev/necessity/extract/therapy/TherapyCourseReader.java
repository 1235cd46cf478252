package dev.necessity.extract.therapy;

import dev.necessity.extract.date.Durations;
import dev.necessity.extract.date.Numbers;
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
 * A completed course of therapy stated in months, which {@link TherapyFacts} reads only in weeks:
 * "completed 9 months of supervised physical therapy across two courses", "3 months of formal PT".
 * The finding carries the stated duration in weeks; planned courses are left to the other readers.
 */
public final class TherapyCourseReader implements FindingReader {

    private static final Pattern COURSE = Pattern.compile("(?i)\\b(" + Numbers.COUNT + ") (months?|mos?) of (?:formal |supervised |outpatient |"
            + "skilled )?(physical therapy|PT|physiotherapy|aquatic therapy)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            TherapyFacts facts = new TherapyFacts(s);
            if (facts.planned() || s.inSection("PLAN", "RECOMMEND", "GOAL")) {
                continue;
            }
            Matcher m = s.matcher(COURSE);
            while (m.find()) {
                String kind = m.group(3).toLowerCase(Locale.ROOT).startsWith("aquatic") ? "aquatic_therapy" : "physical_therapy";
                out.add(facts.describe(reading.draft(FindingTypes.THERAPY, s, m.start(), m.end()).withContext()
                        .attr("kind", kind).attr("status", facts.status())
                        .attr("durationWeeks", Numbers.tidy(Durations.toWeeks(Numbers.count(m.group(1)), m.group(2))))));
            }
        }
        return out;
    }
}
