package dev.necessity.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.app.batch.BatchResults;
import dev.necessity.app.output.FileProblems;
import dev.necessity.cli.output.OutputFile;
import dev.necessity.cli.output.OutputRefusedException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only JSON Lines results file of a batch run. A line is complete only when it ends
 * with a newline: on opening, a torn last line (the process was killed mid-write) is cut off, and
 * the case names of the complete lines are the cases already done, so a restart with the same
 * arguments writes exactly one result per case.
 *
 * <p>The file is its own lock: it is opened without following a link and locked (an operating
 * system lock, which dies with the process, even on {@code kill -9}, so there is never a stale lock
 * to clean up), and a second batch on the same file is refused while the first runs. An existing
 * file any of whose complete lines is not a result is someone else's, and is kept unless
 * {@code force}.
 */
public final class ResultsFile implements BatchResults, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Results files this process has open. POSIX record locks belong to the process, so a second
     * lock attempt from within it cannot be told apart by the system; and closing any channel on
     * the file would drop the first run's lock.
     */
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();
    private final FileChannel channel;
    private final Path identity;
    private final Set<String> done;
    private final long earlierErrors;

    private ResultsFile(FileChannel channel, Path identity, Set<String> done, long earlierErrors) {
        this.channel = channel;
        this.identity = identity;
        this.done = done;
        this.earlierErrors = earlierErrors;
    }

    public static ResultsFile open(Path file) {
        return open(file, false);
    }

    /** Opens and locks the results file, refusing links, devices, a file another run holds and (without force) someone else's file. */
    public static ResultsFile open(Path file, boolean force) {
        try {
            return lockAndRead(file, force);
        } catch (IOException e) {
            throw new OutputRefusedException("--out " + file + ": cannot write (" + FileProblems.reason(e) + ")", e);
        }
    }

    private static ResultsFile lockAndRead(Path file, boolean force) throws IOException {
        OutputFile.checkTarget(file, true); // link, directory, device: refused even with force
        Path parent = OutputFile.createParent(file);
        Path identity = parent.toRealPath().resolve(file.getFileName());
        if (!OPEN_HERE.add(identity)) {
            throw locked(file);
        }
        FileChannel channel = null;
        try {
            // CREATE without a mode: the file's mode follows the umask. NOFOLLOW_LINKS: a link planted since the check fails here.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw locked(file);
            }
            Set<String> done = new HashSet<>();
            long[] errors = {0};
            long keep = completePrefix(channel, done, errors);
            if (keep < 0) {
                if (!force) {
                    throw new OutputRefusedException("--out " + file + ": exists and is not a Necessity results file (a line is not a result); "
                            + "use --force to replace it, or name another file");
                }
                done.clear();
                errors[0] = 0;
                keep = 0;
            }
            channel.truncate(keep);
            channel.position(keep);
            ResultsFile results = new ResultsFile(channel, identity, done, errors[0]);
            channel = null;
            return results;
        } finally {
            if (channel != null) {
                channel.close();
                OPEN_HERE.remove(identity);
            }
        }
    }

    private static OutputRefusedException locked(Path file) {
        return new OutputRefusedException("--out " + file + ": another batch is writing it (the file is locked); "
                + "wait for that run to finish, or name another file");
    }

    /**
     * Reads complete lines, collecting their caseDir and counting error lines; returns the byte
     * length to keep (dropping a torn last line), or -1 when a complete line is not a result.
     * Reads through the locked channel itself: opening the file again and closing it would release the lock.
     */
    private static long completePrefix(FileChannel channel, Set<String> done, long[] errors) throws IOException {
        long keep = 0;
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            JsonNode node = parse(line.toString(StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || !node.path("caseDir").isTextual()) {
                return -1;
            }
            done.add(node.get("caseDir").asText());
            if (node.has("error")) {
                errors[0]++;
            }
            keep += line.size() + 1;
            line.reset();
        }
        return keep;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean isDone(String caseDir) {
        return done.contains(caseDir);
    }

    @Override
    public int alreadyDone() {
        return done.size();
    }

    /** Error lines already in the file from an earlier run. */
    @Override
    public long earlierErrors() {
        return earlierErrors;
    }

    /** Appends one complete line in a single write, so a kill leaves at most one torn line. */
    @Override
    public synchronized void append(String jsonLine) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    public synchronized void flush() throws IOException {
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
            OPEN_HERE.remove(identity);
        }
    }
}
