package dev.necessity.extract.level;

import static dev.necessity.extract.text.AscendingPositions.firstAtLeast;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which level a finding at {@code [from, to)} of a sentence is about. In order: a level
 * named right after it in the same clause ("stenosis at L1-L2, L2-L3"), the nearest level
 * named before it in the sentence, a later level of the same clause, the sentence's topic level
 * (a header such as "L5-S1:" or "At L4-5,", see {@link LevelTopics}), else none.
 */
public final class LevelResolver {

    private static final int FOLLOWING_REACH = 40;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]| with | but | and (?:there|a|an|the) ");
    /** At least FOLLOWING_REACH. */
    private static final int LATER_REACH = 100;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[;:]|, (?:and|which|but|whereas) |\\bas well as\\b");

    /**
     * The mentions a finding can take its level from (segments and all-levels phrases), in text
     * order, prepared once per sentence so each finding finds its neighbours by binary search
     * rather than by walking every level of a long sentence.
     */
    public static final class Candidates {
        private final List<LevelMention> mentions;
        private final int[] starts;

        public Candidates(List<LevelMention> allMentions) {
            this.mentions = allMentions.stream().filter(m -> m.isSegment() || m.allLevels()).toList();
            this.starts = mentions.stream().mapToInt(LevelMention::start).toArray();
            for (int i = 1; i < starts.length; i++) {
                if (starts[i] < starts[i - 1]) {
                    throw new IllegalArgumentException("level mentions must be in text order");
                }
            }
        }
    }

    public LevelResolution resolve(String text, List<LevelMention> mentions, List<LevelMention> header, int from, int to) {
        return resolve(text, new Candidates(mentions), header, from, to);
    }

    public LevelResolution resolve(String text, Candidates candidates, List<LevelMention> header, int from, int to) {
        List<LevelMention> mentions = candidates.mentions;
        int firstAfter = firstAtLeast(candidates.starts, to);
        // Before the quote, or within it ("L5-S1 interlaminar epidural steroid injection"): the last such mention.
        LevelMention preceding = firstAfter > 0 ? mentions.get(firstAfter - 1) : null;
        LevelMention following = null;
        LevelMention later = null;
        for (int i = firstAfter; i < mentions.size() && mentions.get(i).start() - to <= LATER_REACH; i++) {
            LevelMention m = mentions.get(i);
            String gap = text.substring(to, m.start());
            if (later == null && !SENTENCE_BREAK.matcher(gap).find()) {
                later = m;
            }
            if (following == null && gap.length() <= FOLLOWING_REACH && !CLAUSE_BREAK.matcher(gap).find()) {
                following = m;
            }
        }
        // A level inside the quote is its own ("moderate L3-L4 canal stenosis and severe L4-L5 central stenosis"): the
        // next one belongs to the next finding.
        boolean inside = preceding != null && preceding.start() >= from;
        LevelMention chosen = inside ? preceding : following != null ? following : preceding != null ? preceding : later;
        if (chosen != null) {
            return new LevelResolution(chosen.levels(), chosen.allLevels());
        }
        for (LevelMention h : header) {
            return new LevelResolution(h.levels(), h.allLevels());
        }
        return LevelResolution.NONE;
    }
}
