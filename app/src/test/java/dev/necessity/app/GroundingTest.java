package dev.necessity.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every quote in every example's JSON is the document's text at its span; every [n] resolves. */
class GroundingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());

    @TestFactory
    Stream<DynamicTest> everyExampleIsGroundedAndCited() {
        List<Path> examples = Examples.all();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        return examples.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    /** Each policy's own test cases, assessed as a user would submit them, are grounded and cited too. */
    @TestFactory
    Stream<DynamicTest> everyPolicyTestCaseIsGroundedAndCited() throws IOException {
        Path policies = Examples.root().getParent().resolve("knowledge/policies");
        List<Path> cases;
        try (Stream<Path> s = Files.walk(policies, 3)) {
            cases = s.filter(d -> Files.isRegularFile(d.resolve("request.json"))).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(48);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(policies.relativize(dir).toString(), () -> check(dir)));
    }

    private void check(Path dir) throws IOException {
        JsonNode root = JSON.readTree(ReportFormat.JSON.render(pipeline.assess(dir), pipeline.knowledge().sources()));
        Set<Integer> listed = new HashSet<>();
        root.get("citations").forEach(c -> listed.add(c.get("number").asInt()));
        int[] quotes = {0};
        walk(root, node -> {
            if (node.has("quote") && node.has("document")) {
                String text = Files.readString(dir.resolve(node.get("document").asText()), StandardCharsets.UTF_8);
                assertThat(text.substring(node.get("start").asInt(), node.get("end").asInt()))
                        .as("quote in " + node.get("document").asText()).isEqualTo(node.get("quote").asText());
                quotes[0]++;
            }
            if (node.has("citations") && node.get("citations").isArray() && !node.has("caseId")) {
                node.get("citations").forEach(n -> assertThat(listed).as("citation number").contains(n.asInt()));
            }
        });
        if (!root.get("outcome").asText().equals("NO_POLICY")) {
            assertThat(quotes[0]).as("evidence quotes in " + dir.getFileName()).isPositive();
            assertThat(listed).isNotEmpty();
        }
    }

    private interface NodeCheck {
        void accept(JsonNode node) throws IOException;
    }

    private static void walk(JsonNode node, NodeCheck check) throws IOException {
        if (node.isObject()) {
            check.accept(node);
            for (JsonNode child : node) {
                walk(child, check);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, check);
            }
        }
    }
}
