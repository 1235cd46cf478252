package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.engine.eval.DeclaredStatuses;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ServiceLine;
import dev.necessity.policy.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declared statuses stand in for what criteria would read from findings; the policy's own tree still
 * combines them: its operators, its waivers and its exclusions (the synthetic generator's expectations).
 */
class DeclaredStatusesTest {
    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "declared", "99993", """
                criteria:
                  id: all-of-it
                  title: Everything
                  all:
                    - id: symptoms
                      title: Radicular pain
                      finding: { type: symptom, where: { kind: radiculopathy } }
                    - id: care
                      title: Six weeks of care
                      waivers:
                        - id: red-flag
                          title: A red flag
                          finding: { type: red_flag, where: { kind: cauda_equina } }
                      care: { kinds: [physical_therapy], minWeeks: 6 }
                exclusions:
                  - id: excluded
                    title: Axial pain only
                    finding: { type: symptom, where: { kind: axial_pain } }
                """);
    }

    private static Determination decide(Path dir, Map<String, Status> declared) throws IOException {
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 9, 1), null, null, null,
                List.of(new ServiceLine(1, "99993", "CPT", null, List.of(), null)), List.of(), List.of());
        DeclaredStatuses statuses = (id, line) -> Optional.ofNullable(declared.get(id));
        return new Engine(knowledge(dir)).assess(request, List.of(), statuses);
    }

    @Test
    void theTreeCombinesDeclaredLeaves(@TempDir Path dir) throws IOException {
        Determination d = decide(dir, Map.of("symptoms", Status.MET, "care", Status.NOT_DOCUMENTED, "red-flag", Status.NOT_MET,
                "excluded", Status.NOT_MET));

        assertThat(d.lines().get(0).outcome()).isEqualTo(LineOutcome.INSUFFICIENT_DOCUMENTATION);
    }

    @Test
    void aDeclaredNodeKeepsItsWaivers(@TempDir Path dir) throws IOException {
        Determination d = decide(dir, Map.of("symptoms", Status.MET, "care", Status.NOT_MET, "red-flag", Status.MET,
                "excluded", Status.NOT_MET));

        assertThat(d.lines().get(0).criteria().children().get(1).status()).isEqualTo(Status.WAIVED);
        assertThat(d.lines().get(0).outcome()).isEqualTo(LineOutcome.MEDICALLY_NECESSARY);
    }

    @Test
    void aDeclaredExclusionDenies(@TempDir Path dir) throws IOException {
        Determination d = decide(dir, Map.of("symptoms", Status.MET, "care", Status.MET, "red-flag", Status.NOT_MET,
                "excluded", Status.MET));

        assertThat(d.lines().get(0).outcome()).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void aCriterionThatReadsFindingsMustBeDeclared(@TempDir Path dir) {
        assertThatThrownBy(() -> decide(dir, Map.of("symptoms", Status.MET, "red-flag", Status.NOT_MET, "excluded", Status.NOT_MET)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("criterion 'care' reads findings");
    }
}
