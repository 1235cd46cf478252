package dev.necessity.cli.fuzz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs a property over many generated samples, each from its own seed, and on the first failure
 * reports how to replay exactly that sample. The run's seed is random unless
 * {@value #SEED_PROPERTY} fixes it; try {@code i} uses a seed mixed from the run's seed and
 * {@code i}, printed on failure, and {@value #REPLAY_PROPERTY} runs that one sample alone.
 * {@value #SCALE_PROPERTY} multiplies every property's tries, for a longer hunt than CI's.
 *
 * <p>A failing sample is shrunk greedily before it is reported: each smaller sample that
 * {@code smaller} proposes (one mutation fewer) is tried, and kept while it still fails.
 */
final class FuzzProperty {
    static final String SEED_PROPERTY = "necessity.fuzz.seed";
    static final String REPLAY_PROPERTY = "necessity.fuzz.replay";
    static final String SCALE_PROPERTY = "necessity.fuzz.scale";
    private static final AtomicLong TOTAL = new AtomicLong();

    /** The check a sample must pass; returns a label to count ("exit 2"), or throws. */
    interface Check<S> {
        String run(S sample) throws Exception;
    }

    private FuzzProperty() {
    }

    static <S> void check(String name, int tries, Gen<S> gen, Function<S, List<S>> smaller, Check<S> check) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            long seed = Long.parseLong(replay.strip());
            S sample = gen.next(new Random(seed));
            System.out.println("fuzz " + name + ": replaying seed " + seed + ": " + abbreviated(sample));
            runOrReport(name, seed, -1, sample, smaller, check);
            return;
        }
        long runSeed = Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());
        int n = (int) Math.round(tries * Double.parseDouble(System.getProperty(SCALE_PROPERTY, "1")));
        Map<String, Integer> labels = new TreeMap<>();
        Object[] slowest = {-1L, null};
        AtomicReference<AssertionError> failure = new AtomicReference<>();
        long start = System.nanoTime();
        // Tries are independent (each its own seed and its own trial folder), so they run on every
        // core; which try fails first may then vary, but each failure replays from its own seed.
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                workers.execute(() -> {
                    if (failure.get() != null) {
                        return;
                    }
                    long seed = trySeed(runSeed, index);
                    try {
                        S sample = gen.next(new Random(seed));
                        long t0 = System.nanoTime();
                        String label = runOrReport(name, seed, index, sample, smaller, check);
                        long took = System.nanoTime() - t0;
                        synchronized (labels) {
                            labels.merge(label, 1, Integer::sum);
                            if (took > (Long) slowest[0]) {
                                slowest[0] = took;
                                slowest[1] = sample;
                            }
                        }
                        TOTAL.incrementAndGet();
                    } catch (AssertionError e) {
                        failure.compareAndSet(null, e);
                    } catch (Throwable e) { // a fault in the generator itself
                        failure.compareAndSet(null, new AssertionError("fuzz " + name + ": generating the sample of seed " + seed + " failed", e));
                    }
                });
            }
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        System.out.printf("fuzz %s: %,d samples in %.1f s (%,d in this run so far; run seed %d, replay the whole property with -D%s=%d): %s;"
                + " slowest %d ms: %s%n", name, n, (System.nanoTime() - start) / 1e9, TOTAL.get(), runSeed, SEED_PROPERTY, runSeed, labels,
                (Long) slowest[0] / 1_000_000, abbreviated(slowest[1]));
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a try is bounded by its own watchdog; keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    private static <S> String runOrReport(String name, long seed, int index, S sample, Function<S, List<S>> smaller, Check<S> check) {
        try {
            return check.run(sample);
        } catch (Throwable failure) {
            throw report(name, seed, index, sample, failure, smaller, check);
        }
    }

    private static <S> Throwable failure(S sample, Check<S> check) {
        try {
            check.run(sample);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static <S> AssertionError report(String name, long seed, int index, S sample, Throwable failure, Function<S, List<S>> smaller, Check<S> check) {
        S shrunk = sample;
        Throwable shrunkFailure = failure;
        boolean progress = true;
        for (int rounds = 0; progress && rounds < 10; rounds++) {
            progress = false;
            for (S candidate : smaller.apply(shrunk)) {
                Throwable f = failure(candidate, check);
                if (f != null && f.getClass() == failure.getClass()) {
                    shrunk = candidate;
                    shrunkFailure = f;
                    progress = true;
                    break;
                }
            }
        }
        String where = index < 0 ? "" : " at try " + (index + 1);
        return new AssertionError("fuzz " + name + " failed" + where + ".\n"
                + "  sample:       " + abbreviated(sample) + "\n"
                + "  shrunk to:    " + abbreviated(shrunk) + "\n"
                + "  replay it:    mvn -B -pl cli -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='" + name.replace('.', '#') + "' -D"
                + REPLAY_PROPERTY + "=" + seed + "\n"
                + "  failure:      " + shrunkFailure, shrunkFailure);
    }

    /** A sample's description cut to a readable length (a mutation may carry 10,000 characters of text). */
    static String abbreviated(Object sample) {
        String s = String.valueOf(sample);
        return s.length() <= 1_500 ? s : s.substring(0, 1_000) + " [... " + (s.length() - 1_400) + " characters ...] " + s.substring(s.length() - 400);
    }

    /** SplitMix64 of the run's seed and the try's number: neighbouring tries get unrelated seeds. */
    static long trySeed(long runSeed, int index) {
        long z = runSeed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The samples with one element of the list fewer, for shrinking a list of mutations. */
    static <T> List<List<T>> withOneFewer(List<T> list) {
        List<List<T>> out = new ArrayList<>();
        if (list.size() > 1) {
            for (int i = 0; i < list.size(); i++) {
                List<T> fewer = new ArrayList<>(list);
                fewer.remove(i);
                out.add(fewer);
            }
        }
        return out;
    }
}
