package dev.necessity.extract.exam;

import dev.necessity.extract.imaging.Sides;
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
 * Examination findings written in shorthand or as a description rather than a result word, which
 * {@link NeuroExamReader} does not read: "SLR neg bilat", "neg SLR", "Sens intact LT BLE", "decr
 * sensation L S1 dermatome", "diminished pinprick over the L5 dermatome", and a straight-leg raise
 * that "reproduces the leg pain at 30 degrees" (positive) or "does not reproduce radicular pain"
 * (negative).
 */
public final class ShorthandExamReader implements FindingReader {

    private static final String SLR = "(?:SLR|straight[- ]leg[- ]rais(?:e|ing)(?: test)?)";
    /** A shorthand exam result led by its denial ("does not ...", "without ..."). */
    private static final Pattern DENIED_LEAD = Pattern.compile("(?i)(?:does not|did not|doesn't|didn't|without) .*");
    /** Shorthand result words that read normal. */
    private static final Pattern NORMAL_WORD = Pattern.compile("intact|nl|normal");
    private static final Pattern SLR_SHORT = Pattern.compile("(?i)\\b" + SLR + " (?:is )?(neg|pos)\\b|\\b(neg|pos)\\.? " + SLR + "\\b");
    private static final Pattern SLR_REPRODUCES = Pattern.compile("(?i)\\b" + SLR + "\\b[^.;]{0,40}?\\b((?:does not |did not |doesn't |"
            + "didn't |without )?(?:reproduc|provok|elicit|recreat)\\w*)\\b[^.;]{0,40}?\\bpain\\b");
    private static final Pattern SENSATION_SHORT = Pattern.compile("(?i)\\bsens\\.? (intact|nl|normal|decr(?:eased)?|dec|diminished|reduced)\\b"
            + "|\\b(decr|dec)\\.? sens(?:ation)?\\b"
            + "|\\b(diminished|decreased|reduced|decr|absent|impaired) (?:sensation to )?pin ?prick\\b");
    private static final Pattern HINT = Pattern.compile("(?i)SLR|straight|sens|prick");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.EXAM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || s.inSection("GOAL") || !s.finds(HINT)) {
                continue;
            }
            Matcher m = s.matcher(SLR_SHORT);
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2);
                out.add(exam(reading, s, m, "straight_leg_raise", word.equalsIgnoreCase("pos") ? "positive" : "negative"));
            }
            m = s.matcher(SLR_REPRODUCES);
            while (m.find()) {
                boolean denied = DENIED_LEAD.matcher(m.group(1)).matches();
                out.add(exam(reading, s, m, "straight_leg_raise", denied ? "negative" : "positive"));
            }
            m = s.matcher(SENSATION_SHORT);
            while (m.find()) {
                String word = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
                String result = NORMAL_WORD.matcher(word).matches() ? "normal" : word.equals("absent") ? "absent" : "decreased";
                out.add(exam(reading, s, m, "sensation", result));
            }
        }
        return out;
    }

    private FindingDraft exam(DocumentReading reading, Sentence s, Matcher m, String kind, String result) {
        String rest = s.text().substring(m.start(), Math.min(s.text().length(), m.end() + 20));
        return reading.draft(FindingTypes.EXAM, s, m.start(), m.end()).withContextExceptNegation()
                .attr("kind", kind).attr("result", result).attr("side", Sides.in(rest));
    }
}
