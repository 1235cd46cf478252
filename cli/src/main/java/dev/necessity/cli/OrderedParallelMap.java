package dev.necessity.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items in parallel and hands the results on in input order, at most {@code window} items
 * ahead of the one being handed on. Memory therefore stays flat in the number of items, however
 * large the corpus: {@code extract DIR} on 50 MB of notes held all their text and findings at
 * once before (550 MiB).
 */
final class OrderedParallelMap {
    private OrderedParallelMap() {
    }

    static <T, R> void run(List<T> items, int threads, int window, Function<T, R> work, Consumer<R> emit) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "necessity-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> ahead = new ArrayDeque<>();
        try {
            for (T item : items) {
                if (ahead.size() >= window) {
                    emit.accept(result(ahead.removeFirst()));
                }
                ahead.addLast(pool.submit(() -> work.apply(item)));
            }
            while (!ahead.isEmpty()) {
                emit.accept(result(ahead.removeFirst()));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // The work's own failure, as if it had run on this thread.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
