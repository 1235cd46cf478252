package dev.necessity.extract.therapy;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.model.FindingTypes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An epidural injection a claims history bills by its procedure code alone: "01/08/2026  C2601080125  1  Valley Regional
 * Pain / Ferris D, MD (PM)  24  62323  1  M54.16  PAID". In a row dated by its service ({@link ClaimRows}), a code of
 * {@code procedure-codes.tsv} is an injection given that day, of the code's type and spinal region, with no level. A
 * transforaminal injection at two levels (the first-level code and the add-on on the same day) is one session: the
 * engine counts sessions by date.
 */
public final class ClaimCodeReader implements FindingReader {
    static final String RESOURCE = "/dev/necessity/extract/procedure-codes.tsv";

    private record Code(String injectionType, String region) {
    }

    private static final Map<String, Code> CODES = load();
    private static final Pattern CODE = Pattern.compile("(?<![\\w.])(" + String.join("|", CODES.keySet()) + ")(?![\\w.])");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            String row = s.text().stripLeading();
            if (row.isEmpty() || !Character.isDigit(row.charAt(0))) {
                continue; // a claims row starts with its date
            }
            Matcher m = s.matcher(CODE);
            if (!m.find()) {
                continue;
            }
            Optional<LocalDate> day = ClaimRows.serviceDate(reading, s);
            if (day.isEmpty()) {
                continue;
            }
            do {
                Code code = CODES.get(m.group(1));
                out.add(reading.draft(FindingTypes.THERAPY, s, m.start(1), m.end(1)).withContextExceptNegation()
                        .attr("kind", "injection").attr("injectionType", code.injectionType()).attr("region", code.region())
                        .attr("status", "completed").attr("date", day.get()));
            } while (m.find());
        }
        return out;
    }

    private static Map<String, Code> load() {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.rows(ClaimCodeReader.class, RESOURCE)) {
            String[] c = row.columns();
            if (c.length < 4 || !c[0].trim().matches("\\d{5}")) {
                throw row.error("expected code, injectionType, region and a short description");
            }
            codes.put(c[0].trim(), new Code(c[1].trim(), c[2].trim()));
        }
        return codes;
    }
}
