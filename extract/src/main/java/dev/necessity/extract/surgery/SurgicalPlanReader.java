package dev.necessity.extract.surgery;

import dev.necessity.extract.negation.Modifiers;
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
 * Two spine-surgery statements the procedure-named grammar misses:
 * <ul>
 * <li>surgery being considered or planned: a {@code therapy} of kind {@code surgery} with status
 * planned ("would consider surgery", "refer to spine surgery", "surgical consultation", "candidate
 * for microdiscectomy"); denied ("not a surgical candidate", "does not want surgery") it is negated;</li>
 * <li>an unnamed prior spine operation: a {@code prior_surgery} without a kind ("prior lumbar
 * surgery", "history of back surgery"), or its denial ("no prior spine surgery", "never had back
 * surgery", or a global denial of any back history: "has never had back problems before", "first episode of back pain").</li>
 * </ul>
 */
public final class SurgicalPlanReader implements FindingReader {

    private static final String OPERATION = "(?:surgery|surgical (?:intervention|treatment|decompression)|decompression|discectomy|microdiscectomy|"
            + "micro-?discectomy|laminectomy|laminotomy|fusion|operative (?:treatment|management))";
    private static final Pattern PLAN = Pattern.compile("(?i)\\b(?:surgical (?:consult\\w*|referral|evaluation|opinion|options?|candidate)"
            + "|(?:refer\\w*|send\\w*)(?: (?:him|her|the patient|them))? (?:to|for) (?:a |an )?(?:spine surgeon|spine surgery|spinal surgery|"
            + "neurosurg\\w*|orthopedic spine(?: surgery)?|surgical (?:consult\\w*|evaluation))"
            + "|(?:candidate|eligible) for (?:\\w+ ){0,2}?" + OPERATION
            + "|consider\\w* (?:\\w+ ){0,4}?" + OPERATION
            + "|(?:would|will|wants? to|willing to|interested in|open to) (?:\\w+ ){0,3}?(?:surgery|surgical (?:options?|treatment|intervention)))\\b");
    private static final Pattern PRIOR = Pattern.compile("(?i)\\b(?:prior|previous|past|history of|h/o|s/p|status post|had|never had)(?: an?| any)? "
            + "(?:\\w+ ){0,2}?(?:back|spine|spinal|lumbar|low back) (?:surgery|surgeries|operations?)\\b"
            // A denial naming the back after the operation: "No surgery on the lower back", "no lower back surgery".
            + "|\\bno(?: prior| previous| past)? (?:(?:surgery|surgeries|operations?) (?:on|to) (?:the |his |her |their )?"
            + "(?:lower |low )?(?:back|lumbar spine)|(?:lower |low )(?:back|spine) (?:surgery|surgeries|operations?))\\b");
    /** Named operations with long words the procedure grammar cannot reach ("status post right L4-L5 hemilaminotomy"). */
    private static final Pattern PRIOR_NAMED = Pattern.compile("(?i)\\b(?:status post|s/p|underwent|after (?:a|an|his|her))(?: [\\w-]+){0,3}? "
            + "(?:hemilaminotom(?:y|ies)|laminoforaminotom(?:y|ies)|micro-?decompressions?|kyphoplasty|vertebroplasty)\\b");
    private static final Pattern HINT = Pattern.compile("(?i)surg|decompress|discectom|laminec|laminot|fusion|operat|plasty");
    /**
     * A global denial of any past back history, which covers back surgery: "He has never had back problems before",
     * "no prior back issues", "no previous spine history", "First episode of back pain". The quote shows the words relied on.
     */
    private static final Pattern NO_BACK_HISTORY = Pattern.compile("(?i)\\b(?:(?:has |had )?never had(?: any)?|no (?:prior|previous|past)(?: history of)?)"
            + " (?:back|spine|spinal|lumbar|low back) (?:problems?|issues?|trouble|history)\\b"
            + "|\\b(?:(?:this is|it is|it's) (?:her|his|their|the patient's) )?first (?:ever )?(?:episode|bout) of (?:low )?back (?:pain|problems?|trouble)\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.PRIOR_SURGERY, FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s)) {
                continue;
            }
            Matcher g = s.matcher(NO_BACK_HISTORY);
            while (g.find()) {
                out.add(reading.draft(FindingTypes.PRIOR_SURGERY, s, g.start(), g.end()).modifiers(new Modifiers(true, false, false, -1)));
            }
            if (!s.finds(HINT)) {
                continue;
            }
            Matcher p = s.matcher(PRIOR);
            boolean prior = false;
            while (p.find()) {
                prior = true;
                Modifiers c = reading.modifiers(s, p.start(), p.end());
                String lower = p.group().toLowerCase(Locale.ROOT);
                boolean never = lower.startsWith("never") || lower.startsWith("no ");
                out.add(reading.draft(FindingTypes.PRIOR_SURGERY, s, p.start(), p.end())
                        .modifiers(new Modifiers(c.negated() || never, c.uncertain(), false, c.negationStart(), c.negationEnd())).resolveLevels());
            }
            Matcher n = s.matcher(PRIOR_NAMED);
            if (!s.inSection("PLAN") && n.find()) {
                prior = true;
                out.add(reading.draft(FindingTypes.PRIOR_SURGERY, s, n.start(), n.end()).withContextExceptNegation().resolveLevels()
                        .attr("kind", "decompression"));
            }
            if (prior || ClinicalSections.isHypothetical(s) && !s.inSection("PLAN")) {
                continue;
            }
            Matcher m = s.matcher(PLAN);
            if (m.find()) {
                out.add(reading.draft(FindingTypes.THERAPY, s, m.start(), m.end()).withContext()
                        .attr("kind", "surgery").attr("status", "planned"));
            }
        }
        return out;
    }
}
