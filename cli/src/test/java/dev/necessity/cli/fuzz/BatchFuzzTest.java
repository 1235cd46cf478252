package dev.necessity.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated cases run together by {@code necessity batch}, whose contract differs from assess's:
 * exit 0 when every case has a determination, 1 when some case is an error line, 2 only when the
 * run cannot start (here: no case directory left); every case found has exactly one results line,
 * an error line's message is one plain line, and nothing outside {@code out/} changes. Replay as
 * for {@link CaseFuzzTest}.
 */
class BatchFuzzTest {
    private static Path root;

    record Case(SeedCase seed, List<Mutation> edits) {
    }

    /** The cases of one batch and its worker count. */
    record Sample(List<Case> cases, int jobs) {
        List<Sample> smaller() {
            List<Sample> out = new ArrayList<>();
            FuzzProperty.withOneFewer(cases).forEach(c -> out.add(new Sample(c, jobs)));
            for (int i = 0; i < cases.size(); i++) {
                for (List<Mutation> fewer : FuzzProperty.withOneFewer(cases.get(i).edits())) {
                    List<Case> changed = new ArrayList<>(cases);
                    changed.set(i, new Case(cases.get(i).seed(), fewer));
                    out.add(new Sample(changed, jobs));
                }
            }
            return out;
        }
    }

    @BeforeAll
    static void createArea() throws IOException {
        root = Files.createTempDirectory("necessity-fuzz-batch-");
    }

    @AfterAll
    static void removeArea() {
        Trial.delete(root);
    }

    @Test
    void batchesOfMutatedCases() {
        Gen<List<Mutation>> edits = Gen.<Mutation>oneOf(RequestEdits.any(), ByteEdits.onRequest(), ByteEdits.onDocuments(),
                LayoutEdits.any(), SizeEdits.withoutFullCase()).list(0, 3);
        Gen<Case> oneCase = Gen.combine(Gen.of(SeedCase.all()), edits, Case::new);
        Gen<Sample> samples = Gen.combine(oneCase.list(2, 4), Gen.of(1, 2), Sample::new);
        FuzzProperty.check("BatchFuzzTest.batchesOfMutatedCases", 80, samples, Sample::smaller, BatchFuzzTest::run);
    }

    static String run(Sample s) throws IOException {
        try (Trial area = Trial.of(root, s.cases().get(0).seed())) {
            List<Trial> cases = new ArrayList<>();
            for (int i = 0; i < s.cases().size(); i++) {
                cases.add(area.batchCase(s.cases().get(i).seed(), "c" + i));
            }
            assertTimeoutPreemptively(Command.HANG_BOUND, () -> {
                for (int i = 0; i < cases.size(); i++) {
                    for (Mutation m : s.cases().get(i).edits()) {
                        m.applyTo(cases.get(i));
                    }
                }
            }, "mutating the cases did not finish (a fault in the fuzz test, not in Necessity)");
            Map<String, String> before = area.snapshot();
            Path results = area.out.resolve("results.jsonl");
            Command.Run r = Command.run(List.of("batch", area.work.resolve("cases").toString(), "--out", results.toString(),
                    "--jobs", String.valueOf(s.jobs()), "--case-timeout", Command.HANG_BOUND.toSeconds() + "s"));
            check(r, area, cases, before, results);
            return "exit " + r.status();
        }
    }

    private static void check(Command.Run r, Trial area, List<Trial> cases, Map<String, String> before, Path results) throws IOException {
        String context = CleanExit.describe(r);
        for (String leak : CleanExit.LEAKS) {
            assertThat(r.err()).as("standard error shows '%s'\n%s", leak, context).doesNotContain(leak);
        }
        CleanExit.assertNoControlCharacters(r.err(), "standard error", context);
        assertThat(r.out()).as("standard output\n%s", context).isEmpty();
        Set<String> expected = new HashSet<>();
        for (Trial t : cases) {
            if (Files.isRegularFile(t.request())) {
                expected.add(area.work.resolve("cases").relativize(t.caseDir).toString());
            }
        }
        Map<String, String> after = new TreeMap<>(area.snapshot());
        if (r.status() == 2) {
            assertThat(expected).as("exit 2 although cases were there\n%s", context).isEmpty();
            assertThat(r.err()).as(context).contains("no case directories found under");
            assertThat(after).as("files changed by a batch that did not start\n%s", context).isEqualTo(before);
            return;
        }
        assertThat(r.status()).as("exit status\n%s\nlast entry of the error log:\n%s", context, CleanExit.lastLogEntry()).isIn(0, 1);
        assertThat(after.remove("out/results.jsonl")).as("the results file\n%s", context).isNotNull();
        assertThat(after).as("files changed by the run (only out/results.jsonl may appear)\n%s", context).isEqualTo(before);
        checkResults(Files.readAllLines(results), r, expected, context);
    }

    private static void checkResults(List<String> lines, Command.Run r, Set<String> expected, String context) throws IOException {
        Set<String> seen = new HashSet<>();
        boolean anyError = false;
        for (String line : lines) {
            JsonNode result = JsonTree.JSON.readTree(line);
            String caseDir = result.path("caseDir").asText();
            assertThat(seen.add(caseDir)).as("%s has two results lines\n%s", caseDir, context).isTrue();
            if (result.has("error")) {
                anyError = true;
                String message = result.path("error").path("message").asText();
                assertThat(message).as("error line of %s\n%s", caseDir, context).isNotBlank().doesNotContain("\n").hasSizeLessThan(2_000);
                for (String leak : CleanExit.LEAKS) {
                    assertThat(message).as("error line of %s shows '%s'\n%s", caseDir, leak, context).doesNotContain(leak);
                }
                assertThat(result.path("error").path("code").asText()).as("error code of %s", caseDir)
                        .as(context).doesNotContain("NEC-BATCH-004");
            } else {
                assertThat(result.has("outcome")).as("results line of %s has an outcome\n%s", caseDir, context).isTrue();
            }
        }
        assertThat(seen).as("cases in the results\n%s", context).containsAll(expected);
        assertThat(r.status()).as("exit 1 exactly when some case is an error line\n%s", context).isEqualTo(anyError ? 1 : 0);
    }
}
