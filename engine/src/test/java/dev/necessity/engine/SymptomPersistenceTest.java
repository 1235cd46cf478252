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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symptom documented on one date and still on a later one has lasted at least the weeks between;
 * a stated duration that falls short is never overridden, and one mention alone proves no duration.
 */
class SymptomPersistenceTest {
    private static final String TEXT = "Left L5 radicular pain.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "lasting", "99992", """
                criteria:
                  id: radicular-four-weeks
                  title: Radicular pain for at least 4 weeks
                  finding: { type: symptom, where: { kind: radiculopathy }, compare: [ { attr: durationWeeks, op: ">=", value: 4 } ] }
                """);
    }

    private static CriterionResult judge(Path dir, Double statedWeeksInLater, LocalDate... noteDates) throws IOException {
        return judge(dir, statedWeeksInLater, false, noteDates);
    }

    private static CriterionResult judge(Path dir, Double statedWeeksInLater, boolean laterDenies, LocalDate... noteDates)
            throws IOException {
        List<ClinicalDocument> docs = new ArrayList<>();
        List<DocumentExtraction> extractions = new ArrayList<>();
        for (int i = 0; i < noteDates.length; i++) {
            ClinicalDocument note = new ClinicalDocument("note-" + i + ".txt", DocumentType.CLINICAL_NOTE, noteDates[i], null, TEXT);
            Map<String, Object> attrs = new HashMap<>(Map.of("kind", "radiculopathy"));
            if (statedWeeksInLater != null && i == noteDates.length - 1) {
                attrs.put("durationWeeks", statedWeeksInLater);
            }
            docs.add(note);
            boolean denial = laterDenies && i == noteDates.length - 1;
            extractions.add(new DocumentExtraction(note, List.of(), List.of(new Finding("symptom", note.name(), new Span(0, 22),
                    TEXT.substring(0, 22), null, null, denial, false, false, attrs))));
        }
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 4, 1), null, null, null,
                List.of(new ServiceLine(1, "99992", "CPT", null, List.of(), null)), List.of(), docs);
        return new Engine(knowledge(dir)).assess(request, extractions).lines().get(0).criteria();
    }

    @Test
    void documentedOnTwoDatesItHasLastedTheWeeksBetween(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2));
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.rationale()).contains("on 01/05/2026").contains("still on 03/02/2026").contains("present at least 8 weeks");
    }

    @Test
    void aStatedDurationThatFallsShortIsNotOverridden(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, 2.0, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2)).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aDenialInTheLaterNoteIsNotOverridden(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, null, true, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 2));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void oneMentionOrAShortSpanProvesNoDuration(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, null, LocalDate.of(2026, 3, 2)).status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(judge(dir, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16)).status()).isEqualTo(Status.NOT_DOCUMENTED);
    }
}
