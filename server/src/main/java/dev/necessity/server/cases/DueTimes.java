package dev.necessity.server.cases;

import java.time.Duration;

/**
 * Decision time frames of CMS-0057-F: 72 hours for an expedited request, 7 calendar days for a
 * standard one, counted from when the service received it. The request's {@code urgency} says
 * which (intake defaults it to standard). The clock does not stop while information is requested.
 */
public final class DueTimes {
    public static final Duration EXPEDITED = Duration.ofHours(72);
    public static final Duration STANDARD = Duration.ofDays(7);

    private DueTimes() {
    }

    public static long dueAt(String urgency, long receivedAtMs) {
        return receivedAtMs + ("expedited".equals(urgency) ? EXPEDITED : STANDARD).toMillis();
    }
}
