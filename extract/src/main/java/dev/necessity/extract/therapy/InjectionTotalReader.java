package dev.necessity.extract.therapy;

import dev.necessity.extract.date.Numbers;
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
 * A record's own statement of how many injections were done in a period before it: "She has had only
 * one epidural injection in the past twelve months", "Two ESIs in the last 12 months", "Number of lumbar
 * ESI sessions in last 12 months: 1", or that the ones it names are all: "No other spinal injections in
 * the past year". Each gives a therapy finding of kind {@code injection_total} with {@code count} (or
 * {@code noOthers}) and {@code windowMonths}. It names no injection itself; the engine reads it to know
 * that an undated mention written by then re-tells a dated injection rather than being another.
 */
public final class InjectionTotalReader implements FindingReader {

    private static final String INJECTION = "(?:(?:lumbar|spinal|spine|epidural|steroid|transforaminal|interlaminar|caudal|"
            + "prior|previous|ESI|TFESI|ILESI)\\s+){0,3}(?:injections?|ESIs?|TFESIs?|ILESIs?|epidurals?|shots?|sessions?)";
    private static final String WINDOW = "(?:in|within|during|over)\\s+(?:the\\s+)?(?:past|last|prior|preceding)\\s+"
            + "(?:(" + Numbers.COUNT + ")\\s+)?(months?|years?)\\b";
    /** An injection named as one, without "number of" before it: "Lumbar ESI sessions", not "PT sessions" or bare "sessions". */
    private static final String NAMED_INJECTION = "(?:(?:lumbar|spinal|epidural|steroid|transforaminal|interlaminar|caudal)\\s+){0,2}"
            + "(?:ESIs?|TFESIs?|ILESIs?|epidurals?|(?:epidural |steroid )?injections?)(?:\\s+sessions?)?";
    /** "only one epidural injection in the past twelve months", "2 ESIs in the last 12 months". */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:(?:only|just|a total of|total of)\\s+)?(" + Numbers.COUNT
            + ")\\s+" + INJECTION + "\\s+" + WINDOW);
    /** "No other spinal injections in the past year": the injections the record names are all there were. */
    private static final Pattern NO_OTHERS = Pattern.compile("(?i)\\bno\\s+(?:other|further|additional|more)\\s+" + INJECTION
            + "\\s+" + WINDOW);
    /** "Number of lumbar ESI sessions in last 12 months: 1", "Lumbar ESI sessions in the last 12 months (since 10/2025): 2". */
    private static final Pattern FIELD = Pattern.compile("(?i)\\b(?:number of\\s+" + INJECTION + "|" + NAMED_INJECTION + ")"
            + "\\s+(?:in|within)\\s+(?:the\\s+)?(?:past|last|prior|preceding)\\s+(?:(" + Numbers.COUNT + ")\\s+)?(months?|years?)"
            + "(?:\\s*\\([^()]{0,30}\\))?\\s*:\\s*(\\d{1,2})\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            String lower = s.lower();
            if (!lower.contains("month") && !lower.contains("year")) {
                continue; // every statement read here names its window; most sentences name none
            }
            Matcher m = s.matcher(FIELD);
            while (m.find()) {
                out.add(total(reading, s, m.start(), m.end(), m.group(1), m.group(2)).attr("count", Integer.parseInt(m.group(3))));
            }
            m = s.matcher(COUNTED);
            while (m.find()) {
                if (m.group(1).length() <= 2 && Character.isLetter(m.group(1).charAt(0)) && !s.text().substring(m.start(), m.start(1))
                        .toLowerCase(java.util.Locale.ROOT).matches("(?:only|just)\\s+")) {
                    continue; // "had an injection in the past year" says at least one, not how many
                }
                out.add(total(reading, s, m.start(), m.end(), m.group(2), m.group(3)).attr("count", Numbers.count(m.group(1))));
            }
            m = s.matcher(NO_OTHERS);
            while (m.find()) {
                out.add(total(reading, s, m.start(), m.end(), m.group(1), m.group(2)).attr("noOthers", true));
            }
        }
        return out;
    }

    private static FindingDraft total(DocumentReading reading, Sentence s, int from, int to, String number, String unit) {
        int n = number == null ? 1 : Numbers.count(number);
        int months = unit.toLowerCase(java.util.Locale.ROOT).startsWith("year") ? 12 * n : n;
        // Negation is this statement's content ("no other"), not a denial of it; hypothetical and
        // other-person context still apply.
        return reading.draft(FindingTypes.THERAPY, s, from, to).withContextExceptNegation()
                .attr("kind", "injection_total").attr("windowMonths", months);
    }
}
