package dev.necessity.extract.clinical;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.FindingDraft;
import dev.necessity.extract.FindingReader;
import dev.necessity.extract.date.DateMention;
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
 * "Cotinine (serum) <2 ng/mL", "Hemoglobin A1c, whole blood: 7.1 %".
 */
public final class LabLineReader implements FindingReader {

    private static final String SPECIMEN = "(?:,|\\(|-)? ?(?:urine|urinary|serum|plasma|blood|whole blood|saliva)\\)?:? ?";
    private static final Pattern COTININE = Pattern.compile("(?i)\\bcotinine" + SPECIMEN + "[<≤]? ?(\\d{1,4}(?:\\.\\d{1,2})?) ?(ng/mL)?");
    private static final Pattern A1C = Pattern.compile("(?i)\\b(?:hemoglobin A1c|HbA1c|A1c)" + SPECIMEN + "(\\d{1,2}(?:\\.\\d)?) ?%");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.LAB);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher c = s.matcher(COTININE);
            if (c.find()) {
                out.add(lab(reading, s, c, "cotinine", Double.parseDouble(c.group(1)), c.group(2)));
            }
            Matcher a = s.matcher(A1C);
            if (a.find()) {
                out.add(lab(reading, s, a, "hba1c", Double.parseDouble(a.group(1)), "%"));
            }
        }
        return out;
    }

    private FindingDraft lab(DocumentReading reading, Sentence s, Matcher m, String test, double value, String unit) {
        FindingDraft d = reading.draft(FindingTypes.LAB, s, m.start(), m.end()).withContextExceptNegation()
                .attr("test", test).attr("value", value).attr("unit", unit);
        List<DateMention> dates = reading.dates(s);
        d.attr("date", dates.isEmpty() ? reading.document().date() : dates.get(0).date());
        return d;
    }
}
