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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code match} tests a stated value: a documented negative straight-leg raise answers "positive
 * straight-leg raise" as NOT_MET, where a {@code where} selector would leave it undocumented; and a
 * planned therapy never counts as one that was tried.
 */
class FindingMatchTest {
    private static final String NOTE = "Straight leg raise is negative bilaterally. Positive straight leg raise on the left. "
            + "Plan: start physical therapy.";

    private static Finding exam(String quote, String result) {
        int start = NOTE.indexOf(quote);
        return new Finding("exam", "note.txt", new Span(start, start + quote.length()), quote, null, null, false, false, false,
                Map.of("kind", "straight_leg_raise", "result", result));
    }

    private static Verdict judge(Predicate.FindingTest test, Finding... findings) {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 3, 1), null, NOTE);
        ServiceLine line = new ServiceLine(1, "63030", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 3, 10), null, null, null, List.of(line), List.of(), List.of(doc));
        CaseFacts facts = new CaseFacts(request, List.of(new DocumentExtraction(doc, List.of(), new ArrayList<>(List.of(findings)))));
        return new FindingTestEvaluator(new LineContext(facts, line, null, null)).evaluate(test);
    }

    private static Predicate.FindingTest positiveSlr(boolean byMatch) {
        Map<String, List<String>> kind = Map.of("kind", List.of("straight_leg_raise"));
        Map<String, List<String>> positive = Map.of("result", List.of("positive"));
        if (byMatch) {
            return new Predicate.FindingTest("exam", kind, null, null, null, null, null, false, null, null, positive);
        }
        Map<String, List<String>> both = Map.of("kind", List.of("straight_leg_raise"), "result", List.of("positive"));
        return new Predicate.FindingTest("exam", both, null, null, null, null, null, false, null, null);
    }

    @Test
    void aStatedNegativeResultAnswersTheMatchAsNotMet() {
        Verdict v = judge(positiveSlr(true), exam("Straight leg raise is negative", "negative"));
        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.rationale()).contains("result positive").contains("Straight leg raise is negative");
    }

    @Test
    void aWhereSelectorLeavesTheSameRecordUndocumented() {
        assertThat(judge(positiveSlr(false), exam("Straight leg raise is negative", "negative")).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void aMatchingValueMeetsIt() {
        Verdict v = judge(positiveSlr(true), exam("Straight leg raise is negative", "negative"),
                exam("Positive straight leg raise on the left", "positive"));
        assertThat(v.status()).isEqualTo(Status.MET);
    }

    @Test
    void silenceStaysUndocumented() {
        assertThat(judge(positiveSlr(true)).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void aPlannedTherapyIsNotATherapyTried() {
        String quote = "physical therapy";
        int start = NOTE.indexOf(quote);
        Finding planned = new Finding("therapy", "note.txt", new Span(start, start + quote.length()), quote, "PLAN", null, false, false,
                false, Map.of("kind", "physical_therapy", "status", "planned"));
        Predicate.FindingTest tried = new Predicate.FindingTest("therapy", Map.of("kind", List.of("physical_therapy")), null, null,
                null, null, null, false, null, null);
        assertThat(judge(tried, planned).status()).isEqualTo(Status.NOT_DOCUMENTED);
        Predicate.FindingTest plans = new Predicate.FindingTest("therapy",
                Map.of("kind", List.of("physical_therapy"), "status", List.of("planned")), null, null, null, null, null, false, null, null);
        assertThat(judge(plans, planned).status()).isEqualTo(Status.MET);
    }
}
