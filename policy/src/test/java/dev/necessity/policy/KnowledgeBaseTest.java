package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
    /** The first nine lines every broken policy below shares; positions in the assertions count them. */
    private static final String HEADER = """
            id: broken
            version: "1"
            effective: 2026-01-01
            title: Broken
            codes:
              primary: [ { code: "63047", description: "Laminectomy" } ]
            criteria:
              id: root
              title: Root
            """;

    @Test
    void theBuiltInKnowledgeBaseLoadsWithoutProblems() {
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeBase kb = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot()), problems);

        assertThat(problems).isEmpty();
        assertThat(kb.policy("lumbar-fusion")).isPresent();
        assertThat(kb.forPrimary("22558")).map(Policy::id).contains("lumbar-fusion");
        assertThat(kb.forAddOn("20930")).map(Policy::id).contains("bone-graft");
        assertThat(kb.forAddOn("22842")).map(Policy::id).contains("lumbar-fusion");
    }

    @Test
    void everyCriterionCitesOnlyListedSources() {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        for (Policy p : kb.sorted()) {
            p.criteria().walk().forEach(c -> c.citations().forEach(ref ->
                    assertThat(kb.sources().find(ref.sourceId())).as(p.id() + "/" + c.id()).isPresent()));
        }
    }

    @Test
    void aMisspelledFindingTypeIsReportedAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path policy = writePolicy(dir, HEADER + """
                  finding:
                    type: stenossis
                """);

        List<PolicyProblem> problems = lint(dir);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString())
                .isEqualTo(KnowledgeLoader.displayName(policy) + ":11:11: unknown finding type 'stenossis' (did you mean stenosis?)");
        assertThat(problems.get(0).code()).isEqualTo("NEC-KB-040");
    }

    @Test
    void aSchemaViolationPointsAtTheOffendingValue(@TempDir Path dir) throws IOException {
        writePolicy(dir, HEADER + """
                  finding:
                    type: stenosis
                    minSeverity: huge
                """);

        List<PolicyProblem> problems = lint(dir);

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).position().line()).isEqualTo(12);
        assertThat(problems.get(0).message()).contains("minSeverity");
    }

    @Test
    void citingASourceThatIsNotListedIsAnError(@TempDir Path dir) throws IOException {
        writePolicy(dir, HEADER + """
                  citations: [ { source: made-up-guideline } ]
                  finding: { type: stenosis }
                """);

        assertThat(lint(dir)).extracting(PolicyProblem::message)
                .containsExactly("cites unknown source 'made-up-guideline' (not in sources.yaml)");
    }

    @Test
    void invalidYamlIsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        writePolicy(dir, "id: broken\ntitle: [unclosed\n");

        List<PolicyProblem> problems = lint(dir);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("invalid YAML");
        assertThat(problems.get(0).code()).isEqualTo("NEC-KB-001");
    }

    private static List<PolicyProblem> lint(Path overlay) {
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), overlay), problems);
        return problems;
    }

    private static Path writePolicy(Path root, String yaml) throws IOException {
        Path file = root.resolve("policies/broken/policy.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }
}
