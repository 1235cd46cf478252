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

/** Medication "since 01/2025", still taken when a note of 05/04/2026 says so, lasts through that note. */
class OngoingCareTest {

    private static final String TEXT = "She takes gabapentin 300 mg twice daily since 01/2025.";

    @Test
    void ongoingTherapyStartedBeforeTheWindowCountsThroughTheNoteDate() {
        Verdict v = evaluate("ongoing");
        assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    void aStartDateAloneIsNoDuration() {
        Verdict v = evaluate(null);
        assertThat(v.status()).isNotEqualTo(Status.MET);
    }

    private static Verdict evaluate(String status) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 5, 4), null, TEXT);
        ServiceLine line = new ServiceLine(1, "62323", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 5, 11), "standard", null, null, List.of(line), List.of(), List.of(doc));
        Map<String, Object> attrs = new java.util.HashMap<>(Map.of("kind", "medication", "drugClass", "neuropathic",
                "startDate", LocalDate.of(2025, 1, 1)));
        if (status != null) {
            attrs.put("status", status);
        }
        Finding f = new Finding("therapy", "note.txt", new Span(10, 20), TEXT.substring(10, 20), null, null, false, false, false, attrs);
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), List.of(f))));
        return new CareDurationEvaluator(new LineContext(facts, line, null, null))
                .evaluate(new Predicate.CareDuration(List.of("medication"), 4, 12, false));
    }
}
