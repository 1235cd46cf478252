package dev.necessity.extract.level;

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

    public LevelResolution resolve(String text, List<LevelMention> mentions, List<LevelMention> header, int from, int to) {
        LevelMention following = null;
        LevelMention preceding = null;
        LevelMention later = null;
        for (LevelMention m : mentions) {
            if (!m.isSegment() && !m.allLevels()) {
                continue;
            }
            if (m.end() <= from) {
                preceding = m;
            } else if (m.start() >= to) {
                if (m.start() - to > LATER_REACH) {
                    // Too far for either rule; skipping also avoids copying long gaps in a sentence with many levels.
                    continue;
                }
                String gap = text.substring(to, m.start());
                if (later == null && gap.length() <= LATER_REACH && !SENTENCE_BREAK.matcher(gap).find()) {
                    later = m;
                }
                if (following == null && gap.length() <= FOLLOWING_REACH && !CLAUSE_BREAK.matcher(gap).find()) {
                    following = m;
                }
            } else {
                // The finding's own words hold the level ("L5-S1 interlaminar epidural steroid injection").
                preceding = m;
            }
        }
        LevelMention chosen = following != null ? following : preceding != null ? preceding : later;
        if (chosen != null) {
            return new LevelResolution(chosen.levels(), chosen.allLevels());
        }
        for (LevelMention h : header) {
            return new LevelResolution(h.levels(), h.allLevels());
        }
        return LevelResolution.NONE;
    }
}
