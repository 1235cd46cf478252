package dev.necessity.extract.imaging;

import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.ClaimedSpans;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nerve-root involvement and its degree: "No nerve root compression", "impingement of the
 * transversing nerve root", "contacting the traversing right S1 nerve root", "The transversing
 * nerve root on the right was impinged", "the nerves do not appear to be impinged", "The
 * traversing nerve roots are not compressed" (negated). A phrase coordinating the root with the cord
 * or thecal sac speaks of the root too: "without nerve root or cord compression", "no cord or root
 * impingement", "compression of the cord or nerve roots". A hedged denial, "not significantly
 * compressed", is negated like "no significant nerve root impingement": the ConText "not"/"no"
 * trigger decides, and the finding denies that degree, not a lesser one (contact).
 */
public final class NerveRootReader implements FindingReader {

    private static final String ROLE = "(?:traversing|transversing|exiting|existing|descending|intraforaminal|foraminal|left|right|bilateral|"
            + "visualized|adjacent|corresponding|cauda equina|" + Sides.WORD + ")";
    /** The cauda equina is the lumbar and sacral nerve roots: "compression of the cauda equina" compresses roots. */
    private static final String ROOT = "(?:nerve roots?|roots?|nerves?|cauda equina)";
    private static final String NOUN = "(contact|abutment|displacement|deflection|deviation|compression|impingement|entrapment|encroachment)";
    private static final String VERB = "(contact(?:s|ing)|abut(?:s|ting)|touch(?:es|ing)|displac(?:es|ing)|deflect(?:s|ing)|compress(?:es|ing)|"
            + "imping(?:es|ing)(?: (?:up)?on)?|entrap(?:s|ping)|pinch(?:es|ing))";
    /** The other object of a coordinated phrase: "nerve root or cord compression", "compression of the cord or nerve roots". */
    private static final String OTHER_OBJECT = "(?:(?:spinal |cervical |thoracic )?cord|thecal sac)";
    private static final String PARTICIPLE = "(contacted|abutted|touched|displaced|deflected|deviated|compressed|impinged|entrapped|pinched)";
    /** A nerve root named by region letter and number ("L5", "s1"). */
    private static final Pattern ROOT_NAME = Pattern.compile("(?i)[CLST]\\d");
    /**
     * "compression of the traversing S1 nerve root", "contact with the exiting L L5 nerve root", and the clinician's
     * short form naming the root alone: "impinging exiting R L5", "contacting traversing R L5" (not "the L5-S1 disc").
     */
    private static final Pattern ACTION_ON_ROOT = Pattern.compile("(?i)\\b(?:" + NOUN + " (?:of|on|upon|with) |" + VERB + " )(?:the )?"
            + "(?:" + OTHER_OBJECT + " (?:or|and) (?:the )?)?(?:" + ROLE + " ){0,2}(?:(?:([CLST]\\d) )?(?:" + ROLE + " )?" + ROOT + "\\b"
            + "|([CLST]\\d)(?![-/.]?[A-Za-z0-9])(?! (?:vertebra|vertebral|body|pedicle|pars|level|segment|disc|disk|facet)))");
    /** Right after a root finding, a denial of the greater degrees: "without significant displacement", "but no displacement or compression". */
    private static final Pattern LESSER_ONLY = Pattern.compile("(?i)^(?: in the (?:lateral recess|foramen|subarticular zone))?,? (?:but |and )?"
            + "(?:with )?(?:no|without)(?: (significant|definite|definitive|clear|frank|gross|any))? (displacement|deflection|compression|impingement)"
            + "(?:(?: or | and |, | nor )(displacement|deflection|compression|impingement))?\\b");
    /** A qualifier that makes "without ___ displacement" a hedge rather than a denial: not seen clearly is not absent. */
    private static final Pattern HEDGING_QUALIFIER = Pattern.compile("(?i)definite|definitive|clear");
    /** "a pinched nerve", "pinched L5 nerve root": the everyday word for a compressed root. */
    private static final Pattern PINCHED = Pattern.compile("(?i)\\b(pinched) (?:(?:" + ROLE + ") )?(?:([CLST]\\d) )?(?:nerve(?: roots?)?|roots?)\\b");
    private static final Pattern ROOT_NOUN = Pattern.compile("(?i)\\b(?:" + ROLE + " ){0,2}(?:([CLST]\\d) )?(?:nerve roots?|roots?)"
            + "(?:(?: or |/)" + OTHER_OBJECT + ")? " + NOUN + "\\b");
    /** "with questionable neural impingement", "probable radicular impingement". */
    private static final Pattern NEURAL = Pattern.compile("(?i)\\b(?:neural|radicular) " + NOUN + "\\b");
    /**
     * "the traversing L5 root is displaced", and a radiologist's telegraphic form without the verb: "left L5 traversing
     * root severely compressed".
     */
    private static final Pattern ROOT_STATE = Pattern.compile("(?i)\\b(?:the )?(?:" + ROLE + " ){0,2}(?:([CLST]\\d) )?(?:" + ROLE + " )?" + ROOT
            + "(?: on the (?:right|left))? (?:(?:(?:is|are|was|were)(?: not|n't)?|appears?|appear|(?:do|does|did)(?: not|n't) appear|not)"
            + "(?: to be)? )?(?:(?:mildly|moderately|severely|slightly|minimally|significantly|possibly|likely) )?" + PARTICIPLE + "\\b");

    /**
     * Two degrees weighed against each other in a sentence about a root: "possible mild displacement versus abutment
     * only - equivocal", "root contact vs displacement". The radiologist has not settled it: the greater degree is read
     * as uncertain, never the lesser as documented.
     */
    private static final Pattern WEIGHED = Pattern.compile("(?i)\\b(?:mild |slight |minimal )?" + NOUN + " (?:versus|vs\\.?) (?:mild |slight |minimal )?"
            + NOUN + "\\b");
    private static final Pattern NAMES_A_ROOT = Pattern.compile("(?i)\\broots?\\b");
    private static final List<String> DEGREE_ORDER = List.of("contact", "displacement", "impingement", "compression");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.NERVE_ROOT);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            ClaimedSpans taken = new ClaimedSpans();
            if (s.finds(NAMES_A_ROOT)) {
                weighed(reading, s, taken, out);
            }
            collect(reading, s, s.matcher(ACTION_ON_ROOT), taken, out);
            collect(reading, s, s.matcher(ROOT_NOUN), taken, out);
            collect(reading, s, s.matcher(ROOT_STATE), taken, out);
            collect(reading, s, s.matcher(NEURAL), taken, out);
            collect(reading, s, s.matcher(PINCHED), taken, out);
        }
        return out;
    }

    private void collect(DocumentReading reading, Sentence s, Matcher m, ClaimedSpans taken, List<FindingDraft> out) {
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) {
                continue;
            }
            taken.claim(m.start(), m.end());
            String degreeWord = null;
            String root = null;
            int degreeStart = m.start();
            for (int g = 1; g <= m.groupCount(); g++) {
                String v = m.group(g);
                if (v == null) {
                    continue;
                }
                if (ROOT_NAME.matcher(v).matches()) {
                    root = v.toUpperCase(Locale.ROOT);
                } else if (degreeWord == null) {
                    degreeWord = v;
                    degreeStart = m.start(g);
                }
            }
            // "the nerves do not appear to be impinged": the negation sits inside the phrase, before its degree word.
            Modifiers whole = reading.modifiers(s, m.start(), m.end());
            Modifiers inner = reading.modifiers(s, degreeStart, m.end());
            Modifiers mods = new Modifiers(whole.negated() || inner.negated(), whole.uncertain() || inner.uncertain(),
                    whole.historical(), whole.negationStart());
            out.add(reading.draft(FindingTypes.NERVE_ROOT, s, m.start(), m.end()).modifiers(mods).resolveLevels()
                    .attr("degree", degree(degreeWord)).attr("root", root).attr("side", Sides.in(m.group())));
            Matcher denied = LESSER_ONLY.matcher(s.text()).region(m.end(), s.text().length());
            if (!mods.negated() && denied.lookingAt()) {
                // "contacts the right L5 nerve root without significant displacement": contact, and a denial of the greater degrees.
                // "without definite displacement" is a hedge, as the trigger lexicon reads it: the greater degree is left open.
                boolean hedged = denied.group(1) != null && HEDGING_QUALIFIER.matcher(denied.group(1)).matches();
                for (int g = 2; g <= denied.groupCount(); g++) {
                    if (denied.group(g) != null) {
                        out.add(reading.draft(FindingTypes.NERVE_ROOT, s, m.start(), denied.end())
                                .modifiers(new Modifiers(!hedged, hedged, mods.historical(), hedged ? -1 : denied.start()))
                                .resolveLevels().attr("degree", degree(denied.group(g))).attr("root", root).attr("side", Sides.in(m.group())));
                    }
                }
            }
        }
    }

    private static void weighed(DocumentReading reading, Sentence s, ClaimedSpans taken, List<FindingDraft> out) {
        Matcher m = s.matcher(WEIGHED);
        while (m.find()) {
            String a = degree(m.group(1));
            String b = degree(m.group(2));
            String greater = DEGREE_ORDER.indexOf(a) >= DEGREE_ORDER.indexOf(b) ? a : b;
            taken.claim(m.start(), m.end());
            Matcher name = ROOT_IN_SENTENCE.matcher(s.text());
            boolean named = name.find();
            String root = named ? name.group(1).toUpperCase(Locale.ROOT) : null;
            String side = named ? Sides.in(s.text().substring(Math.max(0, name.start() - 12), name.end())) : null;
            Modifiers mods = reading.modifiers(s, m.start(), m.end());
            out.add(reading.draft(FindingTypes.NERVE_ROOT, s, m.start(), m.end())
                    .modifiers(new Modifiers(mods.negated(), true, mods.historical(), mods.negationStart())).resolveLevels()
                    .attr("degree", greater).attr("root", root).attr("side", side));
        }
    }

    /** A root named by region letter and number before the word root: "the descending right S1 root". */
    private static final Pattern ROOT_IN_SENTENCE = Pattern.compile("(?i)\\b([CLST]\\d)(?: nerve)? roots?\\b");

    /** The vocabulary degree of a relation word: contact, displacement, compression or impingement. */
    static String degree(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("contact") || w.startsWith("abut") || w.startsWith("touch")) {
            return "contact";
        }
        if (w.startsWith("displac") || w.startsWith("deflect") || w.startsWith("deviat")) {
            return "displacement";
        }
        if (w.startsWith("compress") || w.startsWith("pinch") || w.startsWith("entrap")) {
            return "compression";
        }
        return "impingement";
    }
}
