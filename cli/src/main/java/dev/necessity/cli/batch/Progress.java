package dev.necessity.cli.batch;

import dev.necessity.app.batch.BatchProgress;
import java.io.PrintWriter;

/**
 * Progress for long runs: a redrawn bar with rate and ETA on a terminal, a plain line every
 * few seconds otherwise (logs and CI). The rate is shown overall and over the last ten seconds;
 * the ETA uses the recent rate, because the first cases of a run are slowed by JIT warm-up.
 */
public final class Progress implements BatchProgress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    /** (nanos, done) of recent prints, oldest first, reaching back about {@link #WINDOW_NANOS}. */
    private final java.util.ArrayDeque<long[]> recent = new java.util.ArrayDeque<>();
    private static final long WINDOW_NANOS = 10_000_000_000L;

    public Progress(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    @Override
    public synchronized void update(long done, boolean last) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (!last && now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        double recentRate = recentRate(now, done, rate);
        long eta = recentRate > 0 ? Math.round((total - done) / recentRate) : 0;
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.printf("\r[%s%s] %d/%d %.0f cases/s (last 10 s: %.0f) ETA %ds ", "#".repeat(filled), " ".repeat(width - filled),
                    done, total, rate, recentRate, eta);
            if (last) {
                err.println();
            }
        } else {
            err.printf("batch: %d/%d cases, %.0f cases/s (last 10 s: %.0f), ETA %ds%n", done, total, rate, recentRate, eta);
        }
        err.flush();
    }

    /** Cases per second since the oldest print inside the window; the overall rate until there is one. */
    private double recentRate(long now, long done, double overall) {
        while (recent.size() > 1 && now - recent.peekFirst()[0] > WINDOW_NANOS) {
            recent.pollFirst();
        }
        long[] oldest = recent.peekFirst();
        recent.addLast(new long[] {now, done});
        if (oldest == null || now - oldest[0] < 1_000_000_000L) {
            return overall;
        }
        return (done - oldest[1]) / ((now - oldest[0]) / 1e9);
    }
}
