package dev.necessity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.Engine;
import dev.necessity.engine.trace.Determination;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.report.CitationIndex;
import dev.necessity.report.JsonRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a case's time goes, stage by stage (read, extract, evaluate, build the JSON tree, write it),
 * on one thread, in thread CPU time so that other processes on the machine do not count. Runs the
 * same cases for several passes (the first ones include JIT warm-up) and prints each pass and the
 * best one. JMH's AssessmentBenchmark measures two fixed cases precisely; this measures a corpus.
 *
 * <p>Run from the repository root, on a corpus written by {@code ./necessity synth}:
 * {@code mvn -q -B package -DskipTests -pl bench -am && java -cp bench/target/benchmarks.jar
 * dev.necessity.bench.PhaseBreakdown /tmp/s10k 1000 6}
 */
public final class PhaseBreakdown {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"read", "extract", "evaluate", "json tree", "write"};

    private PhaseBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PhaseBreakdown CASES_ROOT CASES PASSES");
            System.exit(2);
        }
        List<Path> cases = caseDirectories(Path.of(args[0]), Integer.parseInt(args[1]));
        int passes = Integer.parseInt(args[2]);
        Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());
        Engine engine = new Engine(pipeline.knowledge());
        ObjectMapper json = new ObjectMapper();
        double[] best = null;
        for (int pass = 1; pass <= passes; pass++) {
            long[] nanos = new long[STAGES.length];
            long bytes = 0;
            for (Path dir : cases) {
                long t0 = CPU.getCurrentThreadCpuTime();
                CaseRequest request = pipeline.reader().read(dir);
                long t1 = CPU.getCurrentThreadCpuTime();
                List<DocumentExtraction> extractions = pipeline.extract(request);
                long t2 = CPU.getCurrentThreadCpuTime();
                Determination d = engine.assess(request, extractions);
                long t3 = CPU.getCurrentThreadCpuTime();
                var tree = new JsonRenderer().toJson(d, new CitationIndex(d, pipeline.knowledge().sources()));
                long t4 = CPU.getCurrentThreadCpuTime();
                bytes += json.writeValueAsString(tree).length();
                long t5 = CPU.getCurrentThreadCpuTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
            }
            double[] perCase = new double[STAGES.length];
            double total = 0;
            StringBuilder line = new StringBuilder(String.format("pass %d:", pass));
            for (int i = 0; i < STAGES.length; i++) {
                perCase[i] = nanos[i] / 1e6 / cases.size();
                total += perCase[i];
                line.append(String.format(" %s %.3f", STAGES[i], perCase[i]));
            }
            System.out.println(line.append(String.format(" = %.3f ms/case CPU; %,d JSON bytes/case", total, bytes / cases.size())));
            if (best == null || total < sum(best)) {
                best = perCase;
            }
        }
        System.out.printf("best pass: %.3f ms/case CPU on one thread (%s)%n", sum(best), describe(best));
    }

    private static List<Path> caseDirectories(Path root, int limit) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> cases = dirs.filter(d -> Files.isRegularFile(d.resolve("request.json"))).sorted().limit(limit).toList();
            if (cases.isEmpty()) {
                throw new IOException("no case directories (with request.json) under " + root);
            }
            return cases;
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static String describe(double[] perCase) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < STAGES.length; i++) {
            s.append(i == 0 ? "" : ", ").append(STAGES[i]).append(String.format(" %.3f", perCase[i]));
        }
        return s.toString();
    }
}
