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
 * A care criterion is answered by documented denials that cover every kind it lists: "No physical
 * therapy to date" is NOT_MET for a course of physical (or aquatic) therapy, where silence stays
 * NOT_DOCUMENTED; for conservative care of several kinds, denying some leaves the others silent. A
 * denial does not outweigh therapy the record shows was done, and a hedged one is not counted.
 */
class DeniedCareTest {
    private static final String NOTE = "SPINE CONSULT\nDate: 06/01/2026\nLeft arm pain for 20 weeks. No physical therapy to date. "
            + "Physical therapy 01/12/2026 to 03/20/2026, 14 visits. Possibly no physical therapy. Takes no pain medication.\n"
            + "PLAN: C6-C7 ACDF.\n";
    /** The cervical ACDF therapy criterion: a course of physical or aquatic therapy, at least a week, within 12 months. */
    private static final Predicate.CareDuration ACDF_THERAPY = new Predicate.CareDuration(
            List.of("physical_therapy", "aquatic_therapy"), 1, 12, false);
    /** The cervical ACDF twelve-week criterion: conservative care of any of six kinds. */
    private static final Predicate.CareDuration ACDF_CARE = new Predicate.CareDuration(
            List.of("physical_therapy", "aquatic_therapy", "home_exercise", "medication", "injection", "chiropractic"), 12, 12, false);
    private static final Finding NO_MEDICATION = therapy("Takes no pain medication", 0, true, false, Map.of("kind", "medication"));
    private static final Finding DENIED = therapy("physical therapy", 0, true, false, Map.of("kind", "physical_therapy"));
    private static final Finding HEDGED = therapy("physical therapy", 2, true, true, Map.of("kind", "physical_therapy"));
    private static final Finding DONE = therapy("Physical therapy 01/12/2026 to 03/20/2026", 0, false, false,
            Map.of("kind", "physical_therapy", "visits", 14, "startDate", LocalDate.of(2026, 1, 12), "endDate", LocalDate.of(2026, 3, 20)));

    @Test
    void aDocumentedAbsenceOfTherapyIsNotMetAndQuoted() {
        Verdict v = judge(DENIED);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.rationale()).startsWith("No completed physical therapy is documented within 12 months of the request")
                .contains("the record documents its absence");
        assertThat(v.evidence()).hasSize(1);
    }

    @Test
    void deniedTherapyAndMedicationLeaveTheOtherKindsOfCareSilent() {
        Verdict v = judge(ACDF_CARE, DENIED, NO_MEDICATION);

        assertThat(v.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(v.rationale()).doesNotContain("absence");
    }

    @Test
    void silenceAboutTherapyStaysNotDocumented() {
        assertThat(judge().status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void anUncertainDenialIsNotCounted() {
        assertThat(judge(HEDGED).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void therapyTheRecordShowsWasDoneOutweighsADenialElsewhere() {
        Verdict v = judge(DENIED, DONE);

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).doesNotContain("absence");
    }

    /** A therapy finding quoting the {@code nth} occurrence (from 0, case-insensitive) of {@code quote} in the note. */
    private static Finding therapy(String quote, int nth, boolean negated, boolean uncertain, Map<String, Object> attrs) {
        int start = -1;
        for (int i = 0; i <= nth; i++) {
            start = NOTE.toLowerCase().indexOf(quote.toLowerCase(), start + 1);
        }
        return new Finding("therapy", "note.txt", new Span(start, start + quote.length()), NOTE.substring(start, start + quote.length()),
                "HISTORY", null, negated, uncertain, false, attrs);
    }

    private static Verdict judge(Finding... findings) {
        return judge(ACDF_THERAPY, findings);
    }

    private static Verdict judge(Predicate.CareDuration care, Finding... findings) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 6, 1), null, NOTE);
        ServiceLine line = new ServiceLine(1, "22551", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 6, 15), "standard", null, null, List.of(line), List.of(), List.of(doc));
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), List.of(findings))));
        return new CareDurationEvaluator(new LineContext(facts, line, null, null)).evaluate(care);
    }
}
