package dev.necessity.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The append-only JSON Lines results file of a batch run. A line is complete only when it ends
 * with a newline: on opening, a torn last line (the process was killed mid-write) is cut off, and
 * the case names of the complete lines are the cases already done, so a restart with the same
 * arguments writes exactly one result per case.
 */
public final class ResultsFile implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FileChannel channel;
    private final Set<String> done;

    private ResultsFile(FileChannel channel, Set<String> done) {
        this.channel = channel;
        this.done = done;
    }

    public static ResultsFile open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Set<String> done = new HashSet<>();
        if (Files.exists(file)) {
            long keep = completePrefix(file, done);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(keep);
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new ResultsFile(channel, done);
    }

    /** Reads complete lines, collecting their caseDir; returns the byte length to keep. */
    private static long completePrefix(Path file, Set<String> done) throws IOException {
        long keep = 0;
        long offset = 0;
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // Lines are read as text; byte offsets are recomputed from their UTF-8 length.
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    String text = line.toString();
                    offset += text.getBytes(StandardCharsets.UTF_8).length + 1;
                    String key = caseDirOf(text);
                    if (key == null) {
                        break; // a corrupt line: keep what came before it
                    }
                    done.add(key);
                    keep = offset;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        }
        return keep;
    }

    private static String caseDirOf(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.hasNonNull("caseDir") ? node.get("caseDir").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    public boolean isDone(String caseDir) {
        return done.contains(caseDir);
    }

    public int alreadyDone() {
        return done.size();
    }

    /** Appends one complete line in a single write, so a kill leaves at most one torn line. */
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
    public void close() throws IOException {
        channel.force(false);
        channel.close();
    }
}
