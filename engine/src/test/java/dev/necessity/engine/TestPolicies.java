package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.PolicyProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
