package dev.necessity.extract.redflag;

import dev.necessity.extract.date.DateFinder;
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
 * Red flags, asserted or (usually) denied: cauda equina syndrome, saddle anesthesia, bowel or
 * bladder dysfunction, progressive deficit, myelopathy, fracture, tumor, infection, fever and
 * weight loss. "She denies bowel or bladder dysfunction and denies saddle numbness" gives two
 * negated flags. Risk and consent discussions and family history are skipped. A severe motor
 * deficit comes from the motor examination.
 */
public final class RedFlagReader implements FindingReader {

    private record Flag(String kind, Pattern pattern) {
    }

    /** "Progressive weakness", "progressive neurologic deficit", "worsening leg weakness": the progressive-deficit flag. */
    public static final Pattern PROGRESSIVE_DEFICIT = Pattern.compile("(?i)\\bprogressive(?:ly worsening)?(?: (?:proximal|distal|motor|sensory|and|"
            + "leg|arm|lower extremity|upper extremity|bilateral)){0,3} (?:weakness|neurologic(?:al)? deficits?|deficits?|"
            + "numbness|foot drop|neurologic(?:al)? (?:decline|symptoms))\\b|\\bworsening (?:\\w+ )?(?:weakness|neurologic(?:al)? deficits?)\\b"
            + "|\\bweakness(?:, [a-z]+){0,3},? (?:had been|has been|have been|is|was|were) (?:worsening|progressing|getting worse)\\b");
    private static final String ORGAN = "(?:bowel|bladder|urinary|fecal|rectal)";
    private static final List<Flag> FLAGS = List.of(
            new Flag("cauda_equina", Pattern.compile("(?i)\\bcauda equina syndrome\\b|\\b(?:symptoms|signs) of cauda equina\\b")),
            new Flag("saddle_anesthesia", Pattern.compile("(?i)\\bsaddle(?: area)? (?:anesthesia|anaesthesia|numbness|paresthesias?|hypoesthesia|"
                    + "hypesthesia|sensory loss)\\b|\\bperineal numbness\\b|\\b(?:loss of|decreased) (?:perineal|perianal|genital|saddle) sensation\\b"
                    + "|\\bloss of sensation in (?:her|his|the) (?:genital|perineal|perianal|saddle) (?:area|region)\\b")),
            new Flag("bowel_bladder_dysfunction", Pattern.compile("(?i)\\b" + ORGAN + "(?: (?:or|and|and/or|/) " + ORGAN + ")? "
                    + "(?:dysfunctions?|incontinence|retention|difficult(?:y|ies)|problems?|changes?|complaints|symptoms|control|habits|function|emptying)\\b"
                    + "|\\bvoiding difficult(?:y|ies)\\b|\\bbladder (?:was |is )?distended\\b|\\bdistended bladder\\b"
                    + "|\\bincontinen(?:ce|t)\\b|\\bcontinent of " + ORGAN + "(?: (?:and|or|/) " + ORGAN + ")?|\\bloss of " + ORGAN + "(?: (?:or|and) " + ORGAN + ")? control\\b|\\bunable to (?:void|defecate)\\b")),
            new Flag("progressive_deficit", PROGRESSIVE_DEFICIT),
            new Flag("myelopathy", Pattern.compile("(?i)\\bmyelopath(?:y|ic)\\b")),
            new Flag("fracture", Pattern.compile("(?i)\\b(?:(?:compression|burst|pars|acute|pathologic|vertebral|wedge) )?fractures?\\b")),
            new Flag("tumor", Pattern.compile("(?i)\\b(?:tumou?rs?|neoplasms?|neoplastic|malignan(?:cy|t)|metasta(?:sis|ses|tic)|marrow[- ]replac(?:ing|ement)"
                    + "(?: (?:lesions?|process))?|(?:lytic|blastic|osseous) lesions?|(?:paraspinal |epidural |soft tissue )?mass(?:es)?(?! effect)"
                    + "|(?:(?!" + dev.necessity.extract.condition.ConditionReader.NOT_A_CANCER_SITE + "\\b)[a-z]+ )?(?<!pre-)cancer|(?:adeno)?carcinoma|lymphoma|myeloma|sarcoma|hemangioblastoma"
                    + "(?<!body mass)(?<!muscle mass))\\b")),
            new Flag("infection", Pattern.compile("(?i)\\b(?:infections?|infectious|infected|dis[ck]itis|osteomyelitis|(?:epidural )?abscess(?:es)?|"
                    + "septic)\\b")),
            new Flag("fever", Pattern.compile("(?i)\\b(?:fevers?|a?febrile|chills)\\b")),
            new Flag("weight_loss", Pattern.compile("(?i)\\b(?:unexplained |unintentional |unintended |significant |recent )?weight loss\\b")));
    private static final Pattern HINT = Pattern.compile("(?i)cauda|saddle|perine|genital|bowel|bladder|urin|fecal|rectal|incontin|void|"
            + "defecat|progressive|worsening|myelopath|fractur|tumo|neoplas|malignan|metasta|marrow|lesion|mass|infect|discitis|diskitis|"
            + "osteomyel|abscess|septic|fever|febrile|chills|weight loss|cancer|carcinoma|lymphoma|myeloma|sarcoma|blastoma|distended");
    private static final Pattern WEIGHT_ADVICE = Pattern.compile("(?i)\\b(?:recommend\\w*|advised|encourag\\w*|goal|program|counsel\\w*|discussed)\\b");
    private static final Pattern EXPLAINED_WEIGHT_LOSS = Pattern.compile("(?i)\\b(?:intentional|intended|purposeful|planned|desired|deliberate)\\b[^.;]{0,20}weight loss"
            + "|weight loss\\W{0,3}\\(?\\W{0,2}(?:intentional|intended|purposeful|planned|desired|deliberate)\\b"
            + "|weight loss\\b[^.;]{0,12}\\b(?:due to|from|with|after|secondary to|by|through|related to|on|since starting)\\b"
            + "[^.;]{0,30}\\b(?:diuresis|diuretics?|furosemide|torsemide|diet\\w*|dieting|exercise|bariatric|gastric|semaglutide|tirzepatide|GLP-?1|Ozempic|Wegovy|Mounjaro|program|lifestyle)\\b");
    private static final Pattern NOT_A_FINDING = Pattern.compile("(?i)\\bbody mass\\b|\\bmuscle mass\\b|\\bmass effect\\b|\\bpulsatile mass");
    private static final Pattern SPECIALTY = Pattern.compile("(?i)^ diseases?\\b");
    private static final Pattern INFECTION_TOPIC = Pattern.compile("(?i)^ (?:status|control|prevention|precautions)\\b");
    private static final Pattern TNF = Pattern.compile("(?i)tumou?r[- ]necrosis[- ]factor");
    /**
     * A fracture of a limb, the face or the skull, which is no spinal fracture: "L ankle fracture", "fracture of the
     * right wrist". A hip or pelvic fracture is left a fracture (it may be a fragility fracture).
     */
    private static final String LIMB = "(?:ankles?|wrists?|toes?|fingers?|thumb|hands?|foot|feet|elbows?|clavicle|collarbone|tibia[l]?|"
            + "fibula[r]?|radius|radial|ulna[r]?|humer(?:us|al)|metacarpal|metatarsal|nasal|nose|jaw|mandible|patella[r]?|shoulder|"
            + "forearm|skull|orbital|facial|tib/fib|distal radius)";
    private static final Pattern LIMB_BEFORE = Pattern.compile("(?i)\\b" + LIMB + "(?: (?:stress|avulsion|shaft|plateau|head|neck|bone))? $");
    private static final Pattern LIMB_AFTER = Pattern.compile("(?i)^ (?:of|to|in|involving) (?:the |his |her |a )?(?:(?:left|right|L|R|lt|rt)\\.? )?"
            + "(?:(?:distal|proximal|lateral|medial) )?" + LIMB + "\\b");
    private static final Pattern NORMAL_AFTER = Pattern.compile("(?i)^(?: (?:is|are|was|were)(?: reported as| described as)?| remains?)?"
            + " (?:normal|intact|unremarkable|preserved|within normal limits)\\b");
    private static final Pattern NORMAL_BEFORE = Pattern.compile("(?i)(?<!\\bloss of )(?<!\\blost )\\b(?:normal|intact|preserved|unremarkable) $");
    /**
     * A year written after the flag in its own clause: "cellulitis of the left lower leg in 2019", "a wrist fracture
     * (2008)", "fever back in March 2021", or right after it: "Hx L ankle fracture 2012 (ORIF)". A flag dated long enough before the note ({@link #over}) is an episode that is
     * over, not a current finding (a history of cancer is RedFlagHistoryReader's, and stays a red flag).
     */
    private static final Pattern DATED_YEAR = Pattern.compile("(?i)^(?:[^.;:]{0,40}?(?:\\bin|\\bduring|\\bback in|\\bcirca|\\()\\s*"
            + "(?:(?:early|late|mid)[- ]?)?|,?\\s*)(?:([a-z]{3,9})\\.?\\s+)?((?:19|20)\\d{2})\\b");
    /**
     * Incontinence the record calls old or of another cause, which is no new bowel or bladder dysfunction: "Chronic stress
     * urinary incontinence, unchanged per facility", "incontinent ... after coughing episode ... same as always",
     * "Occasionally incontinent (same as prior qtr ...; stress incontinence w/ cough/sneeze; long-standing)".
     */
    private static final Pattern LONGSTANDING = Pattern.compile("(?i)\\b(?:chronic|long-?standing|baseline|unchanged|same as (?:always|before|"
            + "prior|previous|usual)|since admission|for years|stress (?:urinary )?incontinence|(?:after|with|when (?:she|he|i)) (?:a )?(?:cough|sneez|laugh)\\w*)\\b");
    /** The organ phrases a normal-function statement can be about; "bowel and bladder incontinence" is never normal. */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)(?:function|control|habits)$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.RED_FLAG);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || ClinicalSections.isAllergies(s)) {
                continue;
            }
            if (s.finds(ANY_WEAKNESS)) {
                deniedWeakness(reading, s, out);
            }
            if (!s.finds(HINT)) {
                continue;
            }
            for (Flag flag : FLAGS) {
                Matcher m = s.matcher(flag.pattern());
                while (m.find()) {
                    if (skip(flag.kind(), s, m) || restatesCancerHistory(reading, flag.kind(), s, m)) {
                        continue;
                    }
                    out.add(flag(reading, s, m, flag.kind()));
                }
            }
        }
        return out;
    }

    /**
     * A denial of any weakness or deficit ("no saddle anesthesia, bowel/bladder sx, or weakness", "No focal neurological
     * deficit") denies a progressive or severe one too: there is none to progress. Only the denial is read here; a
     * weakness that is there is a symptom or an exam grade, and progressive only when the record says so.
     */
    private static void deniedWeakness(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        Matcher m = s.matcher(ANY_WEAKNESS);
        while (m.find()) {
            Modifiers c = reading.modifiers(s, m.start(), m.end());
            if (c.negated() && !c.uncertain() && !c.historical() && !PROGRESSIVE_DEFICIT.matcher(s.text()).region(Math.max(0, m.start() - 40), m.end()).find()) {
                out.add(reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end()).withContext().attr("kind", "progressive_deficit"));
            }
        }
    }

    /** Any weakness or neurological deficit, to be read only where it is denied. */
    private static final Pattern ANY_WEAKNESS = Pattern.compile("(?i)\\b(?:(?:leg|focal|motor|new|lower extremity|LE) )?weakness\\b"
            + "|\\b(?:focal )?neuro(?:logic(?:al)?)? deficits?\\b|\\bfoot drop\\b");

    /**
     * "Afebrile", "continent of bowel and bladder", "bowel and bladder function is normal", "bladder
     * and bowel control intact" and "normal bowel and bladder function" deny the flag in their own words.
     */
    private FindingDraft flag(DocumentReading reading, Sentence s, Matcher m, String kind) {
        FindingDraft d = reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end()).withContext().resolveLevels().attr("kind", kind);
        boolean function = FUNCTION_WORD.matcher(m.group()).find();
        // NORMAL_AFTER is anchored: a region match at m.end() reads the rest of the sentence without copying it.
        Matcher after = NORMAL_AFTER.matcher(s.text()).region(m.end(), s.text().length());
        boolean normalAfter = function && after.lookingAt();
        Matcher before = NORMAL_BEFORE.matcher(s.text()).region(Math.max(0, m.start() - 14), m.start()).useTransparentBounds(true);
        boolean normalBefore = function && before.find();
        String word = m.group().toLowerCase(Locale.ROOT);
        if (word.equals("afebrile") || word.startsWith("continent") || normalAfter || normalBefore) {
            Modifiers mods = reading.modifiers(s, m.start(), m.end());
            d.modifiers(new Modifiers(true, mods.uncertain(), mods.historical(), -1));
            if (normalAfter) {
                d.cover(m.end(), after.end());
            }
            if (normalBefore) {
                d.cover(before.start(), m.end());
            }
        } else if (kind.equals("bowel_bladder_dysfunction") && s.finds(LONGSTANDING)) {
            d.modifiers(reading.modifiers(s, m.start(), m.end()).asHistorical());
        } else if (!kind.equals("tumor")) {
            datedEpisode(reading, s, m.start(), m.end(), d);
            if (kind.equals("infection")) {
                ResolvedEpisode.mark(reading, s, m.start(), m.end(), d);
            }
        }
        return d;
    }

    /**
     * Whether an episode dated by a year (and perhaps a month) is over by the note's date: a year alone two or more
     * calendar years before it ("cellulitis in 2019"), a month and year whose month ended three or more months before
     * it ("a UTI in July 2026" in a November note, "treated, repeat UA negative").
     */
    private static boolean over(String month, int year, java.time.LocalDate note) {
        int m = DateFinder.month(month);
        if (m == 0) {
            return year <= note.getYear() - 2;
        }
        java.time.LocalDate endOfMonth = java.time.LocalDate.of(year, m, 1).plusMonths(1).minusDays(1);
        return !endOfMonth.plusMonths(3).isAfter(note);
    }

    /** Marks {@code d} (a flag at from-to) historical when a date long enough before the note follows it ({@link #DATED_YEAR}, {@link #over}). */
    static void datedEpisode(DocumentReading reading, Sentence s, int from, int to, FindingDraft d) {
        java.time.LocalDate note = reading.document().date();
        if (note == null) {
            return;
        }
        Matcher y = DATED_YEAR.matcher(s.text()).region(to, s.text().length());
        Matcher before = YEAR_BEFORE.matcher(s.text()).region(Math.max(0, from - 24), from);
        if (y.lookingAt() && over(y.group(1), Integer.parseInt(y.group(2)), note)
                || before.find() && over(null, Integer.parseInt(before.group(1)), note)) {
            d.modifiers(reading.modifiers(s, from, to).asHistorical());
        }
    }

    /** A year written as the episode's modifier: "old hyperpigmentation from 2019 cellulitis", "her 2018 osteomyelitis". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:from|after|since|the|her|his|a|an|prior|old)\\s+((?:19|20)\\d{2})\\s+$");

    /** "History of prostate cancer" is a cancer history (RedFlagHistoryReader's flag), not a current tumour. */
    private static boolean restatesCancerHistory(DocumentReading reading, String kind, Sentence s, Matcher m) {
        return kind.equals("tumor") && !reading.modifiers(s, m.start(), m.end()).negated()
                && RedFlagHistoryReader.assertsCancerHistory(reading, s, m.start(), m.end());
    }

    /** A heading that only names the topic of the lines under it: "Infection:" alone before its list. */
    private static final Pattern TOPIC_LABEL = Pattern.compile("^\\W{0,3}$");

    /** Whether all that follows {@code from} is a colon, with blanks around it. */
    private static boolean onlyColonAfter(String text, int from) {
        String rest = text.substring(from).strip();
        return rest.equals(":");
    }

    private boolean skip(String kind, Sentence s, Matcher m) {
        if (m.start() <= 3 && onlyColonAfter(s.text(), m.end()) && TOPIC_LABEL.matcher(s.text()).region(0, m.start()).matches()) {
            return true;
        }
        if (kind.equals("weight_loss")) {
            // Weight lost for a stated reason is not unexplained: "weight loss due to diuresis", "intentional weight loss".
            return s.finds(WEIGHT_ADVICE) || s.inSection("PLAN") || EXPLAINED_WEIGHT_LOSS.matcher(s.text()).region(Math.max(0, m.start() - 40),
                    Math.min(s.text().length(), m.end() + 40)).find();
        }
        if (kind.equals("fracture")) {
            return LIMB_BEFORE.matcher(s.text()).region(Math.max(0, m.start() - 30), m.start()).find()
                    || LIMB_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
        }
        if (kind.equals("infection")) {
            // "Infectious Diseases clinic", "Provider: ..., MD, Infectious Diseases": a specialty, not an infection.
            // "Asked for confirmation of current infection status", "infection control", "infection prevention": a topic, not
            // an infection.
            return m.group().equalsIgnoreCase("infectious") && SPECIALTY.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()
                    || INFECTION_TOPIC.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
        }
        if (kind.equals("tumor")) {
            // "adalimumab (a tumor necrosis factor inhibitor)" names a drug class, not a tumour.
            if (TNF.matcher(s.text()).region(m.start(), s.text().length()).lookingAt()) {
                return true;
            }
            int a = Math.max(0, m.start() - 6);
            int b = Math.min(s.text().length(), m.end() + 8);
            return NOT_A_FINDING.matcher(s.text().substring(a, b)).find();
        }
        return false;
    }
}
