package dev.necessity.app.batch;

/**
 * How fast a batch ran: over the whole run, and over its second half alone. The first cases of a
 * run pay for JVM start-up and for the JIT compiling the grammars; the second half shows the rate
 * the machine sustains once that is done, which is what a long re-review runs at.
 *
 * @param cases          cases written by this run
 * @param seconds        wall time of the whole run
 * @param secondHalfSeconds wall time from the moment half of the cases were written to the end;
 *                       0 when the run was too short to tell
 */
public record Throughput(long cases, double seconds, double secondHalfSeconds) {

    public double overallRate() {
        return seconds > 0 ? cases / seconds : 0;
    }

    /** Cases per second over the second half of the run, or 0 when unknown. */
    public double secondHalfRate() {
        long secondHalf = cases - cases / 2;
        return secondHalfSeconds > 0 ? secondHalf / secondHalfSeconds : 0;
    }

    /** "10000 cases in 32.4 s: 309 cases/s overall, 452 cases/s over the second half". */
    public String describe() {
        String line = String.format("%d cases in %.1f s: %.0f cases/s overall", cases, seconds, overallRate());
        if (secondHalfRate() > 0 && cases >= 100) {
            line += String.format(", %.0f cases/s over the second half", secondHalfRate());
        }
        return line;
    }
}
