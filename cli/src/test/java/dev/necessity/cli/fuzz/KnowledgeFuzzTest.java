package dev.necessity.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shipped policy (or sources.yaml) copied into an overlay and mutated, by bytes or by YAML lines,
 * then used by {@code assess --knowledge} or checked by {@code policies lint}. Each run ends in
 * exit 0 or 2; a refusal is lines of {@code file:line:col: message} (one per problem) or one
 * {@code necessity:} line, never a stack trace or a YAML library's class name. Replay as for
 * {@link CaseFuzzTest}.
 */
class KnowledgeFuzzTest {
    private static final Pattern PROBLEM_LINE = Pattern.compile("\\S.*:\\d+:\\d+: \\S.*");
    private static Path root;

    /** Which knowledge file, what was done to it, and whether assess or lint read it. */
    record Sample(String file, List<Mutation> edits, boolean lint) {
        List<Sample> smaller() {
            return FuzzProperty.withOneFewer(edits).stream().map(e -> new Sample(file, e, lint)).toList();
        }
    }

    @BeforeAll
    static void createArea() throws IOException {
        root = Files.createTempDirectory("necessity-fuzz-knowledge-");
    }

    @AfterAll
    static void removeArea() {
        Trial.delete(root);
    }

    @Test
    void mutatedKnowledgeFiles() {
        Gen<List<Mutation>> edits = Gen.<Mutation>weighted(1, ByteEdits.onKnowledgeFile(), 2, YamlEdits.any()).list(1, 3);
        Gen<Sample> samples = Gen.combine(Gen.of(knowledgeFiles()), edits, Gen.of(false, false, true), Sample::new);
        FuzzProperty.check("KnowledgeFuzzTest.mutatedKnowledgeFiles", 60, samples, Sample::smaller, KnowledgeFuzzTest::run);
    }

    /** sources.yaml, the shared definitions.yaml and every shipped policy, relative to knowledge/. */
    static List<String> knowledgeFiles() {
        try (Stream<Path> s = Files.list(knowledge().resolve("policies"))) {
            List<String> files = new java.util.ArrayList<>(s.map(p -> "policies/" + p.getFileName() + "/policy.yaml").sorted().toList());
            files.add("sources.yaml");
            files.add("definitions.yaml");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path knowledge() {
        return Path.of(System.getProperty("necessity.root", "..")).toAbsolutePath().normalize().resolve("knowledge");
    }

    static String run(Sample s) throws IOException {
        try (Trial t = Trial.of(root, SeedCase.all().get(0))) {
            Path kb = t.work.resolve("kb");
            t.knowledgeFile = kb.resolve(s.file());
            Files.createDirectories(t.knowledgeFile.getParent());
            Files.copy(knowledge().resolve(s.file()), t.knowledgeFile);
            assertTimeoutPreemptively(Command.HANG_BOUND, () -> {
                for (Mutation m : s.edits()) {
                    m.applyTo(t);
                }
            }, "mutating the knowledge file did not finish (a fault in the fuzz test, not in Necessity)");
            Map<String, String> before = t.snapshot();
            Command.Run r = s.lint()
                    ? Command.run(List.of("policies", "lint", kb.toString()))
                    : Command.run(List.of("assess", t.caseDir.toString(), "--knowledge", kb.toString(), "--format", "json"));
            check(r, s.lint());
            assertThat(t.snapshot()).as("files changed by the run\n%s", CleanExit.describe(r)).isEqualTo(before);
            return (s.lint() ? "lint" : "assess") + " exit " + r.status();
        }
    }

    private static void check(Command.Run r, boolean lint) {
        String context = CleanExit.describe(r);
        assertThat(r.status()).as("exit status\n%s\nlast entry of the error log:\n%s", context, CleanExit.lastLogEntry()).isIn(0, 2);
        // Java class names may appear here as the user's own YAML tags ("!!java.io.File"), echoed back.
        List<String> leaks = CleanExit.LEAKS.stream().filter(l -> !l.startsWith("java")).toList();
        for (String leak : leaks) {
            assertThat(r.err()).as("standard error shows '%s'\n%s", leak, context).doesNotContain(leak);
        }
        for (String leak : List.of("YAMLException", "snakeyaml", "Exception", "at dev.necessity")) {
            assertThat(r.err() + (lint ? r.out() : "")).as("output shows '%s'\n%s", leak, context).doesNotContain(leak);
        }
        CleanExit.assertNoControlCharacters(r.out(), "standard output", context);
        CleanExit.assertNoControlCharacters(r.err(), "standard error", context);
        List<String> problems = (lint ? r.out() : r.err()).lines().filter(l -> !l.isBlank()).toList();
        if (lint) {
            assertThat(r.err()).as("standard error of lint\n%s", context).isEmpty();
            problems = problems.subList(0, problems.size() - 1); // the count, or "ok: ..."
            // Each problem may be followed by its source line and a caret line, both " | ..." and never a problem line.
            problems = problems.stream().filter(l -> !l.startsWith(" |")).toList();
        }
        if (r.status() == 0) {
            assertThat(problems).as("problems reported with exit 0\n%s", context).isEmpty();
            return;
        }
        assertThat(problems).as("exit 2 names the problems\n%s", context).isNotEmpty();
        for (String line : problems) {
            assertThat(PROBLEM_LINE.matcher(line).matches() || !lint && line.startsWith("necessity: "))
                    .as("a problem line is file:line:col: message\n%s\n%s", line, context).isTrue();
            assertThat(line).as(context).hasSizeLessThan(2_000);
        }
    }
}
