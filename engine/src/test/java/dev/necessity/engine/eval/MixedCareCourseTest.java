package dev.necessity.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.Span;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A course of conservative care made of several kinds (a drug started on one date, an epidural on
 * another) runs from the first to the last of all their dates, an injection's single date included,
 * and the rationale names it by the policy's label rather than as therapy visits.
 */
class MixedCareCourseTest {
    private static final String NOTE = "Naproxen started 12/01/2025. Transforaminal epidural steroid injection on 01/20/2026.";

    private static Finding finding(String quote, Map<String, Object> attrs) {
        int start = NOTE.indexOf(quote);
        return new Finding("therapy", "note.txt", new Span(start, start + quote.length()), quote, null, null, false, false, false, attrs);
    }

    private static Verdict judge(double minWeeks) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 2, 1), null, NOTE);
        ServiceLine line = new ServiceLine(1, "63030", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 2, 10), null, null, null, List.of(line), List.of(), List.of(doc));
        List<Finding> findings = List.of(
                finding("Naproxen", Map.of("kind", "medication", "drugClass", "nsaid", "startDate", LocalDate.of(2025, 12, 1))),
                finding("epidural steroid injection", Map.of("kind", "injection", "date", LocalDate.of(2026, 1, 20))));
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), findings)));
        Predicate.CareDuration care = new Predicate.CareDuration(List.of("physical_therapy", "medication", "injection"), minWeeks, 6,
                false, "conservative care");
        return new CareDurationEvaluator(new LineContext(facts, line, null, null)).evaluate(care);
    }

    @Test
    void theCourseSpansEveryKindIncludingAnInjectionDate() {
        Verdict v = judge(6);
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).startsWith("Conservative care documented (").contains("7.1 weeks").doesNotContain("visit");
    }

    @Test
    void aShorterCourseFails() {
        assertThat(judge(8).status()).isEqualTo(Status.NOT_MET);
    }
}
