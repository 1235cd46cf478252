package dev.necessity.model;

import java.util.List;
import java.util.Objects;

/**
 * One requested service. {@code primarySequence} ties an add-on line to its primary line;
 * it is null for primary lines and for add-ons whose primary the engine must infer.
 */
public record ServiceLine(int sequence, String code, String system, String description,
                          List<SpinalLevel> levels, Integer primarySequence) {
    public ServiceLine {
        Objects.requireNonNull(code, "code");
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
