package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.PolicyProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Policies a test writes for its purpose, loaded on top of the built-in knowledge base and its sources. */
final class TestPolicies {

    private TestPolicies() {
    }

    /**
     * A policy of one primary code, {@code id} for its id and title, whose {@code body} (its criteria, and anything after
     * them such as exclusions) follows the header every such test policy shares; loaded as {@link #withBuiltIn} loads.
     */
    static KnowledgeBase forCode(Path dir, String id, String code, String body) throws IOException {
        return withBuiltIn(dir, id, "id: " + id + "\nversion: \"1\"\neffective: 2026-01-01\ntitle: " + id + "\ncodes:\n"
                + "  primary: [ { code: \"" + code + "\", description: \"a test procedure\" } ]\n" + body);
    }

    /** Writes {@code yaml} as policy {@code id} under {@code dir} and loads it with the built-in knowledge; it must load cleanly. */
    static KnowledgeBase withBuiltIn(Path dir, String id, String yaml) throws IOException {
        Path file = dir.resolve("policies/" + id + "/policy.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeBase kb = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), dir), problems);
        assertThat(problems).isEmpty();
        return kb;
    }

    /**
     * The criteria of a one-line request for {@code code} at {@code levels}, dated {@code requestDate}, judged on the given
     * documents' findings (the request lists exactly those documents).
     */
    static CriterionResult firstLine(KnowledgeBase kb, String code, List<SpinalLevel> levels, LocalDate requestDate,
                                     DocumentExtraction... documents) {
        CaseRequest request = new CaseRequest("c", requestDate, null, null, null, List.of(new ServiceLine(1, code, "CPT", null, levels, null)),
                List.of(), java.util.Arrays.stream(documents).map(DocumentExtraction::document).toList());
        return new Engine(kb).assess(request, List.of(documents)).lines().get(0).criteria();
    }
}
