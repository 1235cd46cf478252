package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.Patient;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.Span;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code require} in a finding test: the value a finding must have to satisfy it. Unlike {@code
 * where} it does not select, so a finding with another value answers the test (NOT_MET) instead
 * of reading as silence; a finding lacking the attribute does not answer it.
 */
class RequireTest {
    private static final String TEXT = "Hoffmann sign negative. Current smoker. Gait: not examined.";

    @TempDir
    Path dir;

    private KnowledgeBase knowledge() throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - { id: src, citation: \"A source.\" }\n");
        Path policy = Files.createDirectories(dir.resolve("policies/t"));
        Files.writeString(policy.resolve("policy.yaml"), """
                id: t
                version: "1"
                effective: 2026-01-01
                title: Test
                codes: { primary: [ { code: "99999", description: "test" } ] }
                criteria:
                  id: t
                  title: all
                  all:
                    - id: hoffmann-positive
                      title: Hoffmann positive
                      finding: { type: exam, where: { kind: hoffmann }, require: { result: positive } }
                    - id: hoffmann-positive-by-where
                      title: Hoffmann positive, selected with where
                      finding: { type: exam, where: { kind: hoffmann, result: positive } }
                    - id: former-quit
                      title: Former smoker who quit 6 weeks ago
                      finding:
                        type: nicotine
                        require: { status: former }
                        compare: [ { attr: quitDate, op: ">=", weeksBeforeRequest: 6 } ]
                    - id: gait-abnormal
                      title: Abnormal gait
                      finding: { type: exam, where: { kind: gait }, require: { result: abnormal } }
                """);
        return KnowledgeLoader.load(List.of(dir));
    }

    private static Finding finding(String type, String quote, Map<String, Object> attrs) {
        int start = TEXT.indexOf(quote);
        return new Finding(type, "note.txt", new Span(start, start + quote.length()), quote, null, null, false, false, false, attrs);
    }

    private Determination assess(List<Finding> findings) throws IOException {
        ClinicalDocument doc = new ClinicalDocument("note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 3, 1), null, TEXT);
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 3, 2), "standard", new Patient("p", null, null), null,
                List.of(new ServiceLine(1, "99999", "CPT", null, List.of(), null)), List.of(), List.of(doc));
        return new Engine(knowledge()).assess(request, List.of(new DocumentExtraction(doc, List.of(), new ArrayList<>(findings))));
    }

    private static Status status(Determination d, String id) {
        return d.lines().get(0).criteria().flatten().filter(c -> c.id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void anotherValueOfARequiredAttributeIsNotMet() throws IOException {
        Determination d = assess(List.of(
                finding("exam", "Hoffmann sign negative", Map.of("kind", "hoffmann", "result", "negative")),
                finding("nicotine", "Current smoker", Map.of("status", "current"))));
        assertThat(status(d, "hoffmann-positive")).isEqualTo(Status.NOT_MET);
        assertThat(status(d, "hoffmann-positive-by-where")).isEqualTo(Status.NOT_DOCUMENTED);
        // "current" answers "former who quit 6 weeks ago" even though it has no quit date to compare
        assertThat(status(d, "former-quit")).isEqualTo(Status.NOT_MET);
        assertThat(status(d, "gait-abnormal")).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(d.outcome()).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
    }

    @Test
    void theRequiredValueIsMetAndAFindingWithoutTheAttributeIsSilence() throws IOException {
        Determination d = assess(List.of(
                finding("exam", "Hoffmann sign negative", Map.of("kind", "hoffmann", "result", "positive")),
                finding("exam", "Gait: not examined", Map.of("kind", "gait"))));
        assertThat(status(d, "hoffmann-positive")).isEqualTo(Status.MET);
        assertThat(status(d, "gait-abnormal")).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(status(d, "former-quit")).isEqualTo(Status.NOT_DOCUMENTED);
    }
}
