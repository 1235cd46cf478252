package dev.necessity.bench;

import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.model.CaseRequest;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.ReportFormat;
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
 * A full assessment per case: read the case from disk, extract every document, evaluate, render
 * JSON; and the same without disk (records already in memory) to separate I/O from work.
 *
 * <p>Run from the repository root:
 * {@code mvn -q -B package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar AssessmentBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {
    @Param({"examples/l5-s1-alif", "examples/l5-s1-alif-approvable"})
    public String caseDir;

    private Pipeline pipeline;
    private CaseRequest request;

    @Setup
    public void load() {
        pipeline = new Pipeline(KnowledgeLoader.builtIn());
        request = pipeline.reader().read(Path.of(caseDir));
    }

    @Benchmark
    public String assessFromDiskToJson() {
        Determination d = pipeline.assess(Path.of(caseDir));
        return ReportFormat.JSON.render(d, pipeline.knowledge().sources());
    }

    @Benchmark
    public Determination assessInMemory() {
        return pipeline.assess(request);
    }
}
