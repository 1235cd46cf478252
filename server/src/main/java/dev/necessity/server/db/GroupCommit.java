package dev.necessity.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * One writer for an H2 database, committing the work of many callers at once. Each caller's work
 * runs, in arrival order, inside a savepoint of a shared transaction: work that throws is rolled
 * back to its savepoint alone, and its caller gets the exception; the rest is committed together,
 * and only then does each caller get its result. So every caller's work is committed whole or not
 * at all, nothing is acknowledged before it is on disk, and one commit (one write of H2's file)
 * serves a burst of submissions instead of one each.
 */
final class GroupCommit implements AutoCloseable {
    private static final int MAX_GROUP = 64;

    private record Job(Database.Work<?> work, CompletableFuture<Object> done) {
    }

    private final DataSource pool;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(DataSource pool) {
        this.pool = pool;
        this.writer = new Thread(this::loop, "necessity-db-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @SuppressWarnings("unchecked")
    <T> T submit(Database.Work<T> work) {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        CompletableFuture<Object> done = new CompletableFuture<>();
        queue.add(new Job(work, done));
        try {
            return (T) done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database wrote", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof SQLException s) {
                throw new DatabaseException(s);
            }
            throw new IllegalStateException(cause);
        }
    }

    private void loop() {
        List<Job> group = new ArrayList<>(MAX_GROUP);
        while (!closed || !queue.isEmpty()) {
            try {
                Job first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Job> group) {
        List<Object> results = new ArrayList<>(group.size());
        List<Throwable> failures = new ArrayList<>(group.size());
        try (Connection c = pool.getConnection()) {
            try {
                for (Job job : group) {
                    Savepoint before = c.setSavepoint();
                    try {
                        results.add(job.work().run(c));
                        failures.add(null);
                    } catch (SQLException | RuntimeException | Error e) {
                        c.rollback(before);
                        results.add(null);
                        failures.add(e);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException | RuntimeException | Error e) {
            group.forEach(job -> job.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (failures.get(i) == null) {
                group.get(i).done().complete(results.get(i));
            } else {
                group.get(i).done().completeExceptionally(failures.get(i));
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
