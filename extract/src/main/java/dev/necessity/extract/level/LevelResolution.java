package dev.necessity.extract.level;

import dev.necessity.model.SpinalLevel;

import java.util.List;

/** The levels a finding is about: one finding is emitted per level; none with {@code allLevels} means every level. */
public record LevelResolution(List<SpinalLevel> levels, boolean allLevels) {
    public static final LevelResolution NONE = new LevelResolution(List.of(), false);

    public LevelResolution {
        levels = List.copyOf(levels);
    }
}
