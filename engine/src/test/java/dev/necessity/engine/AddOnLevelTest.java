package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.Span;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Each additional segment" add-ons name their own level: the level must meet the criteria itself,
 * and the line is still never more favourable than its primary. An add-on without a level of its
 * own (instrumentation) simply follows the primary.
 */
class AddOnLevelTest {
    private static final String MRI = "L3-L4: severe central canal stenosis. L4-L5: mild central canal stenosis.";

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.withBuiltIn(dir, "decompression", """
                id: decompression
                replaces: lumbar-laminectomy
                version: "1"
                effective: 2026-01-01
                title: Decompression
                codes:
                  primary: [ { code: "63047", description: "one segment" } ]
                  addOns:
                    - { code: "63048", description: "each further segment", primaries: ["63047"] }
                    - { code: "99999", description: "a device, no level of its own", primaries: ["63047"] }
                criteria:
                  id: stenosis
                  title: Moderate or worse stenosis at each requested level
                  finding: { type: stenosis, documents: [imaging], levels: requested-each, minSeverity: moderate }
                """);
    }

    private static Finding stenosis(String level, String quote, String severity) {
        int start = MRI.indexOf(quote);
        return new Finding("stenosis", "mri.txt", new Span(start, start + quote.length()), quote, "FINDINGS", SpinalLevel.of(level),
                false, false, false, Map.of("location", "central", "severity", severity));
    }

    private static Determination assess(Path dir, String primaryLevel, String addOnLevel) throws IOException {
        ClinicalDocument mri = new ClinicalDocument("mri.txt", DocumentType.IMAGING, LocalDate.of(2026, 1, 5), null, MRI);
        List<ServiceLine> lines = List.of(
                new ServiceLine(1, "63047", "CPT", null, List.of(SpinalLevel.of(primaryLevel)), null),
                new ServiceLine(2, "63048", "CPT", null, List.of(SpinalLevel.of(addOnLevel)), 1),
                new ServiceLine(3, "99999", "CPT", null, List.of(), 1));
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 2, 1), null, null, null, lines, List.of(), List.of(mri));
        List<Finding> findings = List.of(stenosis("L3-L4", "severe central canal stenosis", "severe"),
                stenosis("L4-L5", "mild central canal stenosis", "mild"));
        return new Engine(knowledge(dir)).assess(request, List.of(new DocumentExtraction(mri, List.of(), findings)));
    }

    @Test
    void anAdditionalLevelIsJudgedAtItsOwnLevel(@TempDir Path dir) throws IOException {
        Determination d = assess(dir, "L3-L4", "L4-L5");
        assertThat(d.lines()).extracting(LineDetermination::outcome).containsExactly(LineOutcome.MEDICALLY_NECESSARY,
                LineOutcome.NOT_MEDICALLY_NECESSARY, LineOutcome.MEDICALLY_NECESSARY);
        assertThat(d.lines().get(1).criteria().rationale()).contains("L4-L5");
    }

    @Test
    void anAdditionalLevelIsNeverMoreFavourableThanItsPrimary(@TempDir Path dir) throws IOException {
        Determination d = assess(dir, "L4-L5", "L3-L4");
        assertThat(d.lines()).extracting(LineDetermination::outcome).containsExactly(LineOutcome.NOT_MEDICALLY_NECESSARY,
                LineOutcome.NOT_MEDICALLY_NECESSARY, LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(d.lines().get(1).summary()).startsWith("Follows primary line 1");
    }
}
