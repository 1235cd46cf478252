package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
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
 * A criterion that accepts several kinds ("physical therapy or a home exercise programme") is denied only by a
 * denial of what it accepts: "No home exercise program" beside an uncertain "no PT records received" leaves it
 * NOT_DOCUMENTED, while a denial of the very kind the uncertain mention names still settles it.
 */
class DenialOfAnotherKindTest {
    private static final String TEXT = "No home exercise program. Patient did some therapy; no PT records received.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "exercise", "99992", """
                criteria:
                  id: care-exercise
                  title: Physical therapy or a prescribed home exercise programme
                  finding: { type: therapy, where: { kind: [physical_therapy, home_exercise] } }
                """);
    }

    private static CriterionResult judge(Path dir, Finding... findings) throws IOException {
        return TestPolicies.firstLine(knowledge(dir), "99992", List.of(), LocalDate.of(2026, 9, 1),
                new DocumentExtraction(note(), List.of(), List.of(findings)));
    }

    private static ClinicalDocument note() {
        return new ClinicalDocument("consult.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 8, 1), null, TEXT);
    }

    private static Finding therapy(String kind, int from, int to, boolean negated, boolean uncertain) {
        return new Finding("therapy", "consult.txt", new Span(from, to), TEXT.substring(from, to), null, null, negated, uncertain, false,
                new java.util.HashMap<>(Map.of("kind", kind)));
    }

    @Test
    void aDenialOfOneKindLeavesAnUncertainOtherKindUnknown(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, therapy("home_exercise", 0, 24, true, false), therapy("physical_therapy", 57, 59, false, true));

        assertThat(r.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(r.rationale()).contains("denies something else");
    }

    @Test
    void aDenialOfTheSameKindStillSettlesIt(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, therapy("physical_therapy", 0, 24, true, false), therapy("physical_therapy", 57, 59, false, true));

        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }
}
