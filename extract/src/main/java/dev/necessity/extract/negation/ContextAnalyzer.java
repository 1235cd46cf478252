package dev.necessity.extract.negation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ConText over one sentence: a forward trigger covers everything from its end to the next
 * terminator ("but", "however", ";", ...) or the sentence end, so commas inside a list keep
 * the scope ("No disc herniation, canal stenosis or foraminal narrowing" negates all three);
 * a backward trigger ("ruled out", "cannot be excluded") covers back to the previous terminator.
 * Pseudo-triggers ("no change", "prior to") are matched as longer phrases and so mask their
 * shorter look-alikes.
 *
 * <p>Queries are answered from {@link TriggerPositions} by binary search, not by scanning every
 * trigger (and every terminator per trigger), so a long sentence with many triggers and many
 * findings stays linear-logarithmic.
 */
public final class ContextAnalyzer {

    private static final int BACKWARD_REACH = 60;
    private static final TriggerCategory[] SCOPED = {TriggerCategory.NEGATED, TriggerCategory.UNCERTAIN, TriggerCategory.HISTORICAL,
        TriggerCategory.EXPERIENCER, TriggerCategory.HYPOTHETICAL};

    private final String text;
    /** Forward triggers of each scoped category. */
    private final Map<TriggerCategory, TriggerPositions> forward = new EnumMap<>(TriggerCategory.class);
    /** Terminators that end each scoped category's scope. */
    private final Map<TriggerCategory, TriggerPositions> terminators = new EnumMap<>(TriggerCategory.class);
    /** Backward triggers of the scoped categories, all together, in order. */
    private final TriggerPositions backward;
    /** The backward triggers that reach the whole sentence before them ("I would call this equivocal"); usually none. */
    private final List<TriggerMatch> wholeSentence;

    public ContextAnalyzer(String sentenceText) {
        this.text = sentenceText;
        List<TriggerMatch> triggers = ContextTriggers.standard().find(sentenceText);
        if (triggers.isEmpty()) {
            // Most sentences have no trigger at all.
            for (TriggerCategory c : SCOPED) {
                forward.put(c, TriggerPositions.NONE);
                terminators.put(c, TriggerPositions.NONE);
            }
            backward = TriggerPositions.NONE;
            wholeSentence = List.of();
            return;
        }
        // One pass sorts the triggers into their lists, each kept in text order (a sentence is analysed
        // once per finding-bearing sentence, so this is a hot path: no stream per category).
        List<List<TriggerMatch>> forwardOf = new ArrayList<>();
        List<List<TriggerMatch>> terminatorsOf = new ArrayList<>();
        for (int i = 0; i < SCOPED.length; i++) {
            forwardOf.add(new ArrayList<>());
            terminatorsOf.add(new ArrayList<>());
        }
        List<TriggerMatch> backwardAll = new ArrayList<>();
        List<TriggerMatch> whole = new ArrayList<>();
        for (TriggerMatch t : triggers) {
            if (!t.trigger().forward() && t.trigger().wholeSentence()) {
                whole.add(t);
            }
            for (int i = 0; i < SCOPED.length; i++) {
                if (t.category() == SCOPED[i] && t.trigger().forward()) {
                    forwardOf.get(i).add(t);
                }
                if (t.trigger().ends(SCOPED[i])) {
                    terminatorsOf.get(i).add(t);
                }
            }
            if (!t.trigger().forward() && isScoped(t.category())) {
                backwardAll.add(t);
            }
        }
        for (int i = 0; i < SCOPED.length; i++) {
            forward.put(SCOPED[i], new TriggerPositions(forwardOf.get(i)));
            terminators.put(SCOPED[i], new TriggerPositions(terminatorsOf.get(i)));
        }
        backward = new TriggerPositions(backwardAll);
        wholeSentence = whole.isEmpty() ? List.of() : List.copyOf(whole);
    }

    /** Modifiers of the concept at {@code [from, to)} of the sentence's normalized text. */
    public Modifiers modifiers(int from, int to) {
        TriggerMatch negatedBefore = forwardInScope(TriggerCategory.NEGATED, from);
        if (negatedBefore != null && negatedBefore.end() - negatedBefore.start() == "without".length()
                && CannotWithout.turnedRound(text, negatedBefore.start())) {
            negatedBefore = null;
        }
        if (negatedBefore == null) {
            negatedBefore = negationRunningInto(from);
        }
        boolean negated = negatedBefore != null;
        boolean uncertain = forwardInScope(TriggerCategory.UNCERTAIN, from) != null;
        boolean historical = forwardInScope(TriggerCategory.HISTORICAL, from) != null;
        // The nearest in-scope forward negation is the latest one: the quote is widened back to it.
        int negationStart = negated ? negatedBefore.start() : -1;
        int negationEnd = -1;
        for (TriggerMatch t : backwardInReach(to)) {
            TriggerCategory c = t.category();
            if (c == TriggerCategory.EXPERIENCER || c == TriggerCategory.HYPOTHETICAL || !backwardInScope(t, to)) {
                continue;
            }
            negated |= c == TriggerCategory.NEGATED;
            uncertain |= c == TriggerCategory.UNCERTAIN;
            historical |= c == TriggerCategory.HISTORICAL;
            if (c == TriggerCategory.NEGATED && negationEnd < 0) {
                negationEnd = t.end();
            }
        }
        for (TriggerMatch t : wholeSentence) {
            if (t.start() >= to) {
                negated |= t.category() == TriggerCategory.NEGATED;
                uncertain |= t.category() == TriggerCategory.UNCERTAIN;
            }
        }
        if (!negated && from >= 4 && text.regionMatches(true, from - 4, "non-", 0, 4)) {
            // "non-radicular", "non-tender": the prefix denies the word it is joined to, and nothing after it.
            negated = true;
            negationStart = from - 4;
        }
        if (!uncertain && queried(from)) {
            // "?DCIS", "? metastatic disease", "?cauda equina": a question mark before the concept asks, it does not find.
            uncertain = true;
        }
        if (!negated && labelledVerdict(from, to)) {
            // "- Cauda equina syndrome: no saddle anesthesia, normal voiding, normal strength; not present."
            negated = true;
        }
        int answered = TemplateAnswer.deniedAfter(text, to);
        if (answered >= 0) {
            // "Saddle anesthesia ........ No": the quote runs on to the answer it relies on.
            negated = true;
            negationEnd = Math.max(negationEnd, answered);
        }
        return new Modifiers(negated, uncertain, historical, negationStart, negationEnd);
    }

    /** A differential's item: the concept as its label, the evidence after the colon, the verdict closing the item. */
    private static final Pattern ITEM_START = Pattern.compile("^[\\s\\-*\u2022\\d.)]{0,6}$");
    private static final Pattern VERDICT_END = Pattern.compile("(?i)[;,.] ?(?:considered,? )?(?:(?:felt|thought|deemed|judged)"
            + " (?:to be )?)?(?:not present|absent|ruled out|excluded|(?:very |highly )?unlikely|not suspected|not supported)\\.?\\s*$");

    /**
     * Whether the concept at {@code [from, to)} labels an item (at its start, a colon right after) that closes with a
     * verdict against it: "- Fracture: no trauma, no point tenderness; very unlikely." An MDM's differential item.
     */
    private boolean labelledVerdict(int from, int to) {
        if (from > 6) {
            return false; // not an item's label: the cheap test first, as every concept asks
        }
        int colon = to;
        while (colon < text.length() && colon - to < 40 && text.charAt(colon) != ':' && text.charAt(colon) != ';' && text.charAt(colon) != '.') {
            colon++;
        }
        return colon < text.length() && text.charAt(colon) == ':' && ITEM_START.matcher(text).region(0, from).matches()
                && VERDICT_END.matcher(text).region(colon, text.length()).find();
    }

    /**
     * Whether a question mark stands right before {@code from} (a space between allowed) and starts a query rather
     * than ending a question: at the start of the text or after a space, comma, semicolon, colon, bracket or dash
     * ("A: LBP 2/52. ?significance", "excised 2011 - ?DCIS ?invasive"), never after a word ("Cancer? No"). One or two words
     * may stand between the question mark and the concept when they are the concept's own modifiers: "?early infection vs
     * pressure erythema", "?early superficial infection vs. pressure/friction reaction".
     */
    private boolean queried(int from) {
        int q = from - 1;
        if (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        for (int words = 0; words < 2 && q >= 0 && q + 1 < from && Character.isLetter(text.charAt(q)); words++) {
            int w = q;
            while (w >= 0 && q - w < 12 && Character.isLetter(text.charAt(w))) {
                w--;
            }
            if (w < 0 || q - w < 2) {
                break;
            }
            if (text.charAt(w) == '?') {
                q = w;
                break;
            }
            if (text.charAt(w) != ' ' || words == 1) {
                break;
            }
            q = w - 1; // the word before, across its space
        }
        if (q < 0 || text.charAt(q) != '?') {
            return false;
        }
        if (q == 0) {
            return true;
        }
        char before = text.charAt(q - 1);
        return before == ' ' || before == ',' || before == ';' || before == ':' || before == '(' || before == '-' || before == '/'
                || before == '?';
    }

    /**
     * True when the concept at {@code [from, to)} is only a possibility: in the scope of a
     * hypothetical trigger ("return if saddle numbness develops"), or a form's item that is not
     * ticked ("[ ] Saddle anesthesia") or a Yes/No question left unanswered.
     */
    public boolean hypothetical(int from, int to) {
        if (forwardInScope(TriggerCategory.HYPOTHETICAL, from) != null) {
            return true;
        }
        for (TriggerMatch t : backwardInReach(to)) {
            if (t.category() == TriggerCategory.HYPOTHETICAL && backwardInScope(t, to)) {
                return true;
            }
        }
        return TemplateAnswer.unticked(text, from, to);
    }

    /**
     * True when the concept starting at {@code from} is told of a past episode that is over: in the scope of a
     * historical trigger marked past-episode ("a bout of sciatica in 2019 that cleared up").
     */
    public boolean pastEpisode(int from) {
        TriggerMatch t = forwardInScope(TriggerCategory.HISTORICAL, from);
        return t != null && t.trigger().pastEpisode();
    }

    /** True when the concept at {@code [from, to)} is about someone other than the patient (a relative). */
    public boolean aboutSomeoneElse(int from, int to) {
        if (forwardInScope(TriggerCategory.EXPERIENCER, from) != null) {
            return true;
        }
        for (TriggerMatch t : backwardInReach(to)) {
            if (t.category() == TriggerCategory.EXPERIENCER && backwardInScope(t, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last forward trigger of {@code c} ending at or before {@code from}, if no terminator
     * starts between it and {@code from}; null otherwise. If that last one is cut off, every earlier
     * one is too (the same terminator lies between), so it alone decides.
     */
    private TriggerMatch forwardInScope(TriggerCategory c, int from) {
        TriggerMatch last = forward.get(c).lastEndingBy(from);
        // A terminator may run on into the concept: "without a clear injury, and travels from the buttock"
        // ("and travels" ends the denial; the concept is "travels from the buttock").
        return last == null || terminators.get(c).anyWithin(last.end(), from) || terminators.get(c).anyStartingWithin(last.end(), from)
                || closedByParenthesis(last, from) ? null : last;
    }

    /**
     * A trigger inside parentheses that close before the concept: "Right L5 (possibly with L4 overlap)
     * radiculopathy" hedges the overlap, not the radiculopathy.
     */
    private boolean closedByParenthesis(TriggerMatch trigger, int from) {
        int open = text.lastIndexOf('(', trigger.start());
        if (open < 0 || text.lastIndexOf(')', trigger.start()) > open) {
            return false;
        }
        int close = text.indexOf(')', trigger.end());
        return close >= 0 && close < from;
    }

    /** The longest negation phrase a trigger can be: how far back one that runs into a concept may start. */
    private static final int NEGATION_OVERLAP_REACH = 40;

    /**
     * A forward negation that runs into the concept's first words: "No signs of cauda equina" denies the concept "signs
     * of cauda equina", "no evidence of infection" the concept "evidence of infection". Only a negation: "history of
     * cancer" is the concept, not a history trigger running into it.
     */
    private TriggerMatch negationRunningInto(int from) {
        for (TriggerMatch t : forward.get(TriggerCategory.NEGATED).startingWithin(Math.max(0, from - NEGATION_OVERLAP_REACH), from)) {
            if (t.start() < from && t.end() > from) {
                return t;
            }
        }
        return null;
    }

    private List<TriggerMatch> backwardInReach(int to) {
        return backward.startingWithin(to, to + BACKWARD_REACH);
    }

    private boolean backwardInScope(TriggerMatch t, int to) {
        return t.trigger().wholeSentence() || !terminators.get(t.category()).anyWithin(to, t.start());
    }

    private static boolean isScoped(TriggerCategory c) {
        return c != TriggerCategory.PSEUDO && c != TriggerCategory.TERMINATE;
    }
}
