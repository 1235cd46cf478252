package dev.necessity.cli.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.cli.Pipeline;
import dev.necessity.engine.Determination;
import dev.necessity.intake.CaseInputException;
import dev.necessity.report.CitationIndex;
import dev.necessity.report.JsonRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Assesses every case under a root in parallel and appends one JSON line per case. Cases are
 * streamed and at most {@code 4 x jobs} are in flight, so memory does not grow with the corpus.
 * A case already in the results file is skipped, which makes a killed run resumable.
 */
public final class BatchRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Pipeline pipeline;
    private final int jobs;

    public BatchRunner(Pipeline pipeline, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.pipeline = pipeline;
        this.jobs = jobs;
    }

    /** What a run did: cases written now, cases found already done, the summary of this run and its speed. */
    public record Outcome(long written, long skipped, BatchSummary summary, Throughput throughput) {
    }

    public Outcome run(Path root, Path out, PrintWriter err, boolean terminal) throws IOException, InterruptedException {
        // The clock starts before the cases are listed: on a cold file cache, walking 100,000 case
        // directories takes a while, and it is part of the run. They are walked once, for the count and the run.
        long start = System.nanoTime();
        List<Path> caseDirs = CaseDirectories.list(root);
        long total = caseDirs.size();
        BatchSummary summary = new BatchSummary();
        AtomicLong written = new AtomicLong();
        AtomicLong halfwayNanos = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (ResultsFile results = ResultsFile.open(out)) {
            Progress progress = new Progress(err, terminal, total);
            long skipped = results.alreadyDone();
            AtomicLong done = new AtomicLong(skipped);
            long halfway = Math.max(1, (total - skipped) / 2);
            ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
                Thread t = new Thread(r, "necessity-batch");
                t.setDaemon(true);
                return t;
            });
            Semaphore inFlight = new Semaphore(jobs * 4);
            Iterator<Path> it = caseDirs.iterator();
            while (it.hasNext() && failure.get() == null) {
                Path caseDir = it.next();
                String key = CaseDirectories.key(root, caseDir);
                if (results.isDone(key)) {
                    continue;
                }
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        results.append(resultLine(caseDir, key, summary));
                        if (written.incrementAndGet() == halfway) {
                            halfwayNanos.set(System.nanoTime());
                        }
                        progress.update(done.incrementAndGet(), false);
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
            if (failure.get() != null) {
                Throwable t = failure.get();
                if (t instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(t);
            }
            progress.update(done.get(), true);
            long end = System.nanoTime();
            double secondHalf = halfwayNanos.get() == 0 ? 0 : (end - halfwayNanos.get()) / 1e9;
            return new Outcome(written.get(), skipped, summary, new Throughput(written.get(), (end - start) / 1e9, secondHalf));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String resultLine(Path caseDir, String key, BatchSummary summary) throws IOException {
        ObjectNode line;
        try {
            Determination d = pipeline.assess(caseDir);
            line = new JsonRenderer().toJson(d, new CitationIndex(d, pipeline.knowledge().sources()));
            summary.add(d);
        } catch (CaseInputException e) {
            line = JSON.createObjectNode();
            ObjectNode error = line.putObject("error");
            error.put("code", e.code());
            error.put("message", e.getMessage());
            summary.error();
        }
        line.put("caseDir", key);
        return JSON.writeValueAsString(line);
    }
}
