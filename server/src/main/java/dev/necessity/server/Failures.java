package dev.necessity.server;

/**
 * A failure as the service log shows it: exception types and stack frames, without messages,
 * because a message (a database constraint naming a value, a parser quoting its input) can carry
 * a piece of a case, and the log must never.
 */
final class Failures {
    private Failures() {
    }

    static String withoutMessages(Throwable t) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        for (Throwable cause = t; cause != null && depth < 8; cause = cause.getCause(), depth++) {
            s.append(depth == 0 ? "" : " caused by ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 6); i++) {
                s.append(i == 0 ? " at " : " < ").append(frames[i]);
            }
        }
        return s.toString();
    }
}
