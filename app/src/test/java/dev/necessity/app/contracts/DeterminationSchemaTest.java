package dev.necessity.app.contracts;

import static dev.necessity.app.contracts.ContractSchemas.BATCH_LINE;
import static dev.necessity.app.contracts.ContractSchemas.DETERMINATION;
import static dev.necessity.app.contracts.ContractSchemas.REPOSITORY;
import static dev.necessity.app.contracts.ContractSchemas.problems;
import static dev.necessity.app.contracts.ContractSchemas.requestsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.app.batch.BatchResults;
import dev.necessity.app.batch.BatchRunner;
import dev.necessity.app.batch.CaseDirectories;
import dev.necessity.app.batch.InMemoryBatchResults;
import dev.necessity.app.output.ControlCharacters;
import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/schemas/determination.schema.json and batch-line.schema.json describe what
 * {@code assess --format json} and {@code batch} write for every example and policy test, and
 * reject a determination or a line that strays from them.
 */
class DeterminationSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline BUILT_IN = new Pipeline(KnowledgeLoader.builtIn());

    @TempDir
    Path tmp;

    @Test
    void theJsonReportOfEveryExampleAndPolicyTestMatchesTheSchema() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<Path> builtInCases = new ArrayList<>(requestsUnder(REPOSITORY.resolve("examples")));
        builtInCases.addAll(requestsUnder(REPOSITORY.resolve("knowledge/policies")));
        for (Path request : builtInCases) {
            checked += check(BUILT_IN, request.getParent(), failures);
        }
        try (Stream<Path> overlays = Files.list(REPOSITORY.resolve("knowledge-overlays"))) {
            for (Path overlay : overlays.filter(Files::isDirectory).sorted().toList()) {
                Pipeline pipeline = new Pipeline(KnowledgeLoader.withOverlays(List.of(overlay)));
                for (Path request : requestsUnder(overlay)) {
                    checked += check(pipeline, request.getParent(), failures);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("reports checked").isGreaterThanOrEqualTo(110);
    }

    private static int check(Pipeline pipeline, Path caseDir, List<String> failures) throws IOException {
        problems(DETERMINATION, assessJson(pipeline, caseDir))
                .forEach(p -> failures.add(REPOSITORY.relativize(caseDir) + ": " + p));
        return 1;
    }

    /** What {@code necessity assess CASE_DIR --format json} prints. */
    private static JsonNode assessJson(Pipeline pipeline, Path caseDir) throws IOException {
        Determination d = pipeline.assess(caseDir);
        return JSON.readTree(ControlCharacters.escape(ReportFormat.JSON.render(d, pipeline.knowledge().sources())));
    }

    @Test
    void everyBatchLineMatchesTheSchemaWhetherADeterminationOrAnError() throws Exception {
        Path root = tmp.resolve("cases");
        Examples.copy("l5-s1-alif", root.resolve("seed"));
        Examples.copy("no-policy", root.resolve("clinic-a/no-policy"));
        Examples.editRequest(Examples.copy("l5-s1-alif-approvable", root.resolve("broken")), "\"requestDate\"", "\"requestDay\"");
        InMemoryBatchResults results = new InMemoryBatchResults();
        new BatchRunner(BUILT_IN, 2, Duration.ofSeconds(60))
                .run(root, CaseDirectories.find(root), System.nanoTime(), results, (done, last) -> { });
        List<String> lines = results.lines();

        assertThat(lines).hasSize(3);
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            parsed.add(JSON.readTree(line));
        }
        assertThat(parsed).allSatisfy(line -> assertThat(problems(BATCH_LINE, line)).as(line.path("caseDir").asText()).isEmpty());
        assertThat(parsed).filteredOn(line -> line.has("error")).singleElement()
                .satisfies(line -> assertThat(line.path("error").path("code").asText()).isEqualTo("NEC-INTAKE-006"));
        assertThat(parsed).extracting(line -> line.path("caseDir").asText())
                .containsExactlyInAnyOrder("seed", "clinic-a/no-policy", "broken");
    }

    /** Each departure: where the schema must object, and the edit that makes it. */
    private record Departure(String name, String at, Consumer<ObjectNode> edit) {
    }

    @TestFactory
    Stream<DynamicTest> aDeterminationThatStraysFromTheContractIsRejected() throws IOException {
        ObjectNode seed = (ObjectNode) assessJson(BUILT_IN, Examples.example("l5-s1-alif"));
        assertThat(problems(DETERMINATION, seed)).as("the seed determination itself").isEmpty();
        String criterion = "$.lines[0].criteria[" + criterionWithEvidence(seed) + "]";
        return Stream.of(
                new Departure("an outcome outside the four", "$.outcome", d -> d.put("outcome", "APPROVED")),
                new Departure("no lines", "$", d -> d.remove("lines")),
                new Departure("a status outside the five", criterion + ".status",
                        d -> criterion(d).put("status", "PASSED")),
                new Departure("a negative evidence offset", criterion + ".evidence[0].start",
                        d -> ((ObjectNode) criterion(d).get("evidence").get(0)).put("start", -1)),
                new Departure("a citation written as text", criterion + ".citations[0]",
                        d -> criterion(d).putArray("citations").add("[1]")),
                new Departure("a field the contract does not document", "$",
                        d -> d.put("score", 0.93)),
                new Departure("a renamed field", "$.lines[0]",
                        d -> line(d).set("policy", line(d).remove("policyId"))),
                new Departure("a batch line's caseDir on a plain determination", "$", d -> d.put("caseDir", "seed"))
        ).map(departure -> DynamicTest.dynamicTest(departure.name(), () -> {
            ObjectNode copy = seed.deepCopy();
            departure.edit().accept(copy);
            assertThat(problems(DETERMINATION, copy)).isNotEmpty().anySatisfy(p -> assertThat(p).startsWith(departure.at() + ":"));
        }));
    }

    @Test
    void aBatchLineWithoutItsCaseDirOrWithAForeignErrorCodeIsRejected() throws IOException {
        ObjectNode determination = (ObjectNode) assessJson(BUILT_IN, Examples.example("no-policy"));
        assertThat(problems(BATCH_LINE, determination.deepCopy().put("caseDir", "no-policy"))).isEmpty();
        assertThat(problems(BATCH_LINE, determination)).as("no caseDir").isNotEmpty();

        ObjectNode error = (ObjectNode) JSON.readTree("{\"error\":{\"code\":\"NEC-BATCH-002\",\"message\":\"too slow\"},\"caseDir\":\"a\"}");
        assertThat(problems(BATCH_LINE, error)).isEmpty();
        ((ObjectNode) error.get("error")).put("code", "E42");
        assertThat(problems(BATCH_LINE, error)).as("a code outside NEC-INTAKE and NEC-BATCH").isNotEmpty();
        error.remove("caseDir");
        ((ObjectNode) error.get("error")).put("code", "NEC-BATCH-002");
        assertThat(problems(BATCH_LINE, error)).as("an error line without caseDir").isNotEmpty();
    }

    private static ObjectNode line(ObjectNode determination) {
        return (ObjectNode) determination.get("lines").get(0);
    }

    private static ObjectNode criterion(ObjectNode determination) {
        return (ObjectNode) line(determination).get("criteria").get(criterionWithEvidence(determination));
    }

    /** The first top-level criterion of line 1 that quotes evidence and cites a source. */
    private static int criterionWithEvidence(ObjectNode determination) {
        JsonNode criteria = line(determination).get("criteria");
        for (int i = 0; i < criteria.size(); i++) {
            if (!criteria.get(i).get("evidence").isEmpty() && !criteria.get(i).get("citations").isEmpty()) {
                return i;
            }
        }
        throw new IllegalStateException("the seed case has no criterion with evidence and citations");
    }

}
