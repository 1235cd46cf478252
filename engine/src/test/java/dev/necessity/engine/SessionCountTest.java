package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting sessions ("no more than 1 before this one"): day-dated mentions are one per date; "two
 * injections in 2026" re-tells day-dated ones in 2026; an undated mention beside dated ones may be a
 * re-telling or another session, so the answer is NOT_DOCUMENTED when it depends on which.
 */
class SessionCountTest {
    private static final String NOTE = "ESI 02/09/2026 and ESI 07/13/2026. Two ESIs in 2026. He had an epidural injection.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "sessions", "99991", """
                criteria:
                  id: session-limit
                  title: At most one earlier session in 12 months
                  finding: { type: therapy, where: { kind: injection, status: completed }, withinMonths: 12, count: { atMost: 1 } }
                """);
    }

    private static Finding injection(String quote, String date, String precision) {
        int start = NOTE.indexOf(quote);
        Map<String, Object> attrs = new HashMap<>(Map.of("kind", "injection", "status", "completed"));
        if (date != null) {
            attrs.put("date", LocalDate.parse(date));
        }
        if (precision != null) {
            attrs.put("datePrecision", precision);
        }
        return new Finding("therapy", "note.txt", new Span(start, start + quote.length()), quote, null, null, false, false, false, attrs);
    }

    private static CriterionResult limit(Path dir, Finding... findings) throws IOException {
        ClinicalDocument note = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 8, 1), null, NOTE);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 9, 1), null, null, null,
                List.of(new ServiceLine(1, "99991", "CPT", null, List.of(), null)), List.of(), List.of(note));
        Determination d = new Engine(knowledge(dir)).assess(request, List.of(new DocumentExtraction(note, List.of(), List.of(findings))));
        return d.lines().get(0).criteria();
    }

    @Test
    void twoDatesAreTwoSessions(@TempDir Path dir) throws IOException {
        CriterionResult r = limit(dir, injection("ESI 02/09/2026", "2026-02-09", null), injection("ESI 07/13/2026", "2026-07-13", null));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.rationale()).startsWith("2 occurrences documented");
    }

    @Test
    void aYearThatHoldsADatedSessionIsThatSession(@TempDir Path dir) throws IOException {
        CriterionResult r = limit(dir, injection("ESI 07/13/2026", "2026-07-13", null), injection("Two ESIs in 2026", "2026-01-01", "year"));
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.rationale()).startsWith("1 occurrence documented");
    }

    @Test
    void anUndatedMentionBesideADatedOneLeavesTheCountOpen(@TempDir Path dir) throws IOException {
        CriterionResult r = limit(dir, injection("ESI 07/13/2026", "2026-07-13", null), injection("epidural injection", null, null));
        assertThat(r.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(r.rationale()).contains("“epidural injection”, undated, may re-tell one of these or be another").contains("its date would settle it");
    }

    @Test
    void withNothingDatedEachUndatedMentionCounts(@TempDir Path dir) throws IOException {
        CriterionResult r = limit(dir, injection("epidural injection", null, null), injection("Two ESIs in 2026", null, null));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }
}
