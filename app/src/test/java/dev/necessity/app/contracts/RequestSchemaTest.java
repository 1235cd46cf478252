package dev.necessity.app.contracts;

import static dev.necessity.app.contracts.ContractSchemas.REPOSITORY;
import static dev.necessity.app.contracts.ContractSchemas.REQUEST;
import static dev.necessity.app.contracts.ContractSchemas.problems;
import static dev.necessity.app.contracts.ContractSchemas.requestsUnder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.Examples;
import dev.necessity.intake.CaseInputException;
import dev.necessity.intake.CaseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/schemas/request.schema.json describes every request this repository ships, and rejects
 * the realistic mistakes intake rejects too, at the field intake names.
 */
class RequestSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyShippedRequestMatchesTheSchema() throws IOException {
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        groups.put("examples", requestsUnder(REPOSITORY.resolve("examples")));
        groups.put("policy tests", requestsUnder(REPOSITORY.resolve("knowledge/policies")));
        groups.put("overlay tests", requestsUnder(REPOSITORY.resolve("knowledge-overlays")));
        groups.put("blind dev", requestsUnder(REPOSITORY.resolve("eval/blind/dev")));
        groups.put("blind held-out", requestsUnder(REPOSITORY.resolve("eval/blind/heldout")));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
            assertThat(group.getValue()).as("request.json files in " + group.getKey()).isNotEmpty();
            for (Path request : group.getValue()) {
                problems(REQUEST, read(request)).forEach(p -> failures.add(REPOSITORY.relativize(request) + ": " + p));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(groups.values().stream().mapToInt(List::size).sum()).as("requests checked").isGreaterThanOrEqualTo(380);
    }

    /** Each mistake: where the schema must object, the code intake gives it, and the edit that makes it. */
    private record Mistake(String name, String at, String intakeCode, Consumer<ObjectNode> edit) {
    }

    private static List<Mistake> mistakes() {
        return List.of(
                new Mistake("no caseId", "$", "NEC-INTAKE-004", r -> r.remove("caseId")),
                new Mistake("blank caseId", "$.caseId", "NEC-INTAKE-005", r -> r.put("caseId", "  ")),
                new Mistake("US-style request date", "$.requestDate", "NEC-INTAKE-005", r -> r.put("requestDate", "03/02/2026")),
                new Mistake("unknown urgency", "$.urgency", "NEC-INTAKE-005", r -> r.put("urgency", "urgent")),
                new Mistake("misspelt top-level field", "$", "NEC-INTAKE-006", r -> r.set("diagnosis", r.remove("diagnoses"))),
                new Mistake("no service lines", "$.services", "NEC-INTAKE-007", r -> r.putArray("services")),
                new Mistake("procedure code as a number", "$.services[0].code", "NEC-INTAKE-005",
                        r -> service(r, 0).put("code", 22558)),
                new Mistake("sequence zero", "$.services[0].sequence", "NEC-INTAKE-005", r -> service(r, 0).put("sequence", 0)),
                new Mistake("primarySequence as text", "$.services[1].primarySequence", "NEC-INTAKE-005",
                        r -> service(r, 1).put("primarySequence", "1")),
                new Mistake("level in words", "$.services[0].levels[0]", "NEC-INTAKE-005",
                        r -> ((ArrayNode) service(r, 0).get("levels")).removeAll().add("lumbar 5 to sacral 1")),
                new Mistake("levels as one string", "$.services[0].levels", "NEC-INTAKE-005",
                        r -> service(r, 0).put("levels", "L5-S1")),
                new Mistake("unknown document type", "$.documents[1].type", "NEC-INTAKE-005", r -> document(r, 1).put("type", "radiology")),
                new Mistake("document outside the case", "$.documents[0].file", "NEC-INTAKE-005",
                        r -> document(r, 0).put("file", "../../etc/passwd")),
                new Mistake("the request listed as a document", "$.documents[0].file", "NEC-INTAKE-005",
                        r -> document(r, 0).put("file", "request.json")),
                new Mistake("diagnosis without a code", "$.diagnoses[0]", "NEC-INTAKE-004", r -> diagnosis(r).remove("code")),
                new Mistake("patient as a string", "$.patient", "NEC-INTAKE-005", r -> r.put("patient", "P-10482")));
    }

    @TestFactory
    Stream<DynamicTest> realisticMistakesAreRejectedByTheSchemaAndByIntake() {
        return mistakes().stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
            Path caseDir = Examples.copy("l5-s1-alif", tmp.resolve(m.name().replace(' ', '-')));
            ObjectNode request = (ObjectNode) read(caseDir.resolve("request.json"));
            assertThat(problems(REQUEST, request)).as("the seed request itself").isEmpty();
            m.edit().accept(request);
            Files.writeString(caseDir.resolve("request.json"), JSON.writeValueAsString(request));

            assertThat(problems(REQUEST, request)).as("schema problems").isNotEmpty()
                    .anySatisfy(p -> assertThat(p).startsWith(m.at() + ":"));
            CaseInputException rejected = catchThrowableOfType(() -> new CaseReader().read(caseDir), CaseInputException.class);
            assertThat(rejected).as("intake rejects it too").isNotNull();
            assertThat(rejected.code()).isEqualTo(m.intakeCode());
        }));
    }

    /** The extension points intake allows are allowed by the schema too. */
    @Test
    void extensionFieldsAndTheSchemaKeyAreAllowed() throws IOException {
        ObjectNode request = (ObjectNode) read(Examples.example("l5-s1-alif").resolve("request.json"));
        request.put("$schema", "https://necessity.dev/schema/request.schema.json");
        request.put("x-payer-reference", "PA-2026-001");
        service(request, 0).put("x-line-note", "left-sided approach");
        ((ArrayNode) service(request, 0).get("levels")).removeAll().add("L5/S1");
        assertThat(problems(REQUEST, request)).isEmpty();
    }

    private static ObjectNode service(ObjectNode request, int index) {
        return (ObjectNode) request.get("services").get(index);
    }

    private static ObjectNode document(ObjectNode request, int index) {
        return (ObjectNode) request.get("documents").get(index);
    }

    private static ObjectNode diagnosis(ObjectNode request) {
        return (ObjectNode) request.get("diagnoses").get(0);
    }

    private static JsonNode read(Path request) throws IOException {
        String text = Files.readString(request);
        return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
