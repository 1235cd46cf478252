package dev.necessity.extract.measurement;

import dev.necessity.extract.date.DateMention;
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
 * Laboratory result lines that name the specimen between the test and its value, as laboratory
 * reports print them and {@link MeasurementReader} does not read: "Cotinine, urine: 4 ng/mL",
 * "Cotinine (serum) <2 ng/mL", "Hemoglobin A1c, whole blood: 7.1 %", and table rows with the method and a
 * flag: "Cotinine, urine (quant.)   410 ng/mL   HIGH", "COTININE, SERUM   162   H   ng/mL",
 * "Cotinine, urine   not detected" (a qualitative result: negative or positive), and rows with a dot leader:
 * "Cotinine ............. <2 ng/mL".
 */
public final class LabLineReader implements FindingReader {

    /**
     * What a report prints between the test and its result: the specimen and the method, in any order
     * and with its own punctuation ("Cotinine, urine (quant.)", "COTININE, SERUM", "Cotinine (serum)").
     */
    private static final String QUALIFIER = "(?:urine|urinary|serum|plasma|blood|whole blood|saliva|random|quant\\.?|quantitative|qualitative|LC[/-]MS(?:/MS)?|GC[/-]MS|immunoassay)";
    /** The specimen and method (optional: a row under a "COTININE, SERUM" heading names neither), then a colon or dot leader. */
    private static final String SPECIMEN = "(?:(?: ?(?:,|\\(|-)? ?" + QUALIFIER + "\\)?)+:? ?(?:\\.{2,} ?)?| ?\\.{2,} ?)";
    /** A flag printed between the value and its unit ("162 H ng/mL"). */
    private static final String FLAG = "(?:(?:H|HIGH|\\(H\\)|\\*)(?![A-Za-z]) ?)?";
    private static final Pattern COTININE = Pattern.compile("(?i)\\bcotinine" + SPECIMEN
            + "(?:(not detected|negative|positive|detected)\\b|[<\u2264]? ?(\\d{1,4}(?:\\.\\d{1,2})?)" + MeasurementReader.NOT_A_DATE + " ?" + FLAG + "(ng/mL)?)");
    private static final Pattern A1C = Pattern.compile("(?i)\\b(?:hemoglobin A1c|HbA1c|A1c)" + SPECIMEN + "(\\d{1,2}(?:\\.\\d)?)" + MeasurementReader.NOT_A_DATE + " ?" + FLAG + "%");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.LAB);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher c = s.matcher(COTININE);
            if (c.find() && !MeasurementReader.threshold(s.text(), c.start(), c.end())) {
                Object value = c.group(2) != null ? (Object) Double.parseDouble(c.group(2))
                        : c.group(1).toLowerCase(java.util.Locale.ROOT).equals("not detected") ? "negative" : c.group(1).toLowerCase(java.util.Locale.ROOT).replace("detected", "positive");
                out.add(lab(reading, s, c, "cotinine", value, c.group(3)));
            }
            Matcher a = s.matcher(A1C);
            if (a.find() && !MeasurementReader.threshold(s.text(), a.start(), a.end())) {
                out.add(lab(reading, s, a, "hba1c", Double.parseDouble(a.group(1)), "%"));
            }
        }
        return out;
    }

    private FindingDraft lab(DocumentReading reading, Sentence s, Matcher m, String test, Object value, String unit) {
        FindingDraft d = reading.draft(FindingTypes.LAB, s, m.start(), m.end()).withContextExceptNegation()
                .attr("test", test).attr("value", value).attr("unit", unit);
        List<DateMention> dates = reading.dates(s);
        d.attr("date", dates.isEmpty() ? reading.document().date() : dates.get(0).date());
        return d;
    }
}
