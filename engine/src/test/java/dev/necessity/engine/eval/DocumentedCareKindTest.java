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
 * The lumbar MRI care criterion lists several kinds; its rationale names the kinds the record
 * documents, not the first the policy lists, and a drug's start date and the note that says it is
 * still taken are not therapy visits.
 */
class DocumentedCareKindTest {
    private static final String NOTE = "CLINIC NOTE\nVisit date: 10/16/2026\n"
            + "HISTORY: Low back pain with right leg pain for 7 weeks. Takes ibuprofen 600 mg TID since 10/09/2026. "
            + "Started physical therapy on 10/12/2026.\nPLAN: MRI lumbar spine.\n";
    private static final Predicate.CareDuration LUMBAR_MRI_CARE = new Predicate.CareDuration(
            List.of("physical_therapy", "home_exercise", "aquatic_therapy", "chiropractic", "medication"), 6, 12, false);
    private static final Finding IBUPROFEN = finding("ibuprofen", Map.of("kind", "medication", "drug", "ibuprofen",
            "drugClass", "nsaid", "startDate", LocalDate.of(2026, 10, 9), "status", "ongoing"));
    private static final Finding THERAPY = finding("physical therapy", Map.of("kind", "physical_therapy",
            "dates", List.of("2026-10-12"), "startDate", LocalDate.of(2026, 10, 12), "endDate", LocalDate.of(2026, 10, 12)));

    @Test
    void medicationAloneIsNamedAsMedicationWithoutVisits() {
        Verdict v = judge(List.of(IBUPROFEN));

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.rationale()).startsWith("Medication documented (10/09/2026 to 10/16/2026)").contains("against at least 6 weeks required")
                .doesNotContain("physical therapy").doesNotContain("visit");
    }

    @Test
    void medicationAndTherapyAreBothNamedAndTheirDatesAreNotCountedAsVisits() {
        Verdict v = judge(List.of(IBUPROFEN, THERAPY));

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.rationale()).startsWith("Physical therapy and medication documented (10/09/2026 to 10/16/2026)")
                .doesNotContain("visit");
    }

    private static Finding finding(String quote, Map<String, Object> attrs) {
        int start = NOTE.indexOf(quote);
        return new Finding("therapy", "note.txt", new Span(start, start + quote.length()), quote, "HISTORY", null,
                false, false, false, attrs);
    }

    private static Verdict judge(List<Finding> findings) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 10, 16), null, NOTE);
        ServiceLine line = new ServiceLine(1, "72148", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 10, 20), "standard", null, null, List.of(line), List.of(), List.of(doc));
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), findings)));
        return new CareDurationEvaluator(new LineContext(facts, line, null, null)).evaluate(LUMBAR_MRI_CARE);
    }
}
