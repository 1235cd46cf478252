package dev.necessity.extract.redflag;

import dev.necessity.extract.condition.HivMentions;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
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
 * Red flags that come from the history rather than the examination, as imaging guidelines use
 * them: a history of cancer ({@code cancer_history}), intravenous drug use, immunosuppression,
 * significant trauma, osteoporosis and long-term steroid use; and a blanket red-flag screen ("no
 * red flags", "red flags: none", "negative red flag review"), which gives a negated red flag
 * without a kind (it denies every kind). Asserted or denied ("denies IV drug use", "no history of
 * cancer"); family history and risk discussions are skipped. A history of cancer is a red flag
 * even though it is in the past, so it is not marked historical.
 */
public final class RedFlagHistoryReader implements FindingReader {

    private record Flag(String kind, Pattern pattern) {
    }

    private static final String CANCER = "(?:cancer|carcinoma|malignan(?:cy|cies)|lymphoma|myeloma|melanoma|sarcoma|metastatic disease|"
            + "(?:breast|prostate|lung|colon|renal|testicular|thyroid) ca)";
    private static final List<Flag> FLAGS = List.of(
            new Flag("cancer_history", Pattern.compile("(?i)\\b(?:(?:personal )?(?:history|hx|h/o) of (?:\\w+ ){0,3}?" + CANCER
                    + "|(?:\\w+ )?" + CANCER + "(?: (?:survivor|in remission|status post|s/p|treated))|(?:prior|previous|remote) (?:\\w+ ){0,2}?"
                    + CANCER + ")\\b")),
            new Flag("iv_drug_use", Pattern.compile("(?i)\\b(?:(?:intravenous|IV|injection) (?:drug|heroin|substance|opioid) (?:use|abuse|user)|IVDU|IVDA|"
                    + "inject(?:s|ing|ed)? (?:heroin|drugs|methamphetamine)|heroin use)\\b")),
            new Flag("immunosuppression", Pattern.compile("(?i)\\b(?:immunosuppress\\w*|immunocompromised|HIV|(?-i:AIDS)|organ transplant\\w*|"
                    + "(?:kidney|renal|liver|heart|lung) transplant\\w*|chemotherapy|on (?:tacrolimus|methotrexate|biologics?))\\b")),
            new Flag("significant_trauma", Pattern.compile("(?i)\\b(?:(?:significant|major|high[- ]energy|recent) trauma|motor vehicle (?:accident|collision|crash)|"
                    + "MVC|MVA|fall from (?:a )?(?:height|ladder|roof|\\d+ (?:feet|ft))|fell (?:off|from) (?:a |the )?(?:ladder|roof|horse|scaffold\\w*)|"
                    + "(?:ground[- ]level |mechanical )?fall(?: on| onto)? (?:the |her |his )?(?:ice|stairs|buttocks?|back)|fell (?:on|onto|down) "
                    + "(?:the |her |his )?(?:ice|stairs|buttocks?|back|bottom)|fell backward\\w*|trauma)\\b")),
            // Osteopenia (a T-score between -1 and -2.5) is not osteoporosis, the risk factor the policies name.
            new Flag("osteoporosis", Pattern.compile("(?i)\\b(?:osteoporo(?:sis|tic)|low bone density)\\b")),
            new Flag("long_term_steroids", Pattern.compile("(?i)\\b(?:(?:chronic|long[- ]term|prolonged|daily) (?:oral )?(?:steroids?|corticosteroids?|"
                    + "glucocorticoids?|prednisone)(?: use| therapy)?|(?:steroid|corticosteroid|prednisone) (?:use|therapy) for (?:\\d+|many|several) "
                    + "(?:years|months)|(?:on|takes|taking) prednisone(?: \\d+ ?mg)?(?: daily)?(?: for (?:\\d+|many|several) (?:years|months))?)\\b")),
            new Flag("saddle_anesthesia", Pattern.compile("(?i)\\b(?:numb\\w*|tingling|no feeling) (?:\"|')?in the (?:seat|saddle|groin and buttocks?) "
                    + "(?:area|region)|saddle distribution|(?:decreased|reduced|diminished|absent|loss of) (?:sensation|light touch|pinprick|feeling) "
                    + "(?:in|over|of|around) the (?:perine\\w*|perianal \\w+|saddle \\w+|genitals?)\\b")),
            new Flag("bowel_bladder_dysfunction", Pattern.compile("(?i)\\b(?:inability|unable|not able|(?:is|was|are|were)n't able) to (?:urinate|pass urine|empty (?:his|her|the) bladder)"
                    + "|incomplete (?:bladder )?emptying|voiding difficult(?:y|ies)|difficulty (?:voiding|urinating)\\b")),
            new Flag(null, Pattern.compile("(?i)\\bred[- ]flags?\\b")));
    /**
     * Words one of which every flag's match contains (a keyword hint: plain words, so it is looked
     * up, not matched); {@code RedFlagHistoryReaderTest} checks each flag against it.
     */
    private static final Pattern HINT = Pattern.compile("(?i)cancer|carcinoma|malignan|lymphoma|myeloma|melanoma|sarcoma|metasta|"
            + "breast ca|prostate ca|lung ca|colon ca|renal ca|testicular ca|thyroid ca|"
            + "drug|IVD|inject|heroin|substance|opioid|immuno|HIV|AIDS|transplant|chemo|tacrolimus|methotrexate|biologic|trauma|accident|"
            + "collision|crash|MVC|MVA|fall|fell|osteop|bone density|steroid|glucocorticoid|prednisone|red flag|red-flag|seat|saddle|groin|"
            + "perine|perianal|genital|urinat|pass urine|void|emptying|bladder");
    /**
     * A red-flag field answered with a denial and a remark: "Significant trauma: no falls, lifting only", "IV drug use:
     * none, ever", or by a negative test: "Immunosuppression: HIV neg 03/2026". (A bare "No" after the label is a template answer ConText already reads.)
     */
    private static final Pattern FIELD_DENIED = Pattern.compile("(?i)^[ \\t]*:[ \\t]*(?:no|none|denies|denied|negative"
            // ... or with the test that answers it negative: "Immunosuppression: HIV neg 03/2026".
            + "|(?-i:[A-Z][A-Za-z0-9]{1,6})(?: Ab| antibody| test| screen)? (?:neg|negative|non-?reactive))\\b");
    /**
     * A red-flag field answered as past: "Injection drug use: remote - heroin IV approx 2009-2017, none since 2017". A risk
     * that has ended (drug use, a course of steroids, an old injury) is not the present one the flag means; a cancer
     * history is the flag itself, however old.
     */
    private static final Pattern FIELD_PAST = Pattern.compile("(?i)^[ \\t]*:[ \\t]*(?:remote|past|former|previous|prior|historical)\\b"
            + "(?![ \\t]*(?:weeks?|months?|days?|\\d))");
    /**
     * A collision or fall told as low in energy ("low-mechanism rear-end MVC", "motor vehicle collision, low speed (~10 mph)",
     * "minor fender-bender"): not the significant trauma the red flag means. Looked for just before the match or in the
     * words after it, up to the sentence's next full stop.
     */
    private static final Pattern LOW_ENERGY = Pattern.compile("(?i)\\b(?:low[- ]?(?:speed|mechanism|energy|impact|velocity)|minor|"
            + "fender[- ]?bender|parking[- ]lot|(?:[1-9]|1\\d)[ -]?mph|"
            // "Trauma was a lifting strain, no fall, no high-energy mechanism": the injury named, and a strain.
            + "(?:lifting|bending|twisting|lifting-type)(?: \\w+)? (?:strain|sprain|injury|episode)|no high[- ]energy mechanism)\\b");
    /** A collision named without its force: "MVC", "MVA", "motor vehicle collision". */
    private static final Pattern COLLISION = Pattern.compile("(?i)^(?:MVC|MVA|motor vehicle (?:accident|collision|crash))$");
    /** A collision told as high in energy: "high-speed", "rollover", "ejected", "airbags deployed", "45 mph", "head-on". */
    private static final Pattern HIGH_ENERGY = Pattern.compile("(?i)\\b(?:high[- ]?(?:speed|energy|velocity|mechanism|impact)|roll[- ]?over|"
            + "eject(?:ed|ion)|head[- ]on|t[- ]?bone\\w*|air ?bags? (?:deployed|deployment)|extricat\\w+|totall?ed|highway speed|"
            + "(?:[3-9]\\d|1\\d\\d)[ -]?mph)\\b");
    /** "Red flags: none", "red flags negative": the denial follows the words. */
    private static final Pattern SCREEN_AFTER = Pattern.compile("(?i)^\\W{0,3}(?:none|negative|absent|denied|not present)\\b");

    /** Whether an asserted cancer history ("history of prostate cancer") covers part of {@code [from, to)} of the sentence. */
    static boolean assertsCancerHistory(DocumentReading reading, Sentence s, int from, int to) {
        Matcher m = s.matcher(FLAGS.get(0).pattern());
        while (m.find()) {
            if (m.start() < to && from < m.end() && !reading.modifiers(s, m.start(), m.end()).negated()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.RED_FLAG);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || ClinicalSections.isAllergies(s)
                    || !s.finds(HINT)) {
                continue;
            }
            for (Flag flag : FLAGS) {
                Matcher m = s.matcher(flag.pattern());
                while (m.find()) {
                    if (flag.kind() == null) {
                        FindingDraft screen = screen(reading, s, m);
                        if (screen != null) {
                            out.add(screen);
                        }
                        continue;
                    }
                    if ("significant_trauma".equals(flag.kind()) && lowEnergy(s.text(), m.start(), m.end())) {
                        continue;
                    }
                    // A history of cancer is the red flag itself: keep negation and hedging, drop "historical".
                    Modifiers c = reading.modifiers(s, m.start(), m.end());
                    if ("significant_trauma".equals(flag.kind()) && COLLISION.matcher(m.group()).matches() && !c.negated()
                            && !HIGH_ENERGY.matcher(s.text()).region(Math.max(0, m.start() - 40), Math.min(s.text().length(), m.end() + 80)).find()) {
                        // A collision whose force is not told may or may not be the significant trauma the flag means.
                        c = new Modifiers(false, true, c.historical(), c.negationStart(), c.negationEnd());
                    }
                    if ("immunosuppression".equals(flag.kind())) {
                        c = HivMentions.modifiers(s.text(), m.start(), m.end(), c); // a prevention programme, a negative test
                        if (c == null) {
                            continue;
                        }
                    }
                    Matcher answer = FIELD_DENIED.matcher(s.text()).region(m.end(), s.text().length());
                    if (!c.negated() && answer.lookingAt()) {
                        // "Significant trauma: no falls, lifting only": the field's answer denies it; the quote runs on to it.
                        c = new Modifiers(true, c.uncertain(), false, -1, answer.end());
                    }
                    boolean past = !"cancer_history".equals(flag.kind()) && FIELD_PAST.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
                    out.add(reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end())
                            .modifiers(new Modifiers(c.negated(), c.uncertain(), past, c.negationStart(), c.negationEnd())).attr("kind", flag.kind()));
                }
            }
        }
        return out;
    }

    private static boolean lowEnergy(String text, int from, int to) {
        int stop = text.indexOf(". ", to);
        int end = Math.min(text.length(), Math.min(stop < 0 ? text.length() : stop, to + 80));
        return LOW_ENERGY.matcher(text).region(Math.max(0, from - 30), end).find();
    }

    /** "No red flags" / "Red flags: none" denies every kind: a negated red flag with no kind; null unless it is a denial. */
    private FindingDraft screen(DocumentReading reading, Sentence s, Matcher m) {
        Modifiers c = reading.modifiers(s, m.start(), m.end());
        boolean denied = c.negated() || SCREEN_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
        if (!denied) {
            return null;
        }
        return reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end()).modifiers(new Modifiers(true, false, false, c.negationStart(), c.negationEnd()));
    }
}
