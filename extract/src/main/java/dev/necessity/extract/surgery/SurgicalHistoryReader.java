package dev.necessity.extract.surgery;

import dev.necessity.extract.date.DateMention;
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
 * Past spine surgery ("status post L4-5 fusion", "underwent laminectomy in 2010", "previous
 * discectomy"), pseudarthrosis, and a surgeon's statement that the planned decompression will
 * destabilise the segment (with the facetectomy percentage). Planned surgery is not prior surgery.
 */
public final class SurgicalHistoryReader implements FindingReader {

    private static final String PROCEDURE = "(fusions?|arthrodesis|laminectom(?:y|ies)|hemilaminectom(?:y|ies)|laminotom(?:y|ies)|"
            + "micro-?dis[ck]ectom(?:y|ies)|dis[ck]ectom(?:y|ies)|decompressions?|foraminotom(?:y|ies)|arthroplast(?:y|ies)|"
            + "dis[ck] replacement|ACDF|TLIF|PLIF|ALIF|XLIF)";
    /** A sentence naming a decompression (lower-cased). */
    private static final Pattern DECOMPRESSION_WORD = Pattern.compile(".*(decompress|facetectom|laminectom|foraminotom).*");
    private static final Pattern PRIOR = Pattern.compile("(?i)\\b(?:status post|s/p|underwent|had (?:an? |her |his )?(?:previous |prior )?|"
            + "previous|prior|history of|h/o|since (?:his|her)|after (?:his|her|a|an))(?: (?:an?|the|his|her))?(?: [\\w-]{1,12}){0,4}? "
            + PROCEDURE + "\\b");
    private static final Pattern LISTED = Pattern.compile("(?i)\\b(?:(?:status post|s/p|underwent|previous|prior|history of|h/o)"
            + "(?: (?:an?|the|his|her))?(?: [\\w-]{1,12}){0,4}? )?" + PROCEDURE + "\\b");
    /** Past-surgical-history section names (a section name containing one is one): "PSH", "PAST SURGICAL HISTORY", "PRIOR SURGERIES". */
    private static final String[] SURGICAL_HISTORY = {"PSH", "SURGICAL HISTORY", "PAST SURGERIES", "PREVIOUS SURGERIES", "PRIOR SURGERIES"};
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:plan\\w*|recommend\\w*|will|would|candidate|discuss\\w*|consider\\w*|"
            + "schedul\\w*|propos\\w*|request\\w*|authorization|options?)\\b");
    private static final Pattern PSEUDARTHROSIS = Pattern.compile("(?i)\\bpseudo-?arthrosis\\b|\\bpseudarthrosis\\b|\\bnon-?union\\b|\\bfailed fusion\\b");
    private static final Pattern DESTABILIZING = Pattern.compile("(?i)\\b(?:destabiliz\\w*|creat\\w* (?:iatrogenic )?instability|render\\w* "
            + "(?:the (?:\\w+ )?segment |it )?unstable|iatrogenic instability)\\b");
    private static final Pattern FACETECTOMY = Pattern.compile("(?i)(\\d{2,3}) ?%(?: (?:or more |of the )?(?:bilateral |medial )?facet\\w*)|"
            + "facetectom\\w*(?: of)? (?:greater than |more than |over )?(\\d{2,3}) ?%");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.PRIOR_SURGERY, FindingTypes.PSEUDARTHROSIS, FindingTypes.DESTABILIZING_DECOMPRESSION);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            priorSurgery(reading, s, out);
            Matcher p = s.matcher(PSEUDARTHROSIS);
            if (p.find()) {
                out.add(reading.draft(FindingTypes.PSEUDARTHROSIS, s, p.start(), p.end()).withContext().resolveLevels());
            }
            Matcher d = s.matcher(DESTABILIZING);
            if (d.find() && DECOMPRESSION_WORD.matcher(s.text().toLowerCase(Locale.ROOT)).matches()) {
                FindingDraft draft = reading.draft(FindingTypes.DESTABILIZING_DECOMPRESSION, s, d.start(), d.end())
                        .withContext().resolveLevels();
                Matcher f = s.matcher(FACETECTOMY);
                if (f.find()) {
                    draft.attr("facetectomyPercent", Integer.parseInt(f.group(1) != null ? f.group(1) : f.group(2)));
                }
                out.add(draft);
            }
        }
        return out;
    }

    private void priorSurgery(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        if (s.inSection("PLAN", "RECOMMEND", "PROCEDURE", "OPERATION", "DIAGNOSIS") || s.finds(PLANNED)) {
            return;
        }
        // In a past-surgical-history section a named operation is a past one: "PSH: C5-6 anterior cervical discectomy and
        // fusion 2019".
        Matcher m = s.matcher(s.inSection(SURGICAL_HISTORY) ? LISTED : PRIOR);
        while (m.find()) {
            FindingDraft d = reading.draft(FindingTypes.PRIOR_SURGERY, s, m.start(), m.end()).withContextExceptNegation()
                    .resolveLevels().attr("kind", kind(m.group(1)));
            for (DateMention date : reading.dates(s)) {
                if (date.start() >= m.end() && date.start() - m.end() < 30) {
                    d.attr("date", date.date()).cover(date.start(), date.end());
                    if (!"day".equals(date.precision())) {
                        d.attr("datePrecision", date.precision());
                    }
                    break;
                }
            }
            out.add(d);
        }
    }

    private static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("fusion") || w.contains("arthrodesis") || w.endsWith("lif") || w.equals("acdf")) {
            return "fusion";
        }
        if (w.contains("laminect")) {
            return "laminectomy";
        }
        if (w.contains("ectom") && w.contains("dis")) {
            return "discectomy";
        }
        if (w.contains("arthroplast") || w.contains("replacement")) {
            return "arthroplasty";
        }
        return "decompression";
    }
}
