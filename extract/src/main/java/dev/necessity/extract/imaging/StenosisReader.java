package dev.necessity.extract.imaging;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.ClaimedSpans;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stenosis in the radiologist's phrasings: "mild bilateral neuroforaminal narrowing",
 * "No high-grade canal or foraminal stenosis", "narrowing of the right lateral recess",
 * "mild impression on the thecal sac" (central), "Neural foramina are patent" (none),
 * "the right foramen was mildly compromised", and unlocated "lumbar spinal stenosis".
 * One finding per location and level; grades come from {@link SeverityGrammar}.
 */
public final class StenosisReader implements FindingReader {

    private static final String SEV = SeverityGrammar.PHRASE;
    private static final String SIDE = Sides.WORD;
    private static final String FILLER = "(?:non-?compressive|associated|acquired|congenital|resultant|resulting|developmental|"
            + "ventral|dorsal|anterior|posterior|rightward|leftward|"
            + "diffuse|focal|some|relative|secondary|degenerative|spinal|lumbar|cervical|underlying|additional|osseous|bony)";
    private static final String LOC = "(?:central(?: spinal)?(?: canal)?|(?:spinal )?canal|lateral recess(?:es)?|subarticular(?: recess(?:es)?| zones?)?|"
            + "(?:intervertebral )?(?:neural |neuro-?)?foramin(?:al|a|en(?! magnum))|neuroforamin(?:al|a|en)|thecal sac)";
    private static final String LOC_NOUN = "(?:central (?:spinal )?canal|spinal canal|canal|lateral recess(?:es)?|subarticular (?:recess(?:es)?|zones?)|"
            + "(?:intervertebral )?(?:neural |neuro-?)?foram(?:en(?! magnum)|ina)|neuroforam(?:en|ina)|thecal sac|dural sac)";
    private static final String SEP = "(?:, and |, or |, | and/or | and | or |/)";
    private static final String HEAD = "(?:stenos[ie]s|narrowing|compromise|encroachment|effacement|impingement|flattening|indentation|"
            + "impression|deformity|distortion)";
    private static final String PREP_HEAD = "(?:stenosis|narrowing|compromise|encroachment|impingement|impression|indentation|effacement|"
            + "flattening|deformity|distortion|compression|mass effect|indent(?:s|ing)?|effac(?:es|ed|ing)|flatten(?:s|ing)|compress(?:es|ing)|"
            + "narrow(?:s|ed|ing)|compromis(?:es|ed|ing)|impress(?:es|ing)(?: (?:up)?on)?|encroach(?:es|ing)(?: (?:up)?on)?)";
    private static final String PART = "(?:(?:(?:anterior|ventral|posterior|dorsal|rightward|leftward|right|left)(?:ward)? )?"
            + "(?:aspect|surface|margin|portion|contour) of (?:the )?)?";
    private static final String VERB = "(?:(?:at (?:these|this|that|all|each|both) levels? )?(?:is|are|was|were|remains?|appears?|has been|have been|had been)"
            + "(?: to be)?)";
    /** The state of a canal or foramen, after a verb or, in a clinician's note style, without one ("Central canal mildly narrowed", "R foramen patent"). */
    private static final String STATE = "(narrowed|compromised|stenotic|encroached|effaced|tight|patent|normal|adequate|preserved|unremarkable|maintained|capacious|widely patent|clear)";

    /** A state word that grades the canal or foramen as not narrowed. */
    private static final Pattern OPEN_STATE = Pattern.compile("patent|normal|adequate|preserved|unremarkable|maintained|capacious|widely patent|clear");
    /**
     * A level written between the grade and what it grades, as clinic notes shorten a report: "severe L4-5 stenosis",
     * "moderate L3-L4 canal stenosis".
     */
    private static final String LEVEL = "(?:(?-i:[LTCS])\\d{1,2}(?: ?[-\u2013/] ?(?-i:[LTCS])?\\d{1,2})? )?";
    private static final Pattern ADJECTIVE_FORM = Pattern.compile("(?i)\\b(?:(" + SEV + ") )?" + LEVEL + "(?:(?:" + SIDE + "|" + FILLER + ") ){0,3}"
            + "(" + LOC + "(?:" + SEP + "(?:the )?(?:" + SIDE + " )?" + LOC + "){0,2}) (?:" + FILLER + " )?" + HEAD + "\\b");
    private static final Pattern PREPOSITION_FORM = Pattern.compile("(?i)\\b(?:(" + SEV + ") )?(?:" + FILLER + " )?" + PREP_HEAD
            + "(?: (?:of|at|in|involving|within|on|upon|into))? (?:the )?" + PART + "(?:(?:" + SIDE + ") )?(?:(?:anterior|ventral|posterior|dorsal) )?"
            + "(" + LOC_NOUN + "(?:" + SEP + "(?:the )?(?:" + SIDE + " )?" + LOC_NOUN + "){0,2})\\b");
    private static final Pattern PREDICATE_FORM = Pattern.compile("(?i)\\b(?:(?:the|both|bilateral) )?(?:(?:" + SIDE + ") )?"
            + "(" + LOC_NOUN + "(?:" + SEP + "(?:the )?(?:" + SIDE + " )?" + LOC_NOUN + "){0,2})(?: " + VERB
            + ")? (?:(?:grossly|widely|otherwise|relatively|well) )?(?:(" + SEV + ") )?" + STATE + "\\b");
    private static final Pattern NORMAL_FORM = Pattern.compile("(?i)\\b(?:normal|patent|capacious|widely patent) (?:the )?(?:(?:" + SIDE + ") )?("
            + LOC_NOUN + "(?:" + SEP + "(?:the )?(?:intervertebral )?(?:" + SIDE + " )?(?:" + LOC_NOUN + "|facet joints?|facets)){0,3})\\b");
    private static final Pattern UNLOCATED_FORM = Pattern.compile("(?i)\\b(?:(" + SEV + ") )?" + LEVEL + "(?:(?:spinal|lumbar|cervical|thoracic|multilevel|multi-level|"
            + "degenerative|acquired|congenital|recurrent|severe|canal) ){0,2}stenosis\\b");
    private static final Pattern SMALL_CANAL = Pattern.compile("(?i)\\b(?:(?:congenitally|developmentally|diffusely) )?(?:small|narrow|"
            + "stenotic|tight) (?:(?:bony|osseous|central|spinal|cervical|lumbar) ){0,2}canal\\b");
    /** "the stenosis", "These stenosis": points back to a stenosis already read. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|this|these|that) $");
    /** Longer than any DEFINITE match ("these " is 6). */
    private static final int DEFINITE_REACH = 16;
    /** "moderate stenosis at C4-5, C5-6. These stenosis is in the bilateral neural foramina": the next sentence locates it. */
    private static final Pattern LOCATED_NEXT = Pattern.compile("(?i)^(?:this|these|the|such) stenos[ie]s (?:is|are) (?:located |seen )?"
            + "(?:in|at|within|involving) (?:the )?(?:(" + SIDE + ") )?(" + LOC_NOUN + ")\\b");
    private static final Pattern LOC_ITEM = Pattern.compile("(?i)(?:(" + SIDE + ") )?(" + LOC_NOUN + "|" + LOC + ")");
    private static final Pattern POSTFIX_GRADE = Pattern.compile("(?i)^(?:,? (?:which|that) (?:is|are|was|were)|,? (?:is|are|was|were)|,) "
            + "(?:quite |very |at least |most likely |likely )?(" + SEV + ")\\b|^ (?:to|of) an? (" + SEV + ") degree|^ \\((" + SEV + ")\\)");

    private static final Pattern HINT = Pattern.compile("(?i)stenos|narrow|compromis|encroach|effac|imping|impress|indent|flatten|distort|small|tight|"
            + "deform|compress|patent|normal|capacious|mass effect|preserved|adequate|unremarkable|maintained|clear");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.STENOSIS);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        List<Sentence> sentences = reading.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!s.finds(HINT)) {
                continue;
            }
            Matcher next = i + 1 < sentences.size() ? LOCATED_NEXT.matcher(sentences.get(i + 1).text()) : null;
            Matcher located = next != null && next.find() ? next : null;
            ClaimedSpans taken = new ClaimedSpans();
            forms(reading, s, ADJECTIVE_FORM, 1, 2, -1, taken, out);
            forms(reading, s, PREPOSITION_FORM, 1, 2, -1, taken, out);
            forms(reading, s, PREDICATE_FORM, 2, 1, 3, taken, out);
            forms(reading, s, NORMAL_FORM, -1, 1, -2, taken, out);
            forms(reading, s, SMALL_CANAL, -1, 0, -1, taken, out);
            int before = out.size();
            forms(reading, s, UNLOCATED_FORM, 1, -1, -1, taken, out);
            if (located != null) {
                out.subList(before, out.size()).forEach(d -> d.attr("location", location(located.group(2)))
                        .attr("side", located.group(1) == null ? d.attribute("side") : Sides.canonical(located.group(1))));
            }
        }
        return out;
    }

    /**
     * @param sevGroup group holding the grade words, -1 for none
     * @param locGroup group holding the location list, -1 for unlocated
     * @param stateGroup group holding "patent"/"narrowed", -1 for none, -2 when the form itself means normal
     */
    private void forms(DocumentReading reading, Sentence s, Pattern form, int sevGroup, int locGroup, int stateGroup,
                       ClaimedSpans taken, List<FindingDraft> out) {
        Matcher m = s.matcher(form);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) {
                continue;
            }
            taken.claim(m.start(), m.end());
            SeverityGrammar.Grade grade = grade(s.text(), m, sevGroup, stateGroup);
            if (locGroup < 0) {
                if (grade.severity().isGraded() || !pointsBack(s.text(), m.start())) {
                    out.add(draft(reading, s, m, null, Sides.after(s.text(), m.end()), grade));
                }
                continue;
            }
            Matcher item = LOC_ITEM.matcher(m.group(locGroup));
            String leadingSide = Sides.in(s.text().substring(m.start(), m.start(locGroup)));
            String trailingSide = Sides.after(s.text(), m.end());
            List<String> seen = new ArrayList<>();
            while (item.find()) {
                String location = location(item.group(2));
                if (location == null || seen.contains(location)) {
                    continue;
                }
                seen.add(location);
                String side = item.group(1) != null ? Sides.canonical(item.group(1))
                        : seen.size() == 1 && leadingSide != null ? leadingSide : trailingSide;
                out.add(draft(reading, s, m, location, side, grade));
            }
        }
    }

    private FindingDraft draft(DocumentReading reading, Sentence s, Matcher m, String location, String side,
                               SeverityGrammar.Grade grade) {
        FindingDraft d = reading.draft(FindingTypes.STENOSIS, s, m.start(), m.end()).withContext().resolveLevels()
                .attr("location", location).attr("side", side).attr("severity", grade.severity().wireName());
        return grade.imprecise() ? d.attr("imprecise", true) : d;
    }

    private SeverityGrammar.Grade grade(String text, Matcher m, int sevGroup, int stateGroup) {
        if (stateGroup == -2) {
            return new SeverityGrammar.Grade(Severity.NONE, false);
        }
        String state = stateGroup > 0 ? m.group(stateGroup).toLowerCase(Locale.ROOT) : "";
        if (OPEN_STATE.matcher(state).matches()) {
            return new SeverityGrammar.Grade(Severity.NONE, false);
        }
        String words = sevGroup > 0 ? m.group(sevGroup) : null;
        if (words == null && state.equals("tight")) {
            words = state; // "the canal is tight": the grade is the state word itself
        }
        if (words == null) {
            // Anchored: matching at the region start is matching the rest of the sentence, without copying it.
            Matcher post = POSTFIX_GRADE.matcher(text).region(m.end(), text.length());
            if (post.lookingAt()) {
                words = post.group(1) != null ? post.group(1) : post.group(2) != null ? post.group(2) : post.group(3);
            }
        }
        return SeverityGrammar.read(words);
    }

    /**
     * Whether "the"/"these"... ends right before {@code at}: DEFINITE on the text before it. A
     * match is under {@link #DEFINITE_REACH} characters, so only that much is searched.
     */
    private static boolean pointsBack(String text, int at) {
        return DEFINITE.matcher(text).region(Math.max(0, at - DEFINITE_REACH), at).find();
    }

    private static String location(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("recess") || w.contains("subarticular")) {
            return "lateral_recess";
        }
        if (w.contains("foram")) {
            return "foraminal";
        }
        if (w.contains("canal") || w.contains("central") || w.contains("thecal") || w.contains("dural")) {
            return "central";
        }
        return null;
    }
}
