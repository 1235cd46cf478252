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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symptom denied in an older record ("No back pain" in last year's nerve-conduction report) and told as present in a
 * later one ("NEW PROBLEM - low back pain") was absent then, not now: the old denial does not answer a test of the
 * current symptom. A denial in the latest record still does.
 */
class EarlierSymptomDenialTest {
    private static final String OLD = "Indication: numbness of both feet. No back pain.";
    private static final String NEW = "NEW PROBLEM - low back pain since lifting mulch.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "backpain", "99994", """
                criteria:
                  id: short-back-pain
                  title: Low back pain of less than 6 weeks
                  finding: { type: symptom, where: { kind: axial_pain }, compare: [ { attr: durationWeeks, op: "<", value: 6 } ] }
                """);
    }

    private static CriterionResult judge(Path dir, LocalDate oldDate, LocalDate newDate) throws IOException {
        ClinicalDocument emg = new ClinicalDocument("emg.txt", DocumentType.OTHER, oldDate, null, OLD);
        ClinicalDocument note = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, newDate, null, NEW);
        Finding denied = symptom("emg.txt", OLD, "No back pain", true);
        Finding told = symptom("note.txt", NEW, "low back pain", false);
        return TestPolicies.firstLine(knowledge(dir), "99994", List.of(), LocalDate.of(2026, 10, 10),
                new DocumentExtraction(emg, List.of(), List.of(denied)), new DocumentExtraction(note, List.of(), List.of(told)));
    }

    private static Finding symptom(String document, String text, String phrase, boolean negated) {
        int from = text.indexOf(phrase);
        return new Finding("symptom", document, new Span(from, from + phrase.length()), phrase, null, null, negated, false, false,
                new HashMap<>(Map.of("kind", "axial_pain")));
    }

    @Test
    void anOlderDenialDoesNotAnswerForASymptomToldSince(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, LocalDate.of(2025, 11, 12), LocalDate.of(2026, 10, 1));

        assertThat(r.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(r.rationale()).contains("without what the criterion needs");
    }

    @Test
    void aDenialInTheLatestRecordStillAnswers(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 1));

        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }
}
