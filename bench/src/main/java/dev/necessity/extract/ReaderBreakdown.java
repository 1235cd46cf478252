package dev.necessity.extract;

import dev.necessity.app.Pipeline;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where extraction's time goes, reader by reader: every document of the cases under CASES_ROOT is
 * read by each reader in the extractor's order, on one thread, in thread CPU time, for several passes
 * (the first ones include JIT warm-up); prints the best pass's readers, costliest first. A reader that
 * first asks for something the document's reading computes once (sentences, sections, dates) is
 * charged for it. Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar dev.necessity.extract.ReaderBreakdown /tmp/m10k 1000 6}
 */
public final class ReaderBreakdown {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReaderBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ReaderBreakdown CASES_ROOT CASES PASSES");
            System.exit(2);
        }
        Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());
        List<ClinicalDocument> documents = new ArrayList<>();
        for (Path dir : caseDirectories(Path.of(args[0]), Integer.parseInt(args[1]))) {
            CaseRequest request = pipeline.reader().read(dir);
            documents.addAll(request.documents());
        }
        List<FindingReader> readers = new ClinicalExtractor().readers();
        int passes = Integer.parseInt(args[2]);
        Map<String, Long> best = null;
        long bestTotal = Long.MAX_VALUE;
        for (int pass = 1; pass <= passes; pass++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            long total = 0;
            for (ClinicalDocument d : documents) {
                long t0 = CPU.getCurrentThreadCpuTime();
                DocumentReading reading = new DocumentReading(d);
                long t1 = CPU.getCurrentThreadCpuTime();
                nanos.merge("(reading)", t1 - t0, Long::sum);
                for (FindingReader r : readers) {
                    long a = CPU.getCurrentThreadCpuTime();
                    for (FindingDraft draft : r.read(reading)) {
                        draft.build();
                    }
                    nanos.merge(r.getClass().getSimpleName(), CPU.getCurrentThreadCpuTime() - a, Long::sum);
                }
                total += CPU.getCurrentThreadCpuTime() - t0;
            }
            System.out.printf("pass %d: %.3f ms per document%n", pass, total / 1e6 / documents.size());
            if (total < bestTotal) {
                bestTotal = total;
                best = nanos;
            }
        }
        long all = bestTotal;
        System.out.printf("best pass: %.3f ms per document (%d documents)%n", all / 1e6 / documents.size(), documents.size());
        best.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%6.1f %%  %8.1f us/doc  %s%n", 100.0 * e.getValue() / all, e.getValue() / 1e3 / documents.size(), e.getKey()));
    }

    private static List<Path> caseDirectories(Path root, int limit) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("request.json"))).sorted().limit(limit).toList();
        }
    }
}
