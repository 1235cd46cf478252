package dev.necessity.app.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.necessity.app.Examples;
import dev.necessity.policy.FindingModel;
import dev.necessity.policy.KnowledgeException;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.golden.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code NEC-KB} error the linter can report has a golden test, in the manner of cel-java's
 * baselines: a small bad knowledge directory under {@code src/test/resources/lint/NEC-KB-nnn-what/}
 * and, beside it, {@code expected.txt}, exactly what {@code necessity policies lint DIR} prints for it
 * (each {@code file:line:col: message}, its source line and a caret under the column, the count).
 * Each case must report its own code and only that, so a change of message, position or code fails.
 * A case holding {@code schema/findings.yaml} checks that file as lint checks the built-in finding
 * model. {@code -Dnecessity.golden.update=true} rewrites the expected files that differ.
 *
 * <p>Paths in the output are relative to the working directory, as the linter prints them; the build
 * runs this module's tests in {@code app/}, so they read {@code src/test/resources/lint/...}.
 */
class LintGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/lint");
    private static final Pattern CASE_NAME = Pattern.compile("(NEC-KB-\\d{3})-[a-z0-9-]+");
    /** A code the linter cannot reach, with the test that holds it to its message and position instead. */
    private static final Map<String, String> UNREACHABLE = Map.of("NEC-KB-033",
            "dev/necessity/policy/PolicyReaderTest.java");

    @TestFactory
    Stream<DynamicTest> eachLintErrorIsExactlyItsGoldenListing() {
        List<Path> cases = cases();
        assertThat(cases).as("lint cases under " + CASES.toAbsolutePath()).isNotEmpty();
        return cases.stream().map(dir -> dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    /**
     * Every code written in the policy module's sources (and in app's and cli's, should one ever be) is
     * some case's code, so a new error cannot ship without its golden test.
     */
    @Test
    void everyCodeTheSourcesCanReportHasAGoldenCase() {
        Set<String> covered = cases().stream().map(LintGoldenTest::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> reported = codesInSources();

        assertThat(reported).as("NEC-KB codes in the sources").hasSizeGreaterThanOrEqualTo(31);
        Set<String> missing = new TreeSet<>(reported);
        missing.removeAll(covered);
        missing.removeAll(UNREACHABLE.keySet());
        assertThat(missing).as("codes without a lint case in " + CASES).isEmpty();
        Path policyTests = Examples.root().getParent().resolve("policy/src/test/java");
        UNREACHABLE.forEach((code, test) -> assertThat(read(policyTests.resolve(test))).as(test).contains(code));
    }

    private static void check(Path dir) {
        KnowledgeLint.Result result = lint(dir);
        String code = code(dir);

        assertThat(result.problems()).as("problems of " + dir).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).as(p.toString()).isEqualTo(code));
        new GoldenFile(dir.resolve("expected.txt"), dir + "/expected.txt").check(result.render()).ifPresent(failure -> {
            throw new AssertionError(failure);
        });
    }

    private static KnowledgeLint.Result lint(Path dir) {
        Path model = dir.resolve("schema/findings.yaml");
        if (!Files.exists(model)) {
            return KnowledgeLint.check(List.of(KnowledgeLoader.builtInRoot(), dir));
        }
        try {
            FindingModel.read(model);
            return new KnowledgeLint.Result(List.of(), 0, 0);
        } catch (KnowledgeException e) {
            return new KnowledgeLint.Result(e.problems(), 0, 0);
        }
    }

    private static String code(Path dir) {
        Matcher m = CASE_NAME.matcher(dir.getFileName().toString());
        assertThat(m.matches()).as("a lint case is named NEC-KB-nnn-what-it-shows: " + dir).isTrue();
        return m.group(1);
    }

    private static List<Path> cases() {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> codesInSources() {
        Path root = Examples.root().getParent();
        Pattern code = Pattern.compile("\"(NEC-KB-\\d{3})\"");
        Set<String> out = new TreeSet<>();
        for (String module : List.of("policy", "app", "cli")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = code.matcher(read(f));
                    while (m.find()) {
                        out.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
