package dev.necessity.extract.imaging;

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
 * Segmental instability: "instability", "unstable", "abnormal motion", or a measured translation
 * or angulation ("4 mm of translation on flexion-extension"). {@code dynamic} is true when the
 * sentence or the study is a flexion-extension one.
 */
public final class InstabilityReader implements FindingReader {

    private static final Pattern INSTABILITY = Pattern.compile("(?i)\\b(?:(?:dynamic|segmental|mechanical|gross|translational|rotational) )?"
            + "(?:instability|hypermobility|abnormal (?:motion|movement|translation)|unstable)\\b"
            + "|\\b\\d{1,2}(?:\\.\\d)? ?mm (?:of )?(?:anterior |posterior )?(?:translation|motion|movement|excursion|slippage)\\b"
            + "|\\btranslat(?:es|ion) (?:of )?(?:approximately |about )?\\d{1,2}(?:\\.\\d)? ?mm\\b");
    private static final Pattern TRANSLATION = Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d)?) ?mm (?:of )?(?:anterior |posterior )?"
            + "(?:translation|motion|movement|excursion|slippage)|translat(?:es|ion) (?:of )?(?:approximately |about )?(\\d{1,2}(?:\\.\\d)?) ?mm");
    private static final Pattern ANGULATION = Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d)?) ?(?:degrees|°) (?:of )?(?:angulation|angular motion|"
            + "sagittal rotation|rotation)|angulation (?:of )?(\\d{1,2}(?:\\.\\d)?) ?(?:degrees|°)");
    private static final Pattern DYNAMIC = Pattern.compile("(?i)flexion[- /](?:and )?extension|flexion and extension|flex/ex|"
            + "\\bflexion\\b.{0,40}\\bextension\\b|dynamic");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.INSTABILITY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        boolean dynamicStudy = reading.document().title() != null && DYNAMIC.matcher(reading.document().title()).find();
        for (Sentence s : reading.sentences()) {
            Matcher m = s.matcher(INSTABILITY);
            if (!m.find()) {
                continue;
            }
            FindingDraft d = reading.draft(FindingTypes.INSTABILITY, s, m.start(), m.end()).withContext().resolveLevels();
            Matcher t = s.matcher(TRANSLATION);
            if (t.find()) {
                d.attr("translationMm", Double.parseDouble(t.group(1) != null ? t.group(1) : t.group(2))).cover(t.start(), t.end());
            }
            Matcher a = s.matcher(ANGULATION);
            if (a.find()) {
                d.attr("angulationDeg", Double.parseDouble(a.group(1) != null ? a.group(1) : a.group(2))).cover(a.start(), a.end());
            }
            if (dynamicStudy || s.finds(DYNAMIC)) {
                d.attr("dynamic", true);
            }
            out.add(d);
        }
        return out;
    }
}
