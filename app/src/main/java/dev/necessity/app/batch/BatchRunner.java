package dev.necessity.app.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.Pipeline;
import dev.necessity.app.output.ControlCharacters;
import dev.necessity.app.output.ErrorLog;
import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.SourceCatalog;
import dev.necessity.report.CitationIndex;
import dev.necessity.report.JsonRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Assesses every case under a root in parallel and appends one JSON line per case to its
 * {@link BatchResults}. At most {@code jobs} cases are in flight, so memory does not grow with the
 * corpus. A case already in the results is skipped, which makes a killed run resumable.
 *
 * <p>Every case ends in exactly one line: its determination, or an error line saying why not
 * ({@link CaseFailure}): bad input, a failure of any kind in its worker (out of memory, stack
 * overflow, any exception), or running past the per-case time budget. Java cannot stop a thread
 * safely, so a case over budget is recorded at once and its worker abandoned: it keeps running
 * until it ends (its late result is discarded), while a new worker takes its slot; the process
 * exits at the end of the run whatever abandoned workers are doing.
 */
public final class BatchRunner {
    public static final Duration DEFAULT_CASE_BUDGET = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Assessment assessment;
    private final SourceCatalog sources;
    private final int jobs;
    private final Duration caseBudget;
    private final long budgetNanos;

    /** One case directory to its determination; the pipeline's in use, another in tests. */
    @FunctionalInterface
    interface Assessment {
        Determination assess(Path caseDir);
    }

    public BatchRunner(Pipeline pipeline, int jobs, Duration caseBudget) {
        this(pipeline::assess, pipeline.knowledge().sources(), jobs, caseBudget);
    }

    BatchRunner(Assessment assessment, SourceCatalog sources, int jobs, Duration caseBudget) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        if (caseBudget.isNegative() || caseBudget.isZero()) {
            throw new IllegalArgumentException("the case budget must be positive");
        }
        this.assessment = assessment;
        this.sources = sources;
        this.jobs = jobs;
        this.caseBudget = caseBudget;
        // Beyond a year is no budget at all; capped so the clock's nanoseconds cannot overflow.
        this.budgetNanos = caseBudget.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : caseBudget.toNanos();
    }

    /**
     * What a run did: lines written now (error lines among them), cases found already done, error
     * lines left by earlier runs, the summary of this run and its speed.
     */
    public record Outcome(long written, long errors, long skipped, long earlierErrors, BatchSummary summary, Throughput throughput) {
        /** True when some case in the results file, from this run or an earlier one, has no determination. */
        public boolean anyCaseFailed() {
            return errors + earlierErrors > 0;
        }
    }

    /**
     * Runs the cases of {@code listing} (found under {@code root} from {@code startNanos}, when
     * the run's clock started) into {@code results}, an error line for each directory that could
     * not be searched first, and tells {@code progress} as cases finish.
     *
     * @throws IOException            when an unsearchable directory's line cannot be written
     * @throws ResultsWriteException  when a case's line cannot be written; no further case is started
     */
    public Outcome run(Path root, CaseDirectories.Listing listing, long startNanos, BatchResults results, BatchProgress progress)
            throws IOException, InterruptedException {
        BatchSummary summary = new BatchSummary();
        long written = 0;
        for (CaseDirectories.Problem p : listing.problems()) {
            String key = CaseDirectories.key(root, p.directory());
            if (!results.isDone(key)) {
                results.append(CaseFailure.unsearchable(p.message()).line(key));
                summary.error("UNSEARCHABLE_DIRECTORY");
                written++;
            }
        }
        Run run = new Run(results, summary, progress, results.alreadyDone());
        run.all(root, listing);
        long end = System.nanoTime();
        written += run.written.get();
        double secondHalf = run.halfwayNanos.get() == 0 ? 0 : (end - run.halfwayNanos.get()) / 1e9;
        return new Outcome(written, summary.errors(), results.alreadyDone(), results.earlierErrors(), summary,
                new Throughput(run.written.get(), (end - startNanos) / 1e9, secondHalf));
    }

    /** One run's workers, budget clock and counters. */
    private final class Run {
        private final BatchResults results;
        private final BatchSummary summary;
        private final BatchProgress progress;
        private final Semaphore slots = new Semaphore(jobs);
        private final ExecutorService workers = Executors.newCachedThreadPool(daemon("necessity-batch"));
        private final ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, daemon("necessity-batch-budget"));
        private final AtomicReference<IOException> writeFailure = new AtomicReference<>();
        private final AtomicLong written = new AtomicLong();
        private final AtomicLong done;
        private final AtomicLong halfwayNanos = new AtomicLong();
        private long halfway;

        Run(BatchResults results, BatchSummary summary, BatchProgress progress, long alreadyDone) {
            this.results = results;
            this.summary = summary;
            this.progress = progress;
            this.done = new AtomicLong(alreadyDone);
            // A case that finishes in time cancels its expiry; without this, a 100,000-case run would
            // keep every cancelled expiry queued until its 30 s were up.
            clock.setRemoveOnCancelPolicy(true);
        }

        void all(Path root, CaseDirectories.Listing listing) throws InterruptedException {
            halfway = Math.max(1, (listing.cases().size() - results.alreadyDone()) / 2);
            try {
                for (Path caseDir : listing.cases()) {
                    if (writeFailure.get() != null) {
                        break;
                    }
                    String key = CaseDirectories.key(root, caseDir);
                    if (results.isDone(key)) {
                        continue;
                    }
                    slots.acquire();
                    workers.execute(new CaseRun(caseDir, key));
                }
                slots.acquire(jobs); // every case started has its line (or its failure to write one)
            } finally {
                workers.shutdown();
                clock.shutdownNow();
            }
            progress.update(done.get(), true);
            IOException failure = writeFailure.get();
            if (failure != null) {
                throw new ResultsWriteException(failure);
            }
        }

        /** Appends a line, releases the case's slot, and stops the run (not this case) when the results file cannot be written. */
        private void finish(String line) {
            try {
                results.append(line);
                if (written.incrementAndGet() == halfway) {
                    halfwayNanos.set(System.nanoTime());
                }
                progress.update(done.incrementAndGet(), false);
            } catch (IOException e) {
                writeFailure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        }

        /** One case: settled exactly once, by its worker or by the budget clock, whichever comes first. */
        private final class CaseRun implements Runnable {
            private final Path caseDir;
            private final String key;
            private final AtomicBoolean settled = new AtomicBoolean();
            private ScheduledFuture<?> deadline;
            private Thread worker;
            private boolean working;

            CaseRun(Path caseDir, String key) {
                this.caseDir = caseDir;
                this.key = key;
            }

            @Override
            public void run() {
                synchronized (this) {
                    worker = Thread.currentThread();
                    working = true;
                }
                deadline = clock.schedule(this::expire, budgetNanos, TimeUnit.NANOSECONDS);
                String line;
                Consumer<BatchSummary> count;
                try {
                    Determination d = assessment.assess(caseDir);
                    ObjectNode json = new JsonRenderer().toJson(d, new CitationIndex(d, sources));
                    json.put("caseDir", key);
                    line = ControlCharacters.escape(JSON.writeValueAsString(json));
                    count = s -> s.add(d);
                } catch (Throwable t) {
                    CaseFailure failure = CaseFailure.of(t);
                    line = failure.line(key);
                    count = s -> s.error(failure.kind());
                } finally {
                    synchronized (this) {
                        working = false;
                    }
                    Thread.interrupted(); // an expiry's interrupt was meant for this case, not the thread's next one
                }
                if (settle()) {
                    try {
                        count.accept(summary);
                    } finally {
                        finish(line);
                    }
                }
            }

            private boolean settle() {
                if (!settled.compareAndSet(false, true)) {
                    return false; // over budget and already recorded; this late result is discarded
                }
                deadline.cancel(false);
                return true;
            }

            private void expire() {
                if (!settled.compareAndSet(false, true)) {
                    return;
                }
                CaseFailure failure = CaseFailure.timedOut(caseBudget);
                summary.error(failure.kind());
                finish(failure.line(key));
                synchronized (this) {
                    if (working) {
                        worker.interrupt(); // stops it early if it waits on I/O; a busy computation runs on, abandoned
                    }
                }
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> ErrorLog.write(e)); // never a stack trace on the terminal
            return t;
        };
    }
}
