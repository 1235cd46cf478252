package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-surgical knee care that the spinal therapy readers do not name: knee injections
 * ("cortisone injection into the right knee on 11/04/2025", the chart shorthand "steroid injection L
 * knee", "knee injections", "Synvisc", "viscosupplementation", "hyaluronic acid injections"; a steroid injection
 * naming no site in a paragraph about the knee and no other joint or the spine) as
 * therapy kind {@code injection} with
 * injectionType {@code intra_articular}; a cane, walker, crutches or "assistive device" as
 * {@code assistive_device} (a brace is read by {@link TherapyMentionReader}); and weight-management counselling ("counseled on weight loss", "discussed
 * weight management", "referred to a dietitian", "bariatric referral", "enrolled in a weight-loss
 * program") as {@code weight_loss_counseling}. A counselling discussion is something done, so
 * "discussed weight loss" is not a plan; "will refer to a dietitian" is.
 */
public final class KneeCareReader implements FindingReader {

    /** A weight-management word that is advice given, not a programme joined (lower-cased). */
    private static final Pattern COUNSEL_WORD = Pattern.compile("(counsel|discuss|advised|educat|talked).*");
    static final Pattern INJECTION = Pattern.compile("(?i)\\b(?:(?:cortisone|steroid|corticosteroid|kenalog|depo-?medrol|triamcinolone|"
            + "hyaluronic acid|hyaluronan|gel|viscosupplement(?:ation)?|synvisc(?:-one)?|euflexxa|orthovisc|monovisc|durolane|gelsyn|PRP) )?"
            + "(?:injections?|shots?)(?: (?:(?:in|into|to|of) )?(?:the |both |his |her )?(?:left |right |bilateral |lt |rt |(?-i:L |R ))?knees?\\b)"
            + "|\\b(?:left |right |bilateral |lt |rt |(?-i:L |R ))?knee (?:cortisone |steroid |corticosteroid |gel )?(?:injections?|shots?)"
            + "|\\bviscosupplementation\\b|\\b(?:synvisc(?:-one)?|euflexxa|orthovisc|monovisc|durolane|gelsyn)\\b(?! ?: ?no)"
            + "|\\bhyaluronic acid injections?\\b");
    /** A steroid injection that names no site: "2 steroid injections (12/10/2025, 03/10/2026)", "Second corticosteroid injection 03/10/2026". */
    static final Pattern SITELESS_INJECTION = Pattern.compile("(?i)\\b(?:cortisone|steroid|corticosteroid|kenalog|depo-?medrol|triamcinolone)"
            + " (?:injections?|shots?)\\b");
    private static final Pattern KNEE = Pattern.compile("(?i)\\bknees?\\b");
    private static final Pattern INJECTION_WORD = Pattern.compile("(?i)\\b(?:inject\\w*|shots?|blocks?|epidural|ESI)\\b");
    /** Any other place an injection goes, which leaves a siteless one unplaced. */
    private static final Pattern OTHER_SITE = Pattern.compile("(?i)\\b(?:(?<!\\band )(?<!\\bcome )(?<!\\bgo )(?<!\\bget )back(?! and forth| to\\b| home\\b)|spine|spinal|lumbar|cervical|thoracic|neck|epidural|facet|"
            + "sacroiliac|SI joint|ESI|[CTLS]\\d|shoulders?|hips?|elbows?|wrists?|hands?|ankles?|feet|foot|trigger finger|bursa|bursitis|"
            + "tendon\\w*|plantar)\\b");
    private static final Pattern SIDE_ABBREVIATION = Pattern.compile("(?i)\\b(lt|rt|(?-i:L|R)) knee");
    private static final Pattern SPINAL_INJECTION = Pattern.compile("(?i)\\bintra-?articular (?:\\w+ )?injections?\\b|epidural|facet|sacroiliac");
    static final Pattern DEVICE = Pattern.compile("(?i)\\b(?:(?:single[- ]point |quad |straight )?canes?|walkers?|rolling walker|crutch(?:es)?|"
            + "assistive devices?|walking sticks?|trekking poles?)\\b");
    static final Pattern WEIGHT = Pattern.compile("(?i)\\b(?:counsel(?:l)?(?:ed|ing)|discuss(?:ed|ion)|advised|educat(?:ed|ion)|talked)\\b[^.;]{0,40}?"
            + "\\b(?:weight[- ](?:loss|reduction|management)|losing weight|diet and exercise|nutrition)\\b"
            + "|\\bweight[- ](?:loss|management|reduction) (?:counsel(?:l)?ing|program(?:me)?|discussion|clinic|referral|"
            + "(?:was |were |has been |have been )?(?:discussed|addressed|reviewed))\\b"
            + "|\\b(?:dietitian|dietician|nutritionist) (?:referral|consult(?:ation)?|visits?)\\b"
            + "|\\b(?:referr(?:ed|al)|refer) (?:to |for )?(?:a |the )?(?:dietitian|dietician|nutritionist|bariatric\\w*|weight[- ]loss \\w+|"
            + "medical weight management)\\b|\\bbariatric (?:referral|surgery consultation|consult)\\b"
            + "|\\benrolled in (?:a |the )?(?:weight[- ]loss|weight management|medically supervised weight)\\b");
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:will|plan(?:s|ned)? to|to be|would benefit|consider(?:ing)?|recommend(?:ed)?"
            + " (?:that|a|an)|should)\\b");
    private static final Object KNEE_ONLY_PARAGRAPHS = new Object();
    private static final Pattern HINT = Pattern.compile("(?i)inject|shot|viscosup|synvisc|euflexxa|orthovisc|monovisc|durolane|gelsyn|hyalur|"
            + "cane|walker|crutch|assistive|stick|pole|brace|sleeve|weight|dieti|nutrition|bariatric");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isAllergies(s) || !s.finds(HINT)) {
                continue;
            }
            boolean planned = s.inSection("PLAN", "RECOMMEND", "GOAL") || new TherapyFacts(s).planned();
            Matcher inj = s.matcher(INJECTION);
            boolean named = inj.find();
            if (!named) {
                inj = s.matcher(SITELESS_INJECTION);
                named = inj.find() && aboutTheKneeOnly(reading, s);
            }
            if (named && !s.finds(SPINAL_INJECTION) && !ClinicalSections.isHypothetical(s)) {
                out.add(care(reading, s, inj, "injection", planned).attr("injectionType", "intra_articular"));
            }
            Matcher dev = s.matcher(DEVICE);
            if (dev.find()) {
                out.add(care(reading, s, dev, "assistive_device", planned));
            }
            Matcher w = s.matcher(WEIGHT);
            if (w.find()) {
                boolean plan = PLANNED.matcher(s.text().substring(0, w.start())).find() && !COUNSEL_WORD.matcher(w.group().toLowerCase(Locale.ROOT)).matches();
                out.add(care(reading, s, w, "weight_loss_counseling", plan));
            }
        }
        return out;
    }

    /**
     * A paragraph about the knee and nothing else an injection could go into: a siteless steroid injection in it is a
     * knee injection ("Knee limits him every day ... Non-operative care since 12/2025: ..., 2 steroid injections
     * (12/10/2025, 03/10/2026)").
     */
    private static boolean aboutTheKneeOnly(DocumentReading reading, Sentence s) {
        return reading.once(KNEE_ONLY_PARAGRAPHS, () -> kneeOnlyParagraphs(reading)).contains(s.paragraph());
    }

    /**
     * The paragraphs that name the knee and no other site, found in one pass (per sentence, a paragraph could be the whole
     * note); and, in a record about the knee that tells of no injection anywhere else (a knee surgeon's letter whose
     * examination may still say "hips move freely"), every paragraph that names no other site ("Treatment so far: ...; a
     * corticosteroid injection at your office in March 2026").
     */
    private static Set<Integer> kneeOnlyParagraphs(DocumentReading reading) {
        Set<Integer> knee = new HashSet<>();
        Set<Integer> otherSite = new HashSet<>();
        Set<Integer> all = new HashSet<>();
        boolean injectedElsewhere = false;
        for (Sentence other : reading.sentences()) {
            all.add(other.paragraph());
            if (other.finds(OTHER_SITE)) {
                otherSite.add(other.paragraph());
                injectedElsewhere |= other.finds(INJECTION_WORD);
            } else if (other.finds(KNEE)) {
                knee.add(other.paragraph());
            }
        }
        knee.removeAll(otherSite);
        if (!injectedElsewhere && !knee.isEmpty()) {
            all.removeAll(otherSite);
            return all;
        }
        return knee;
    }

    /** "right knee", or the chart shorthand "L knee", "rt knee". */
    private static String side(String phrase) {
        String side = Sides.in(phrase);
        if (side != null) {
            return side;
        }
        Matcher abbreviated = SIDE_ABBREVIATION.matcher(phrase);
        return abbreviated.find() ? Sides.canonical(abbreviated.group(1)) : null;
    }

    private FindingDraft care(DocumentReading reading, Sentence s, Matcher m, String kind, boolean planned) {
        TherapyFacts facts = new TherapyFacts(s);
        FindingDraft d = reading.draft(FindingTypes.THERAPY, s, m.start(), m.end()).withContext().attr("kind", kind);
        facts.describe(d);
        if (planned) {
            return d.attr("status", "planned");
        }
        d.attr("status", facts.status()).attr("durationWeeks", facts.courseWeeks()).attr("side", side(m.group()));
        TherapyMentionReader.dates(reading, s, m.start(), m.end(), d);
        if (kind.equals("injection") && d.attribute("startDate") == null) {
            for (DateMention date : TreatmentClauses.dates(s, reading.dates(s), m.start(), m.end())) {
                if (date.start() >= m.end() || date.end() <= m.start()) {
                    d.attr("date", date.date());
                    break;
                }
            }
            if (d.attribute("date") == null && reading.document().date() != null && TreatmentClauses.doneToday(s, m.end())) {
                d.attr("date", reading.document().date()); // given at the visit the note records
            }
        }
        return d;
    }
}
