package dev.necessity.engine.eval;

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
import dev.necessity.policy.Composition;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result of a node's appliesWhen test is kept in the trace, so reports and policy tests can see it. */
class ApplicabilityTraceTest {

    private static final String TEXT = "Left L5-S1 transforaminal epidural steroid injection on 01/05/2026 gave 80 % relief for 4 months.";

    @Test
    void applicableNodeKeepsItsApplicabilityResult() {
        CriterionResult r = evaluate(List.of(injection(Map.of("kind", "injection", "reliefPercent", 80))));
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.applicability()).isNotNull();
        assertThat(r.applicability().status()).isEqualTo(Status.MET);
        assertThat(r.walk().map(CriterionResult::id)).containsExactly("repeat-relief", "prior-injection");
    }

    @Test
    void notApplicableNodeStillShowsWhyInTheTrace() {
        CriterionResult r = evaluate(List.of());
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(r.applicability().status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(r.walk().map(CriterionResult::id)).contains("prior-injection");
        assertThat(r.flatten().map(CriterionResult::id)).containsExactly("repeat-relief");
    }

    private static CriterionResult evaluate(List<Finding> findings) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 3, 9), null, TEXT);
        ServiceLine line = new ServiceLine(1, "64483", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 3, 16), "standard", null, null, List.of(line), List.of(), List.of(doc));
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), findings)));
        Criterion applies = leaf("prior-injection", new Predicate.FindingTest("therapy", Map.of("kind", List.of("injection")), null, null,
                null, null, null, false, null, null));
        Criterion node = new Criterion("repeat-relief", "Relief", new Composition.Leaf(new Predicate.FindingTest("therapy",
                Map.of("kind", List.of("injection")), null, null, null, null,
                List.of(new Predicate.Comparison("reliefPercent", ">=", 50.0, null)), false, null, null)),
                null, null, null, null, false, null, applies, null);
        return new CriterionEvaluator(new LineContext(facts, line, null, null)).evaluate(node);
    }

    private static Criterion leaf(String id, Predicate p) {
        return new Criterion(id, id, new Composition.Leaf(p), null, null, null, null, false, null, null, null);
    }

    private static Finding injection(Map<String, Object> attrs) {
        return new Finding("therapy", "note.txt", new Span(0, 52), TEXT.substring(0, 52), null, null, false, false, false, attrs);
    }
}
