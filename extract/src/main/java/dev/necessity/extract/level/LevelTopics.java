package dev.necessity.extract.level;

import dev.necessity.extract.text.Sentence;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The level a sentence is about when it names none itself. A level header ("L5-S1:", "At L4-5,",
 * "At the L3-4 level anterior spondylosis ...") holds until the paragraph, section or spinal
 * region changes or another header takes over. In an imaging report a sentence also inherits
 * the level last named in its paragraph ("... protrusion at L4-L5 narrowing the right lateral
 * recess. The right foramen was mildly compromised."), and anywhere "at that level" points back
 * to the level last named, "at these levels" to the last list of levels. A level named as an
 * emphasis ("especially at T5-T6") does not become the topic.
 */
public final class LevelTopics {

    private static final Pattern HEADER_BEFORE = Pattern.compile("^(?:(?i:at) (?:the )?)?$");
    private static final Pattern HEADER_AFTER = Pattern.compile("^(?:(?: levels?| dis[ck] levels?)(?:[:,]| |$)|[:,]|$)");
    private static final Pattern REGION_CHANGE = Pattern.compile(
            "(?i)\\b(?:MRI|CT|x-rays?|films?|images?|imaging|study) of the (?:cervical|thoracic|lumbar)");
    private static final Pattern ANAPHORA = Pattern.compile("(?i)\\b(?:at|on|of) (?:that|this|these|those|the same) (?:disc |disk )?levels?\\b");
    private static final Pattern PLURAL_ANAPHORA = Pattern.compile("(?i)\\b(?:at|on|of) (?:these|those|all of these|both) (?:disc |disk )?levels\\b");
    /** "at levels as stated above": the sentence defers to the findings and has no single topic. */
    private static final Pattern AS_ABOVE = Pattern.compile("(?i)\\bas (?:stated|described|noted|detailed|discussed) above\\b");
    /** "disc degeneration, especially at T5-T6": the level is an emphasis inside a wider statement, not the paragraph's topic. */
    private static final Pattern EMPHASIS = Pattern.compile("(?i)\\b(?:especially|particularly|most (?:marked|prominent|pronounced|notabl[ey]|severe)|"
            + "worst|greatest)\\b[^,;]{0,25}$");

    /** Longer than any EMPHASIS match: "most pronounced" (15) plus 25 trailing characters. */
    private static final int EMPHASIS_REACH = 64;

    private final Function<Sentence, List<LevelMention>> mentions;
    private final boolean carryWithinParagraph;

    /** @param carryWithinParagraph true for imaging reports, whose paragraphs describe one level at a time */
    public LevelTopics(Function<Sentence, List<LevelMention>> mentions, boolean carryWithinParagraph) {
        this.mentions = mentions;
        this.carryWithinParagraph = carryWithinParagraph;
    }

    public Map<Sentence, LevelMention> topics(List<Sentence> sentences) {
        Map<Sentence, LevelMention> out = new IdentityHashMap<>();
        LevelMention header = null;
        LevelMention lastNamed = null;
        LevelMention lastPlural = null;
        Sentence previous = null;
        for (Sentence s : sentences) {
            if (previous != null && (s.paragraph() != previous.paragraph() || !same(s.section(), previous.section()))) {
                header = null;
                lastNamed = null;
                lastPlural = null;
            }
            if (s.finds(REGION_CHANGE)) {
                header = null;
                lastNamed = null;
                lastPlural = null;
            }
            LevelMention declared = declaredHeader(s);
            if (declared != null) {
                header = declared;
                lastNamed = null;
            }
            LevelMention topic = lastNamed != null && (carryWithinParagraph || s.finds(ANAPHORA)) ? lastNamed : header;
            if (lastPlural != null && s.finds(PLURAL_ANAPHORA)) {
                topic = lastPlural;
            }
            if (topic != null && !s.finds(AS_ABOVE)) {
                out.put(s, topic);
            }
            LevelMention named = lastSegment(s);
            lastNamed = named != null && named != declared ? named : lastNamed;
            lastPlural = named != null && named.levels().size() > 1 ? named : lastPlural;
            previous = s;
        }
        return out;
    }

    private LevelMention lastSegment(Sentence s) {
        LevelMention last = null;
        for (LevelMention m : mentions.apply(s)) {
            if (m.isSegment() && !emphasised(s.text(), m.start())) {
                last = m;
            }
        }
        return last;
    }

    /**
     * Whether an emphasis ends right before {@code at}. A match is at most {@link #EMPHASIS_REACH}
     * characters long, so only that much text before the level is searched: a sentence naming
     * thousands of levels would otherwise be rescanned from its start for each one.
     */
    private static boolean emphasised(String text, int at) {
        return EMPHASIS.matcher(text).region(Math.max(0, at - EMPHASIS_REACH), at).find();
    }

    private LevelMention declaredHeader(Sentence s) {
        for (LevelMention m : mentions.apply(s)) {
            if (!m.isSegment()) {
                continue;
            }
            String before = s.text().substring(0, m.start());
            String after = s.text().substring(m.end());
            return HEADER_BEFORE.matcher(before).matches() && HEADER_AFTER.matcher(after).find() ? m : null;
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
