package dev.necessity.extract.level;

import dev.necessity.model.SpinalLevel;

import java.util.List;

/**
 * Levels named at {@code [start, end)} of a sentence's normalized text: one or more segments
 * ("L3-4 and L4-5", "T12-L1 through L3-L4"), a lone vertebra ("L5", in {@code vertebra}), or
 * every level ("at any level", {@code allLevels}).
 */
public record LevelMention(int start, int end, List<SpinalLevel> levels, String vertebra, boolean allLevels) {
    public LevelMention {
        levels = List.copyOf(levels);
    }

    public boolean isSegment() {
        return !levels.isEmpty();
    }
}
