package dev.necessity.extract.imaging;

import dev.necessity.extract.negation.Modifiers;
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
 * Spinal cord compression ("compression of the spinal cord", "cord deformity", "flattening of the
 * cord", also coordinated with the nerve roots: "cord or nerve root compression", "compression of the
 * nerve roots or cord") and cord signal change ("increased T2 signal within the cord", "myelomalacia"); a cord
 * said to be normal in signal gives a negated signal change.
 */
public final class CordReader implements FindingReader {

    private static final String CORD = "(?:(?:spinal|cervical|thoracic) )?cord";
    private static final Pattern COMPRESSION = Pattern.compile("(?i)\\b(?:" + CORD + " (?:or (?:nerve roots?|\\w+) |/(?:nerve )?roots? )?(?:compression|impingement|flattening|deformity|deformation|distortion)"
            + "|(?:compression|flattening|deformity|deformation|indentation|impingement) (?:of|on|upon) the (?:(?:exiting |traversing )?(?:nerve )?roots? "
            + "(?:or|and) (?:the )?)?(?:anterior |ventral |posterior )?(?:aspect of the )?" + CORD
            + "|(?:compress|flatten|deform|indent|impress)(?:es|s|ing)?(?: (?:up)?on)? the (?:anterior |ventral )?(?:surface of the )?" + CORD
            + "(?: contour)?"
            // "the cord is flattened", and the radiologist's telegraphic form without the verb: "cord compressed and deformed".
            + "|" + CORD + " (?:(?:is|was|are|appears) )?(?:mildly |moderately |severely |markedly |focally )?(?:compressed|flattened|deformed)"
            + "|mass effect (?:up)?on the " + CORD
            // "stenosis with cord contact and mild deformity": contact alone is not compression, contact that deforms is.
            + "|" + CORD + " contact (?:and|with) (?:mild |moderate |severe |slight |early )?(?:deformity|deformation|flattening|indentation|compression)"
            + ")\\b");
    private static final Pattern SIGNAL = Pattern.compile("(?i)\\b(?:(?:increased|abnormal|high|bright|hyperintense|T2 hyperintense|T2) "
            + "(?:T2 )?(?:signal|intensity)(?: abnormality| change)?(?: (?:with)?in| involving)(?: the)?(?: \\w+)? " + CORD
            + "|" + CORD + " (?:signal (?:abnormality|change)|edema|hyperintensity)|myelomalacia"
            + "|(?:signal (?:change|abnormality)) (?:with)?in the " + CORD + "|intramedullary (?:signal|T2|lesion|enhancement)"
            + "|(?:increased|abnormal|high) (?:T2 )?signal[^.;]{0,60}?(?:with)?in the (?:\\w+ ){0,3}?" + CORD
            + "|syrinx|syringo-?(?:hydro)?myelia|hydromyelia|" + CORD + " changes?)\\b");
    private static final Pattern NORMAL_SIGNAL = Pattern.compile("(?i)\\bnormal (?:\\w+ )?cord signal|\\b" + CORD
            + " (?:is |was )?normal in (?:signal|caliber and signal)|\\bnormal (?:signal|intensity) (?:with)?in the " + CORD);

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.CORD_COMPRESSION, FindingTypes.CORD_SIGNAL_CHANGE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            collect(reading, s, s.matcher(COMPRESSION), FindingTypes.CORD_COMPRESSION, out);
            collect(reading, s, s.matcher(SIGNAL), FindingTypes.CORD_SIGNAL_CHANGE, out);
            Matcher n = s.matcher(NORMAL_SIGNAL);
            while (n.find()) {
                Modifiers m = reading.modifiers(s, n.start(), n.end());
                out.add(reading.draft(FindingTypes.CORD_SIGNAL_CHANGE, s, n.start(), n.end())
                        .modifiers(new Modifiers(true, m.uncertain(), m.historical(), -1)).resolveLevels());
            }
        }
        return out;
    }

    private void collect(DocumentReading reading, Sentence s, Matcher m, String type, List<FindingDraft> out) {
        while (m.find()) {
            out.add(reading.draft(type, s, m.start(), m.end()).withContext().resolveLevels());
        }
    }
}
