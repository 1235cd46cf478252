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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code latest: true} judges the response to the most recent prior injection. A mention's own date
 * places it; an undated one is placed only as far as its note's date allows (it happened by then).
 * When an undated mention may be the more recent and would change the answer, the answer is not
 * documented, and the trace says which mention and what record would settle it.
 */
class LatestFindingTest {
    private static final String FOLLOW_UP = "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief "
            + "lasting about 4 months. He also had a lumbar epidural steroid injection at an outside clinic, with about 30 % relief for "
            + "1 week. The epidural injection gave him about 80 % relief for 4 months. No previous epidural injections.";
    private static final String EARLIER_NOTE = "She had a lumbar epidural steroid injection last year with about 30 % relief for 1 week.";
    private static final String UNDATED_HISTORY = "She underwent a left L5-S1 transforaminal epidural steroid injection. At follow-up she "
            + "reported about 80 % relief, and it lasted about 4 months.";

    private final Map<String, ClinicalDocument> documents = new LinkedHashMap<>();
    private final Map<String, List<Finding>> findings = new LinkedHashMap<>();

    private ClinicalDocument note(String name, LocalDate date, String text) {
        ClinicalDocument doc = new ClinicalDocument(name, DocumentType.CLINICAL_NOTE, date, null, text);
        documents.put(name, doc);
        findings.put(name, new ArrayList<>());
        return doc;
    }

    /** A completed epidural injection quoted from {@code doc}, with its own date (or none) and the relief stated. */
    private Finding injection(ClinicalDocument doc, String quote, LocalDate date, Integer percent, Double weeks) {
        int start = doc.text().indexOf(quote);
        Map<String, Object> attrs = new HashMap<>(Map.of("kind", "injection", "status", "completed", "injectionType", "epidural"));
        if (date != null) {
            attrs.put("date", date);
        }
        if (percent != null) {
            attrs.put("reliefPercent", percent);
        }
        if (weeks != null) {
            attrs.put("reliefWeeks", weeks);
        }
        Finding f = new Finding("therapy", doc.name(), new Span(start, start + quote.length()), quote, "HPI", null, false, false, false,
                attrs);
        findings.get(doc.name()).add(f);
        return f;
    }

    private void denial(ClinicalDocument doc, String quote) {
        int start = doc.text().indexOf(quote);
        findings.get(doc.name()).add(new Finding("therapy", doc.name(), new Span(start, start + quote.length()), quote, "HPI", null,
                true, false, false, Map.of("kind", "injection")));
    }

    /** The lumbar-esi repeat rule: the most recent prior injection gave at least 50 % relief for at least 12 weeks. */
    private Verdict judgeRepeatRelief() {
        Predicate.FindingTest test = new Predicate.FindingTest("therapy",
                Map.of("kind", List.of("injection"), "status", List.of("completed")), null, 12, null, null,
                List.of(new Predicate.Comparison("reliefPercent", ">=", 50.0, null), new Predicate.Comparison("reliefWeeks", ">=", 12.0, null)),
                false, null, null, Map.of(), true);
        ServiceLine line = new ServiceLine(1, "64483", "CPT", null, List.of(), null);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 3, 9), null, null, null, List.of(line), List.of(),
                List.copyOf(documents.values()));
        List<DocumentExtraction> extractions = documents.values().stream()
                .map(d -> new DocumentExtraction(d, List.of(), findings.get(d.name()))).toList();
        return new FindingTestEvaluator(new LineContext(new CaseFacts(request, extractions), line, null, null)).evaluate(test);
    }

    @Test
    void anUndatedInjectionInALaterNoteThatWouldChangeTheAnswerLeavesItUndocumented() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief lasting about 4 months",
                LocalDate.of(2025, 9, 15), 80, 17.3);
        injection(note, "lumbar epidural steroid injection at an outside clinic, with about 30 % relief for 1 week", null, 30, 1.0);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(v.rationale())
                .contains("09/15/2025")
                .contains("at an outside clinic, with about 30 % relief for 1 week")
                .contains("follow-up-2026-03-02.txt")
                .contains("may be more recent")
                .contains("would settle it")
                .doesNotContain("dated 03/02/2026");
        assertThat(v.evidence()).hasSize(2);
    }

    @Test
    void anUndatedMentionWithNoAnswerInARecordThatDatesItsInjectionReTellsIt() {
        String text = "Interval: S/p L4-5 ILESI 01/08/2026 (first ESI); about 30 % relief for 3 weeks. Partial, short-lived response to first ILESI.";
        ClinicalDocument note = note("pain-clinic-2026-03-02.txt", LocalDate.of(2026, 3, 2), text);
        injection(note, "L4-5 ILESI 01/08/2026 (first ESI); about 30 % relief for 3 weeks", LocalDate.of(2026, 1, 8), 30, 3.0);
        injection(note, "first ILESI", null, null, null);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.rationale()).startsWith("Judged on the most recent, dated 01/08/2026").contains("re-tells a dated one");
    }

    @Test
    void anUndatedMentionWithNoAnswerInAnotherLaterRecordStillLeavesItOpen() {
        ClinicalDocument dated = note("pain-clinic-2026-01-20.txt", LocalDate.of(2026, 1, 20),
                "S/p L4-5 ILESI 01/08/2026; about 30 % relief for 3 weeks.");
        ClinicalDocument later = note("pcp-2026-03-02.txt", LocalDate.of(2026, 3, 2), "Back pain; had an ESI at the pain clinic.");
        injection(dated, "L4-5 ILESI 01/08/2026; about 30 % relief for 3 weeks", LocalDate.of(2026, 1, 8), 30, 3.0);
        injection(later, "ESI", null, null, null);

        assertThat(judgeRepeatRelief().status()).isEqualTo(Status.NOT_DOCUMENTED);
    }

    @Test
    void anUndatedMentionInANoteWrittenBeforeTheLatestDatedInjectionCannotBeTheMoreRecent() {
        ClinicalDocument earlier = note("clinic-2025-09-01.txt", LocalDate.of(2025, 9, 1), EARLIER_NOTE);
        ClinicalDocument later = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(earlier, "lumbar epidural steroid injection last year with about 30 % relief for 1 week", null, 30, 1.0);
        injection(later, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief lasting about 4 months",
                LocalDate.of(2025, 9, 15), 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).startsWith("Judged on the most recent, dated 09/15/2025").contains("cannot be more recent")
                .contains("last year with about 30 % relief for 1 week")
                .doesNotContain("not on the earlier 09/01/2025"); // a note's date is not the date of the injection it mentions
    }

    @Test
    void anUndatedMentionTellingTheSameReliefInTheRecordThatDatesTheLatestIsThatInjection() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief lasting about 4 months",
                LocalDate.of(2025, 9, 15), 80, 17.3);
        injection(note, "The epidural injection gave him about 80 % relief for 4 months", null, 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).startsWith("Judged on the most recent, dated 09/15/2025, with “The epidural injection gave him")
                .contains("tells the same relief as the dated mention in its record")
                .doesNotContain("dated 03/02/2026");
    }

    @Test
    void whatTheRetellingAddsIsJudgedWithTheDatedInjection() {
        // The dated mention states the relief but not how long it lasted; the record's undated re-telling says how long.
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief", LocalDate.of(2025, 9, 15),
                80, null);
        injection(note, "The epidural injection gave him about 80 % relief for 4 months", null, 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).contains("tells the same relief as the dated mention in its record");
    }

    @Test
    void anUndatedMentionTellingAnotherReliefIsNotTheDatedInjection() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief", LocalDate.of(2025, 9, 15),
                80, null);
        injection(note, "lumbar epidural steroid injection at an outside clinic, with about 30 % relief for 1 week", null, 30, 1.0);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isNotEqualTo(Status.MET);
        assertThat(v.rationale()).doesNotContain("tells the same relief");
    }

    @Test
    void undatedMentionsOfOneNoteThatStateDifferentResponsesCannotBeOrdered() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "lumbar epidural steroid injection at an outside clinic, with about 30 % relief for 1 week", null, 30, 1.0);
        injection(note, "The epidural injection gave him about 80 % relief for 4 months", null, 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(v.rationale()).contains("30 % relief for 1 week").contains("80 % relief for 4 months").contains("would settle it");
    }

    @Test
    void anUndatedInjectionAndTheResponseToldAfterItAreJudgedTogether() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), UNDATED_HISTORY);
        injection(note, "left L5-S1 transforaminal epidural steroid injection", null, null, null);
        injection(note, "At follow-up she reported about 80 % relief, and it lasted about 4 months", null, 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).contains("None is dated").doesNotContain("dated 03/02/2026");
    }

    @Test
    void aResponseToldInALaterNoteAnswersForTheLatestInjectionWhoseOwnRecordStatesNone() {
        ClinicalDocument procedure = note("procedure-2025-09-15.txt", LocalDate.of(2025, 9, 15),
                "PROCEDURE: Left L5-S1 transforaminal epidural steroid injection. The patient tolerated the procedure well.");
        ClinicalDocument followUp = note("follow-up-2026-01-20.txt", LocalDate.of(2026, 1, 20),
                "She reports about 80 % relief of the leg pain after the injection, lasting about 4 months so far.");
        injection(procedure, "Left L5-S1 transforaminal epidural steroid injection", LocalDate.of(2025, 9, 15), null, null);
        injection(followUp, "about 80 % relief of the leg pain after the injection, lasting about 4 months", null, 80, 17.3);

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).startsWith("Judged on the response told after the most recent, dated 09/15/2025, whose own record states none")
                .contains("follow-up-2026-01-20.txt").contains("written after it");
        assertThat(v.evidence()).hasSize(2);
    }

    @Test
    void aLaterNoteTellingNoReliefFromTheInjectionIsNotMet() {
        ClinicalDocument procedure = note("procedure-2025-09-15.txt", LocalDate.of(2025, 9, 15),
                "PROCEDURE: Left L5-S1 transforaminal epidural steroid injection.");
        ClinicalDocument followUp = note("follow-up-2025-11-20.txt", LocalDate.of(2025, 11, 20),
                "The injection gave about 20 % relief for 1 week.");
        injection(procedure, "Left L5-S1 transforaminal epidural steroid injection", LocalDate.of(2025, 9, 15), null, null);
        injection(followUp, "The injection gave about 20 % relief for 1 week", null, 20, 1.0);

        assertThat(judgeRepeatRelief().status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aLaterDenialNamesNoInjectionToJudge() {
        ClinicalDocument note = note("follow-up-2026-03-02.txt", LocalDate.of(2026, 3, 2), FOLLOW_UP);
        injection(note, "Left L5-S1 transforaminal epidural steroid injection on 09/15/2025 with about 80 % relief lasting about 4 months",
                LocalDate.of(2025, 9, 15), 80, 17.3);
        denial(note, "No previous epidural injections");

        Verdict v = judgeRepeatRelief();

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rationale()).startsWith("Judged on the most recent, dated 09/15/2025");
    }
}
