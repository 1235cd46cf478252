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

/**
 * Disc bulges, protrusions, extrusions, sequestrations and herniations with their descriptors
 * ("Broad-based disc bulge", "right paracentral disc protrusion"), side, and the nerve-root
 * relation stated in the same clause (contact, displacement, compression).
 */
public final class DiscReader implements FindingReader {

    private static final String DESCRIPTOR = "(?:broad-?based|broad|circumferential|diffuse|focal|central|paracentral|posterocentral|"
            + "posterolateral|posterior|foraminal|far[- ]lateral|lateral|extraforaminal|subligamentous|annular|large|small|tiny|shallow|"
            + "mild|moderate|minimal|minor|left|right|bilateral|left-sided|right-sided|non-?compressive|recurrent|new|residual|"
            + "\\d{1,2}(?:\\.\\d{1,2})? ?mm|asymmetric|prominent|generalized|moderate-sized|small-to-moderate|mild-to-moderate|"
            + "left paracentral|right paracentral)";
    private static final Pattern DISC = Pattern.compile("(?i)\\b(?:" + DESCRIPTOR + ",? ){0,4}"
            + "((?:dis[ck](?:-osteophyte)? )?(?:bulges?|bulging|protrusions?|extrusions?|herniations?|sequestrations?)"
            + "|(?:herniated|bulging|protruding|extruded|sequestered|ruptured) (?:nucleus pulposus|dis[ck]s?|dis[ck] material|dis[ck] fragments?|fragments?)"
            + "|HNP|free fragments?|dis[ck] herniated|dis[ck] displacement)\\b(?! vacuum)");
    private static final Pattern NOT_DISC = Pattern.compile("(?i)(?:facet|joint|cord|muscle|abdominal|hernia|fat|cyst|ligament)\\w* ?$");
    private static final Pattern RELATION = Pattern.compile("(?i)\\b(contact\\w*|abut\\w*|touch\\w*|displac\\w*|deflect\\w*|deviat\\w*|"
            + "compress\\w*|imping\\w*|entrap\\w*|pinch\\w*)\\b(?: (?:up)?on)?(?: the)?(?: \\w+){0,3}? (?:nerve )?roots?\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)[;.]| but | however |, and ");
    private static final Pattern NEGATED_RELATION = Pattern.compile("(?i)\\b(?:no|without|not)\\b[^,;]{0,20}$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.DISC_HERNIATION);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher m = s.matcher(DISC);
            while (m.find()) {
                if (NOT_DISC.matcher(s.text().substring(Math.max(0, m.start() - 20), m.start())).find() && !m.group(1).toLowerCase(Locale.ROOT).startsWith("dis")) {
                    continue;
                }
                String descriptors = s.text().substring(m.start(), m.start(1));
                FindingDraft d = reading.draft(FindingTypes.DISC_HERNIATION, s, m.start(), m.end()).withContext().resolveLevels()
                        .attr("morphology", morphology(m.group(1)))
                        .attr("side", Sides.in(descriptors))
                        .attr("nerveRoot", relation(reading, s, m.end()));
                out.add(d);
            }
        }
        return out;
    }

    private String relation(DocumentReading reading, Sentence s, int from) {
        String text = s.text();
        // The clause runs to the next clause end; searched in place, not in a copy of the rest of the sentence.
        Matcher end = CLAUSE_END.matcher(text).region(from, text.length());
        String clause = text.substring(from, end.find() ? end.start() : text.length());
        Matcher r = RELATION.matcher(clause);
        if (!r.find() || NEGATED_RELATION.matcher(clause.substring(0, r.start())).find()) {
            return null;
        }
        // "which may abut the traversing left L5 nerve root": a hedged relation is not the disc's (the hedged
        // nerve-root finding itself says it), so the protrusion is not read as contacting the root either.
        if (reading.modifiers(s, from + r.start(), from + r.end()).uncertain()) {
            return null;
        }
        return NerveRootReader.degree(r.group(1));
    }

    private static String morphology(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (h.contains("bulg")) {
            return "bulge";
        }
        if (h.contains("protru")) {
            return "protrusion";
        }
        if (h.contains("extru")) {
            return "extrusion";
        }
        if (h.contains("sequest") || h.contains("fragment")) {
            return "sequestration";
        }
        return "herniation";
    }
}
