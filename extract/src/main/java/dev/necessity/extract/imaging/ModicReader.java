package dev.necessity.extract.imaging;

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

/** Modic endplate changes with their type: "Type II Modic endplate changes", "Modic type II changes", "type 1 endplate changes". */
public final class ModicReader implements FindingReader {

    private static final String TYPE = "(I{1,3}|[123]|one|two|three)";
    private static final String TAIL = "(?: (?:vertebral )?(?:end ?-?plates?|marrow))?(?: (?:signal|marrow))?(?: (?:changes?|abnormalit(?:y|ies)|signal))?";
    private static final Pattern MODIC = Pattern.compile("(?i)\\btype " + TYPE + " Modic" + TAIL
            + "|\\bModic(?: type)?(?: " + TYPE + ")?" + TAIL + "(?: type " + TYPE + ")?"
            + "|\\btype " + TYPE + " (?:(?:degenerative|inflammatory|fatty|edematous|reactive) )?(?:vertebral )?end ?-?plates?"
            + "(?: marrow)?(?: signal)? (?:changes?|abnormalit(?:y|ies))");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.MODIC_CHANGE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher m = s.matcher(MODIC);
            while (m.find()) {
                FindingDraft d = reading.draft(FindingTypes.MODIC_CHANGE, s, m.start(), m.end()).withContext().resolveLevels();
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        d.attr("modicType", type(m.group(g)));
                        break;
                    }
                }
                out.add(d);
            }
        }
        return out;
    }

    private static int type(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "i", "1", "one" -> 1;
            case "ii", "2", "two" -> 2;
            default -> 3;
        };
    }
}
