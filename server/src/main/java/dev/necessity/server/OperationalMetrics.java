package dev.necessity.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's operational figures in Prometheus text format (version 0.0.4): requests by
 * route, method and status, and a histogram of assessment time (intake, extraction and
 * evaluation of one submission). Labels hold only route templates, methods and statuses.
 */
final class OperationalMetrics {
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder[] assessmentBuckets = new LongAdder[BUCKETS.length];
    private final LongAdder assessments = new LongAdder();
    private final DoubleAdder assessmentSeconds = new DoubleAdder();

    OperationalMetrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            assessmentBuckets[i] = new LongAdder();
        }
    }

    void request(String method, String route, int status) {
        requests.computeIfAbsent("method=\"" + method + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"", k -> new LongAdder())
                .increment();
    }

    void assessment(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                assessmentBuckets[i].increment();
            }
        }
        assessments.increment();
        assessmentSeconds.add(seconds);
    }

    String exposition() {
        StringBuilder s = new StringBuilder(2048);
        s.append("# HELP necessity_http_requests_total HTTP requests answered, by route template, method and status.\n");
        s.append("# TYPE necessity_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, n) -> s.append("necessity_http_requests_total{").append(labels).append("} ").append(n.sum()).append('\n'));
        s.append("# HELP necessity_assessment_seconds Time to read, extract and evaluate one submission.\n");
        s.append("# TYPE necessity_assessment_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            s.append("necessity_assessment_seconds_bucket{le=\"").append(String.format(Locale.ROOT, "%s", BUCKETS[i])).append("\"} ")
                    .append(assessmentBuckets[i].sum()).append('\n');
        }
        long count = assessments.sum();
        s.append("necessity_assessment_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
        s.append("necessity_assessment_seconds_sum ").append(String.format(Locale.ROOT, "%.6f", assessmentSeconds.sum())).append('\n');
        s.append("necessity_assessment_seconds_count ").append(count).append('\n');
        return s.toString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
