package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.SpinalLevel;
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
 * A grade threshold ("moderate or worse stenosis") is not answered by the grade of one location when another location at
 * the level is reported narrowed without a grade: "narrowing of the central canal and both lateral recesses. Foramina
 * patent." leaves the central grade unknown (NOT_DOCUMENTED), while a graded or denied central canal settles it, and a
 * central canal graded below the threshold is the level's grade even beside an ungraded lateral recess (as the synthetic
 * cases' decision tables read "mild to moderate central canal stenosis. Left lateral recess narrowing with compression").
 */
class UngradedNarrowingTest {
    private static final String TEXT = "L3-L4: Disc bulge with narrowing of the central canal and both lateral recesses. Foramina patent. "
            + "Mild central canal stenosis. Left lateral recess narrowing with compression of the L4 root.";
    private static final SpinalLevel L3_L4 = SpinalLevel.of("L3-L4");

    private static KnowledgeBase knowledge(Path dir) throws IOException {
        return TestPolicies.forCode(dir, "stenosis", "99993", """
                criteria:
                  id: stenosis-grade
                  title: Stenosis graded moderate or worse at each requested level
                  finding: { type: stenosis, levels: requested-each, minSeverity: moderate }
                """);
    }

    private static CriterionResult judge(Path dir, Finding... findings) throws IOException {
        ClinicalDocument mri = new ClinicalDocument("mri.txt", DocumentType.IMAGING, LocalDate.of(2026, 8, 1), null, TEXT);
        return TestPolicies.firstLine(knowledge(dir), "99993", List.of(L3_L4), LocalDate.of(2026, 9, 1),
                new DocumentExtraction(mri, List.of(), List.of(findings)));
    }

    private static Finding stenosis(String phrase, String location, String severity) {
        int from = TEXT.indexOf(phrase);
        return new Finding("stenosis", "mri.txt", new Span(from, from + phrase.length()), phrase, null, L3_L4, false, false, false,
                new HashMap<>(Map.of("location", location, "severity", severity)));
    }

    @Test
    void anUngradedCentralNarrowingBesidePatentForaminaIsNotDocumented(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, stenosis("narrowing of the central canal", "central", "unspecified"),
                stenosis("Foramina patent", "foraminal", "none"));

        assertThat(r.status()).isEqualTo(Status.NOT_DOCUMENTED);
        assertThat(r.rationale()).contains("without a grade").contains("another location");
    }

    @Test
    void aGradeForTheSameLocationSettlesIt(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, stenosis("narrowing of the central canal", "central", "unspecified"),
                stenosis("Foramina patent", "foraminal", "none"), stenosis("Mild central canal stenosis", "central", "mild"));

        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void anUngradedRecessBesideAGradedCanalIsJudgedOnTheCanalsGrade(@TempDir Path dir) throws IOException {
        CriterionResult r = judge(dir, stenosis("Mild central canal stenosis", "central", "mild"),
                stenosis("Left lateral recess narrowing", "lateral_recess", "unspecified"));

        assertThat(r.status()).isEqualTo(Status.NOT_MET);
    }
}
