package dev.necessity.bench;

import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction time per document. Divide by the document's size (printed at setup) for time per KB.
 *
 * <p>Run from the repository root:
 * {@code mvn -q -B package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar ExtractionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    @Param({"examples/l5-s1-alif/mri-lumbar-2026-01-12.txt", "examples/l5-s1-alif/spine-consult-2026-02-20.txt",
            "examples/l5-s1-alif/pt-evaluation-2026-01-26.txt"})
    public String file;

    private final ClinicalExtractor extractor = new ClinicalExtractor();
    private ClinicalDocument document;

    @Setup
    public void read() {
        document = new CaseReader().readDocument(Path.of(file));
        System.out.printf("%n%s: %.2f KB%n", file, document.text().length() / 1024.0);
    }

    @Benchmark
    public DocumentExtraction extractOneDocument() {
        return extractor.extract(document);
    }
}
