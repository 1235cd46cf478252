package dev.necessity.extract.symptom;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.Durations;
import dev.necessity.extract.date.Numbers;
import dev.necessity.extract.imaging.Sides;
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
 * Symptoms as patients report them: neurogenic claudication (named, or "worse with standing
 * and walking ... relieved by sitting"), radiculopathy (named, "sciatica", or pain radiating
 * into the buttocks, thighs, legs or feet), axial pain, numbness, myelopathy, weakness, night
 * pain, functional limitation, arm and knee pain; with side, onset ("since July 2025") and
 * duration ("for 7 months"). Family history is not the patient's and is skipped.
 */
public final class SymptomReader implements FindingReader {

    private static final String LIMB = "(?:buttocks?|thighs?|legs?|calf|calves|feet|foot|toes?|lower extremit(?:y|ies)|"
            + "upper extremit(?:y|ies)|arms?|forearms?|hands?|fingers?|thumbs?|groin|knees?|ankles?|shins?)";
    /** A shoulder alone may be referred neck pain; followed by a limb it leads the radicular path: "into the right shoulder, lateral arm and thumb". */
    private static final String SHOULDER_FIRST = "(?:(?:the |his |her )?(?:(?:left|right|both|bilateral) )?shoulders?(?:,| and|, and) )?";
    private static final String LIMB_PHRASE = "(?:the )?(?:back of )?(?:(?:both|bilateral|his|her|the|left|right|posterior|lateral|anterior|"
            + "lower|upper|their) ){0,3}(?:back of (?:both |the |his |her )?)?" + LIMB;
    private static final Pattern CLAUDICATION = Pattern.compile("(?i)\\b(?:neurogenic claudication|pseudo-?claudication|spinal claudication)\\b"
            + "|\\bworse (?:with|when|after|on|upon) (?:prolonged )?(?:standing|walking|ambulat\\w+)[^.;]{0,80}?\\b(?:relieved|better|improved|"
            + "improves|eased|alleviated|resolves)(?: by| with| when| on| upon)? (?:sitting|bending forward|forward flexion|leaning forward|"
            + "flexion|rest(?:ing)?|sitting down)\\b"
            + "|\\b(?:relieved|better|improved|eased) (?:by|with|when) (?:sitting|bending forward|leaning forward)[^.;]{0,80}?\\bworse "
            + "(?:with|when|after|on) (?:prolonged )?(?:standing|walking)\\b");
    private static final Pattern RADICULOPATHY = Pattern.compile("(?i)\\b(?:(?:lumbar|cervical|lumbosacral|thoracic|[CLS]\\d(?:-[CLS]?\\d)?) )?"
            + "(?:poly)?(?:radiculopathy|radiculopathies|radiculitis|sciatica|radicular (?:pain|symptoms|complaints)|radicular)"
            + "(?: symptoms| pain)?\\b"
            + "|\\b(?:radiat\\w*|shoot\\w*|travel\\w*|extend\\w*)(?: pain)?(?: (?:down|into|to|in|through|along)){1,2} " + SHOULDER_FIRST + LIMB_PHRASE
            + "(?:(?:,| and| or) " + LIMB_PHRASE + "){0,3}\\b");
    private static final Pattern AXIAL = Pattern.compile("(?i)\\b(?:(?:chronic|acute|severe|mild|intermittent|constant|persistent|mechanical|axial) ){0,2}"
            + "(?:low(?:er)? back|mid(?:dle)? back|upper back|lumbar|lumbosacral|thoracic|back|neck|axial|cervical|paraspinal|"
            + "thoracolumbar) pain\\b|\\blumbago\\b|\\bLBP\\b|\\bcervicalgia\\b|\\bbackache\\b");
    private static final Pattern NUMBNESS = Pattern.compile("(?i)(?<!saddle )(?<!perineal )\\b(?:numbness|numb|tingling|paresthesias?|"
            + "paraesthesias?|pins and needles|dysesthesias?|hypoesthesia)\\b(?!,? (?:in|of) (?:the|her|his) (?:saddle|genital|perineal))");
    private static final Pattern MYELOPATHY = Pattern.compile("(?i)\\bmyelopath(?:y|ic)(?: (?:signs|symptoms))?\\b");
    private static final Pattern WEAKNESS = Pattern.compile("(?i)\\b(?:weakness|foot drop)\\b");
    private static final Pattern NIGHT_PAIN = Pattern.compile("(?i)\\bnight pain\\b|\\bpains? (?:at night|worsened at night)\\b|\\bworse at night\\b"
            + "|\\bwakes? (?:him|her|them|the patient) (?:up )?(?:at night|from sleep)\\b|\\bnocturnal pain\\b");
    private static final Pattern FUNCTION = Pattern.compile("(?i)\\blimits? (?:his|her|their|the patient's|my) (?:work|ability|activities|daily activities|"
            + "walking|standing|sitting|function)\\w*|\\bunable to (?!void|defecate|tolerate)(?:walk|stand|work|sit|perform|sleep|lift|bend|drive|do|"
            + "carry|get|climb|ambulate|return to work|care)\\w*|\\bdifficulty (?:walking|standing|sitting|sleeping|with (?:ADLs|activities|walking|daily)|"
            + "ambulating|climbing|bending|lifting|getting)\\w*|\\b(?:Oswestry(?: Disability Index)?|ODI)(?: score)?(?: of| is| was|:)? ?\\d{1,3} ?%?"
            + "|\\bfunctional (?:limitations?|impairment|deficits?)\\b|\\binterfer\\w* with (?:his |her |their )?(?:work|sleep|activities|daily)\\w*");
    private static final Pattern ARM_PAIN = Pattern.compile("(?i)\\b(?:arm|upper extremity) pain\\b|\\bpain (?:in|into|down) (?:the |his |her |both )?"
            + "(?:left |right )?(?:arms?|upper extremit(?:y|ies))\\b");
    private static final Pattern KNEE_PAIN = Pattern.compile("(?i)\\bknee pain\\b|\\bpain (?:in|of) (?:the |his |her |both )?(?:left |right )?knees?\\b");
    private static final Pattern ONSET = Pattern.compile("(?i)\\b(?:since|began|begun|started|starting|beginning|onset(?: of)?(?: in)?)(?: about| approximately| around)?(?: on| in)? $");

    /** {@code hint} is a cheap keyword test that must pass before the full grammar runs. */
    private record Kind(String name, Pattern hint, Pattern pattern) {
        Kind(String name, String hint, Pattern pattern) {
            this(name, Pattern.compile("(?i)" + hint), pattern);
        }
    }

    private static final List<Kind> KINDS = List.of(new Kind("neurogenic_claudication", "claudicat|worse", CLAUDICATION),
            new Kind("radiculopathy", "radic|sciatica|radiat|shoot|travel|extend", RADICULOPATHY),
            new Kind("axial_pain", "pain|lumbago|LBP|cervicalgia|backache", AXIAL),
            new Kind("numbness", "numb|tingl|pares|paraes|pins|dyses|hypoes", NUMBNESS), new Kind("myelopathy", "myelopath", MYELOPATHY),
            new Kind("weakness", "weak|drop", WEAKNESS), new Kind("night_pain", "night|wake|nocturnal", NIGHT_PAIN),
            new Kind("functional_limitation", "limit|unable|difficult|oswestry|ODI|functional|interfer", FUNCTION),
            new Kind("arm_pain", "arm|upper extrem", ARM_PAIN), new Kind("knee_pain", "knee", KNEE_PAIN));

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            for (Kind kind : KINDS) {
                if (!s.finds(kind.hint())) {
                    continue;
                }
                Matcher m = s.matcher(kind.pattern());
                while (m.find()) {
                    if (kind.pattern() == RADICULOPATHY && ProximalRadiation.only(m.group())) {
                        continue;
                    }
                    out.add(symptom(reading, s, m, kind.name()));
                }
            }
        }
        return out;
    }

    private FindingDraft symptom(DocumentReading reading, Sentence s, Matcher m, String kind) {
        FindingDraft d = reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext().attr("kind", kind);
        String side = Sides.in(m.group());
        if (side == null) {
            side = sideAfter(s.text(), m.end());
        }
        if (side == null) {
            side = Sides.before(s.text(), m.start());
        }
        d.attr("side", side);
        if (kind.equals("radiculopathy")) {
            d.attr("region", region(m.group()));
        }
        DateMention onset = onset(reading, s);
        if (onset != null) {
            d.attr("onset", onset.date());
            if (onset.monthOnly()) {
                d.attr("datePrecision", "month");
            }
        }
        OptionalDouble weeks = Durations.weeks(s);
        if (weeks.isPresent()) {
            d.attr("durationWeeks", Numbers.tidy(weeks.getAsDouble()));
        } else if (onset != null && reading.document().date() != null && !onset.date().isAfter(reading.document().date())) {
            d.attr("durationWeeks", Numbers.tidy(ChronoUnit.DAYS.between(onset.date(), reading.document().date()) / 7.0));
        }
        return d;
    }

    /** The spinal region a radicular complaint names: "C6 radiculopathy", "lumbar radiculopathy", "sciatica". */
    private static final Pattern REGION_WORD = Pattern.compile("(?i)^(?:(cervical|C\\d)|(thoracic|T\\d{1,2})|(lumbar|lumbosacral|[LS]\\d|sciatica))");

    /** The region the complaint's own words name ({@link #REGION_WORD}), or null. */
    private static String region(String phrase) {
        Matcher m = REGION_WORD.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? "cervical" : m.group(2) != null ? "thoracic" : "lumbar";
    }

    private static final Pattern SIDE_AFTER = Pattern.compile("(?i)^(?: symptoms| pain)?,? (?:(?:in|into|of|down) (?:the |his |her )?)?"
            + "(both|bilateral(?:ly)?|left|right)\\b");

    /** The side stated at {@code from}; both patterns are anchored, so a region match avoids copying the rest of the sentence. */
    private String sideAfter(String text, int from) {
        Matcher m = SIDE_AFTER.matcher(text).region(from, text.length());
        return m.lookingAt() ? Sides.canonical(m.group(1)) : Sides.after(text, from);
    }

    private DateMention onset(DocumentReading reading, Sentence s) {
        for (DateMention d : reading.dates(s)) {
            String before = s.text().substring(Math.max(0, d.start() - 30), d.start());
            if (ONSET.matcher(before).find()) {
                return d;
            }
        }
        return null;
    }
}
