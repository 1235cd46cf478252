package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.Span;
import dev.necessity.policy.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding test's comparisons are a conjunction, read in three values: one comparison a stated value fails settles
 * it (NOT_MET) whatever the others lack; a missing value with none failing leaves it NOT_DOCUMENTED.
 */
class ConjunctionTest {
    private static final String TEXT = "Prior L5-S1 ILESI: relief lasted about three weeks.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "lasting-relief", "99994", """
                criteria:
                  id: relief-half-for-three-months
                  title: At least 50 % relief for at least 12 weeks
                  finding:
                    type: therapy
                    where: { kind: injection }
                    compare: [ { attr: reliefPercent, op: ">=", value: 50 }, { attr: reliefWeeks, op: ">=", value: 12 } ]
                """);
    }

    private static CriterionResult judge(Path dir, Map<String, Object> relief) throws IOException {
        ClinicalDocument note = new ClinicalDocument("follow-up.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 8, 1), null, TEXT);
        Map<String, Object> attrs = new HashMap<>(Map.of("kind", "injection", "status", "completed"));
        attrs.putAll(relief);
        Finding f = new Finding("therapy", note.name(), new Span(6, 17), TEXT.substring(6, 17), null, null, false, false, false, attrs);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 9, 1), null, null, null,
                List.of(new ServiceLine(1, "99994", "CPT", null, List.of(), null)), List.of(), List.of(note));
        return new Engine(knowledge(dir)).assess(request, List.of(new DocumentExtraction(note, List.of(), List.of(f)))).lines().get(0).criteria();
    }

    @Test
    void aStatedDurationThatFallsShortSettlesItWithoutAPercentage(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, Map.of("reliefWeeks", 3.0)).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aPercentageThatMeetsItsBoundLeavesTheDurationOpen(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, Map.of("reliefPercent", 70.0)).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void bothStatedAndBothMetIsMet(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, Map.of("reliefPercent", 70.0, "reliefWeeks", 16.0)).status()).isEqualTo(Status.MET);
    }
}
