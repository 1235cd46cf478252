package dev.necessity.app.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
import dev.necessity.report.golden.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's and every policy test case's text, Markdown and JSON report is exactly its committed
 * golden file ({@code CASE/expected/report.txt|md|json}), byte for byte. A failure shows a unified
 * diff; {@code -Dnecessity.golden.update=true} rewrites the files that differ, to be reviewed with
 * {@code git diff} before they are committed.
 */
class GoldenReportsTest {
    private static final Path ROOT = Examples.root().getParent();
    private static final Path KNOWLEDGE = ROOT.resolve("knowledge");

    /** A case, how to name it, and the knowledge it is assessed under (as {@code assess} or {@code policies test} would). */
    record GoldenCase(String name, Path dir, KnowledgeBase knowledge) {
    }

    private final Map<Path, Determination> determinations = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicContainer> eachReportIsExactlyItsGoldenFile() {
        List<GoldenCase> cases = cases(KnowledgeLoader.builtIn());
        assertThat(cases).as("example and policy test cases").hasSizeGreaterThanOrEqualTo(109);
        return cases.stream().map(c -> dynamicContainer(c.name(), GoldenReports.FORMATS.stream()
                .map(f -> dynamicTest(GoldenReports.fileName(f), () -> check(c, f)))));
    }

    @Test
    void everyGoldenDirectoryBelongsToACase() throws IOException {
        try (Stream<Path> s = Stream.of("examples", "knowledge", "knowledge-overlays").map(ROOT::resolve).flatMap(GoldenReportsTest::walk)) {
            List<String> orphans = s.filter(d -> d.getFileName().toString().equals(GoldenReports.DIRECTORY) && Files.isDirectory(d))
                    .filter(d -> !Files.isRegularFile(d.getParent().resolve("request.json")))
                    .map(d -> ROOT.relativize(d).toString()).toList();
            assertThat(orphans).as("golden directories whose case is gone (delete them)").isEmpty();
        }
    }

    /**
     * Case mapping follows the default locale unless told otherwise, and Turkish maps "i" to "İ": before
     * every toUpperCase and toLowerCase said Locale.ROOT, no policy loaded there ("not-met-if-level-reported"
     * named no silence) and the extractor missed words. Every report must be the same bytes under it.
     */
    @Test
    void everyReportIsTheSameUnderATurkishDefaultLocale() {
        assumeFalse(GoldenFile.updateRequested(), "the golden files are being rewritten");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            List<String> failures = new ArrayList<>();
            for (GoldenCase c : cases(KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot())))) {
                Determination d = new Pipeline(c.knowledge(), GoldenReports.reader()).assess(c.dir());
                failures.addAll(GoldenReports.mismatches(c.dir(), c.name(), d, c.knowledge().sources()));
            }
            assertThat(failures).as("reports that differ under tr-TR").isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }

    private void check(GoldenCase c, ReportFormat format) {
        Determination d = determinations.computeIfAbsent(c.dir(),
                dir -> new Pipeline(c.knowledge(), GoldenReports.reader()).assess(dir));
        String report = GoldenReports.render(d, c.knowledge().sources(), format);
        GoldenReports.file(c.dir(), c.name(), format).check(report).ifPresent(failure -> {
            throw new AssertionError(failure);
        });
    }

    /** Every case, the examples assessed under {@code builtIn}, the policy tests under the knowledge they are tests of. */
    private static List<GoldenCase> cases(KnowledgeBase builtIn) {
        List<GoldenCase> out = new ArrayList<>();
        Examples.all().forEach(dir -> out.add(new GoldenCase("examples/" + dir.getFileName(), dir, builtIn)));
        KnowledgeBase knowledge = KnowledgeLoader.load(List.of(KNOWLEDGE));
        testCases(KNOWLEDGE).forEach(dir -> out.add(new GoldenCase(name(dir), dir, knowledge)));
        for (Path overlay : directories(ROOT.resolve("knowledge-overlays"))) {
            KnowledgeBase overlaid = KnowledgeLoader.withOverlays(List.of(overlay));
            testCases(overlay).forEach(dir -> out.add(new GoldenCase(name(dir), dir, overlaid)));
        }
        return out;
    }

    /** {@code policies/<id>/tests/<case>/}, the layout {@code policies test} runs. */
    private static List<Path> testCases(Path knowledgeRoot) {
        return directories(knowledgeRoot.resolve("policies")).stream()
                .flatMap(policy -> directories(policy.resolve("tests")).stream()).toList();
    }

    private static String name(Path dir) {
        return ROOT.relativize(dir).toString().replace('\\', '/');
    }

    private static List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
