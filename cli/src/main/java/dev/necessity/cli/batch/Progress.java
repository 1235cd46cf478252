package dev.necessity.cli.batch;

import java.io.PrintWriter;

/**
 * Progress for long runs: a redrawn bar with rate and ETA on a terminal, a plain line every
 * few seconds otherwise (logs and CI).
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastPrint;

    Progress(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void update(long done, boolean last) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (!last && now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.printf("\r[%s%s] %d/%d %.0f cases/s ETA %ds ", "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta);
            if (last) {
                err.println();
            }
        } else {
            err.printf("batch: %d/%d cases, %.0f cases/s, ETA %ds%n", done, total, rate, eta);
        }
        err.flush();
    }
}
