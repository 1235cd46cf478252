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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red flag is a present danger: one the record places in the past ("cellulitis of the left lower leg in 2019,
 * fully resolved") shows no current one, and does not leave the question open either; a current mention still counts.
 */
class PastRedFlagTest {
    private static final String TEXT = "Cellulitis of the LEFT lower leg in 2019, fully resolved. Possible infection of the right knee.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "active-infection", "99993", """
                criteria:
                  id: infection-now
                  title: An infection
                  finding: { type: red_flag, where: { kind: infection } }
                """);
    }

    private static Finding flag(ClinicalDocument note, int from, int to, boolean uncertain, boolean historical) {
        return new Finding("red_flag", note.name(), new Span(from, to), TEXT.substring(from, to), null, null, false, uncertain, historical,
                Map.of("kind", "infection"));
    }

    private static CriterionResult judge(Path dir, boolean pastOne, boolean hedgedCurrent, boolean assertedCurrent) throws IOException {
        ClinicalDocument note = new ClinicalDocument("knee-clinic.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 9, 22), null, TEXT);
        List<Finding> findings = new ArrayList<>();
        if (pastOne) {
            findings.add(flag(note, 0, 10, false, true));
        }
        if (hedgedCurrent) {
            findings.add(flag(note, 58, 76, true, false));
        }
        if (assertedCurrent) {
            findings.add(flag(note, 67, 76, false, false));
        }
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 10, 1), null, null, null,
                List.of(new ServiceLine(1, "99993", "CPT", null, List.of(), null)), List.of(), List.of(note));
        return new Engine(knowledge(dir)).assess(request, List.of(new DocumentExtraction(note, List.of(), findings))).lines().get(0).criteria();
    }

    @Test
    void anInfectionThatIsOverIsNotPresentNow(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, true, false, false);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.rationale()).contains("Only in the past: “Cellulitis”").contains("a red flag that is over is not present now");
    }

    @Test
    void aHedgedCurrentMentionStillLeavesItOpen(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, true, true, false).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void aCurrentMentionBesideAPastOneIsMet(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, true, false, true);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.rationale()).doesNotContain("Cellulitis");
    }
}
