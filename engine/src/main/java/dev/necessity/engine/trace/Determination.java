package dev.necessity.engine.trace;

import dev.necessity.model.IntakeWarning;
import java.time.LocalDate;
import java.util.List;

/**
 * The engine's whole answer for a case and the trace it rests on. {@code outcome} is the least
 * favourable line outcome; {@code requiresPhysicianReview} is true whenever any line is not
 * medically necessary, because an adverse decision must never be issued by the algorithm alone,
 * and whenever intake raised a {@code warning} (a request dated in the future, a document dated
 * after the request), because then the dates every time window rests on need a person to check them.
 */
public record Determination(String caseId, LocalDate requestDate, LineOutcome outcome, boolean requiresPhysicianReview,
                            List<LineDetermination> lines, List<Guidance> discordances, List<Guidance> alternatives,
                            List<Guidance> reconsideration, List<Guidance> pitfalls, List<IntakeWarning> warnings) {
    public Determination {
        lines = List.copyOf(lines);
        discordances = List.copyOf(discordances);
        alternatives = List.copyOf(alternatives);
        reconsideration = List.copyOf(reconsideration);
        pitfalls = List.copyOf(pitfalls);
        warnings = List.copyOf(warnings);
    }
}
