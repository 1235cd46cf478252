package dev.necessity.server;

/**
 * Where the service writes its log lines: one per request (time, method, route template, status,
 * milliseconds, user and role) and one per internal failure (types and frames, no messages).
 * No line holds a document, a request field or a patient detail. Called from many threads.
 */
@FunctionalInterface
public interface RequestLog {
    void line(String line);
}
