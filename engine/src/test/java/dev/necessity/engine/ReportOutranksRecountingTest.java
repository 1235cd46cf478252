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
 * A grade only recounted in a letter or a note ("bone-on-bone") does not overrule the radiologist's own lower grade
 * ("Kellgren-Lawrence grade 2") in a report written shortly before; an old report does not silence a recent account.
 */
class ReportOutranksRecountingTest {
    private static final String LETTER = "Radiographs show end-stage disease with bone-on-bone contact in the medial compartment.";
    private static final String REPORT = "IMPRESSION: Mild medial compartment osteoarthritis, Kellgren-Lawrence grade 2.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "knee-grade", "99991", """
                criteria:
                  id: kellgren-lawrence-3-or-4
                  title: Kellgren-Lawrence grade 3 or 4
                  finding: { type: kellgren_lawrence, compare: [ { attr: grade, op: ">=", value: 3 } ] }
                """);
    }

    private static CriterionResult judge(Path dir, LocalDate reportDate) throws IOException {
        ClinicalDocument letter = new ClinicalDocument("letter.txt", DocumentType.LETTER, LocalDate.of(2026, 9, 22), null, LETTER);
        ClinicalDocument report = new ClinicalDocument("xray.txt", DocumentType.IMAGING, reportDate, null, REPORT);
        Finding recounted = grade(letter, "bone-on-bone", 4);
        Finding graded = grade(report, "Kellgren-Lawrence grade 2", 2);
        return TestPolicies.firstLine(knowledge(dir), "99991", List.of(), LocalDate.of(2026, 10, 1),
                new DocumentExtraction(letter, List.of(), List.of(recounted)), new DocumentExtraction(report, List.of(), List.of(graded)));
    }

    private static Finding grade(ClinicalDocument doc, String quote, int grade) {
        int start = doc.text().indexOf(quote);
        return new Finding("kellgren_lawrence", doc.name(), new Span(start, start + quote.length()), quote, null, null, false, false, false,
                new HashMap<>(Map.of("grade", grade)));
    }

    @Test
    void theReportsOwnLowerGradeDecidesOverALetterWrittenWeeksLater(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, LocalDate.of(2026, 8, 4));

        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.rationale()).contains("Kellgren-Lawrence grade 2").contains("only recounted in letter.txt").contains("bone-on-bone");
    }

    @Test
    void aReportYearsOlderDoesNotOverruleARecentAccount(@TempDir Path dir) throws IOException {
        assertThat(judge(dir, LocalDate.of(2024, 3, 1)).status()).isEqualTo(Status.MET);
    }
}
