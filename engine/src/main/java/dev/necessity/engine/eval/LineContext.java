package dev.necessity.engine.eval;

import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import java.util.List;

/** What a criterion is evaluated for: the case, the service line and, for an add-on, its primary's outcome. */
public record LineContext(CaseFacts facts, ServiceLine line, LineOutcome primaryOutcome, ServiceLine primaryLine) {

    /** Levels requested on this line, or on its primary line for an add-on that names none. */
    public List<SpinalLevel> requestedLevels() {
        if (!line.levels().isEmpty() || primaryLine == null) {
            return line.levels();
        }
        return primaryLine.levels();
    }
}
