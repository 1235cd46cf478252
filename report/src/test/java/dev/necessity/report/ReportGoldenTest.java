package dev.necessity.report;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.necessity.report.golden.GoldenFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each format of {@link SampleTrace#fusionNotNecessary()} is exactly its golden file in
 * {@code src/test/resources/golden/}: the whole layout (section order, wrapping, quotes and their
 * places, citation marks, escaping) in one reviewable file per format. A change shows as a diff;
 * {@code -Dnecessity.golden.update=true} rewrites the files.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> eachFormatOfTheSampleTraceIsExactlyItsGoldenFile() {
        return Arrays.stream(ReportFormat.values()).map(format -> dynamicTest(format.wireName(), () -> {
            String name = "fusion-not-necessary." + extension(format);
            String report = format.render(SampleTrace.fusionNotNecessary(), SampleTrace.sources());
            new GoldenFile(GOLDEN.resolve(name), "report/src/test/resources/golden/" + name).check(report).ifPresent(failure -> {
                throw new AssertionError(failure);
            });
        }));
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
            case HTML -> "html";
        };
    }
}
