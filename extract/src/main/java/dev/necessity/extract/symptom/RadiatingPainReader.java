package dev.necessity.extract.symptom;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.Durations;
import dev.necessity.extract.date.Numbers;
import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.negation.CannotWithout;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Radicular pain phrasings the general symptom grammar leaves out, with side, onset and duration
 * like any symptom: pain that radiates FROM the back or buttock down a limb ("left leg pain
 * radiating from the buttock down the lateral thigh and calf"), and denials of radiation ("no
 * radiation", "without radiation to the legs", "non-radiating", "does not radiate", "no leg pain"),
 * which give a negated radiculopathy.
 */
public final class RadiatingPainReader implements FindingReader {

    private static final String LIMB = "(?:buttocks?|thighs?|legs?|calf|calves|feet|foot|toes?|lower extremit(?:y|ies)|knees?|ankles?|shins?|"
            + "hamstrings?|groin|great toe)";
    private static final String ORIGIN = "(?:the |his |her |their )?(?:(?:left|right|low(?:er)?|lumbar) ){0,2}(?:back|spine|buttocks?|hips?|"
            + "gluteal (?:region|area)|lumbar (?:spine|region)|sacrum|SI joint)";
    private static final Pattern FROM = Pattern.compile("(?i)\\b(?:(?:(?:left|right|bilateral) )?(?:leg|lower extremity|buttock) pain,? )?"
            + "(?:radiat\\w*|shoot\\w*|travel\\w*|extend\\w*|going) from " + ORIGIN + ",? (?:down|into|to|through|along) "
            + "(?:the |his |her |both )?(?:(?:left|right|posterior|lateral|anterior|back of the|back of) ){0,3}" + LIMB + "\\b");
    /** Charting shorthand the full-word grammar misses: "radiating down the post thigh to the lat calf", "shooting into R lat leg". */
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)\\b(?:(?:[RL]|rt|lt|right|left|bilat|B/L) (?:leg|LE|buttock) pain,? )?"
            + "(?:radiat\\w*|shoot\\w*|travel\\w*) (?:down|into|to|along) (?:the |his |her |both )?(?:(?:post|lat|ant|med|R|L|rt|lt|bilat|B/L)\\.? ){1,4}"
            + "(?:(?:posterior|lateral|anterior) )?" + LIMB + "\\b"
            + "|\\b(?:radiat\\w*|shoot\\w*|travel\\w*) (?:down|into|to|along) (?:the )?(?:front|side|outside|inside|top|bottom) of (?:the |his |her |both )?"
            + "(?:(?:left|right) )?" + LIMB + "\\b");
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:no|without|denies|denied|negative for) (?:any )?(?:radiation|radiating (?:pain|symptoms)"
            + "|(?:leg|lower extremity|LE) (?:pain|symptoms|complaints))(?: (?:of (?:the )?pain )?(?:to|into|down) (?:the |either |both )?" + LIMB + ")?\\b"
            + "|\\bnon-?radiating\\b|\\b(?:does|did)(?: not|n't) radiate\\b");
    /** A named radicular complaint with its onset later in the clause: "left sciatica, which began in August 2025". */
    private static final Pattern NAMED_WITH_ONSET = Pattern.compile("(?i)\\b(?:(?:left|right|bilateral)[- ](?:sided )?)?(?:sciatica|radicular (?:leg )?pain|"
            + "radiculopathy|leg pain)(?:,)? (?:which|that) (?:began|started|has been present since|first (?:began|started))(?: in| on| around| about)?"
            + "(?= ?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d))");
    private static final Pattern HINT = Pattern.compile("(?i)radiat|shoot|travel|extend|going from|leg|lower extremity|LE |sciatica|radicul");
    private static final Pattern ONSET = Pattern.compile("(?i)\\b(?:since|began|begun|started|starting|beginning|onset(?: of)?)(?: in| on)?"
            + "(?: about| approximately| around)? ?$");

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
            Matcher m = s.matcher(FROM);
            while (m.find()) {
                if (ProximalRadiation.only(m.group())) {
                    continue;
                }
                out.add(timed(reading, s, reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext(), m.group()));
            }
            Matcher n = s.matcher(NAMED_WITH_ONSET);
            while (n.find()) {
                FindingDraft draft = timed(reading, s, reading.draft(FindingTypes.SYMPTOM, s, n.start(), n.end()).withContext(), n.group());
                DateMention onset = onset(reading, s);
                if (onset != null) {
                    draft.cover(onset.start(), onset.end());
                }
                out.add(draft);
            }
            Matcher a = s.matcher(ABBREVIATED);
            while (a.find()) {
                if (ProximalRadiation.only(a.group())) {
                    continue;
                }
                out.add(timed(reading, s, reading.draft(FindingTypes.SYMPTOM, s, a.start(), a.end()).withContext(), a.group()));
            }
            Matcher d = s.matcher(DENIED);
            while (d.find()) {
                if (CannotWithout.turnedRound(s.text(), d.start())) {
                    continue; // "unable to walk a block without leg pain" (read as radiating pain where it is named)
                }
                // A denial told of a past episode ("a prior episode in 2019 without leg pain") is historical.
                boolean past = reading.modifiers(s, d.start(), d.end()).historical();
                out.add(reading.draft(FindingTypes.SYMPTOM, s, d.start(), d.end()).modifiers(new Modifiers(true, false, past, -1))
                        .attr("kind", "radiculopathy"));
            }
        }
        return out;
    }

    private FindingDraft timed(DocumentReading reading, Sentence s, FindingDraft d, String phrase) {
        d.attr("kind", "radiculopathy").attr("side", Sides.in(phrase));
        DateMention onset = onset(reading, s);
        if (onset != null) {
            d.attr("onset", onset.date());
        }
        OptionalDouble weeks = Durations.weeks(s);
        if (weeks.isPresent()) {
            d.attr("durationWeeks", Numbers.tidy(weeks.getAsDouble()));
        } else if (onset != null && reading.document().date() != null && !onset.date().isAfter(reading.document().date())) {
            d.attr("durationWeeks", Numbers.tidy(ChronoUnit.DAYS.between(onset.date(), reading.document().date()) / 7.0));
        }
        return d;
    }

    private DateMention onset(DocumentReading reading, Sentence s) {
        for (DateMention date : reading.dates(s)) {
            String before = s.text().substring(Math.max(0, date.start() - 40), date.start());
            if (ONSET.matcher(before).find()) {
                return date;
            }
        }
        return null;
    }
}
