package dev.necessity.app.batch;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.Status;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters only (never the results themselves), so memory stays flat however many cases run. */
public final class BatchSummary {
    private final Map<String, LongAdder> byOutcome = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byPolicy = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byFailedCriterion = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorsByKind = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();

    public void add(Determination d) {
        count(byOutcome, d.outcome().name());
        for (LineDetermination l : d.lines()) {
            count(byPolicy, (l.policyId() == null ? "(no policy)" : l.policyId()) + " " + l.outcome().name());
            if (l.criteria() != null) {
                l.criteria().children().stream().filter(c -> c.status() == Status.NOT_MET || c.status() == Status.NOT_DOCUMENTED)
                        .map(CriterionResult::id).forEach(id -> count(byFailedCriterion, l.policyId() + "/" + id));
            }
        }
    }

    /** A case recorded as an error line, counted by its kind (BAD_INPUT, TIMED_OUT, ...). */
    public void error(String kind) {
        errors.increment();
        count(errorsByKind, kind);
    }

    /** Error lines written by this run. */
    public long errors() {
        return errors.sum();
    }

    public String render(Throughput throughput) {
        StringBuilder s = new StringBuilder();
        s.append(throughput.describe()).append(System.lineSeparator());
        section(s, "by outcome", byOutcome);
        new TreeMap<>(errorsByKind).forEach((kind, n) -> s.append(String.format("  %-60s %8d%n", "ERROR " + kind, n.sum())));
        section(s, "by policy and line outcome", byPolicy);
        section(s, "by criterion not met or not documented", byFailedCriterion);
        return s.toString();
    }

    private static void section(StringBuilder s, String title, Map<String, LongAdder> counts) {
        s.append(title).append(":\n");
        new TreeMap<>(counts).forEach((k, v) -> s.append(String.format("  %-60s %8d%n", k, v.sum())));
    }

    private static void count(Map<String, LongAdder> map, String key) {
        map.computeIfAbsent(key, k -> new LongAdder()).increment();
    }
}
