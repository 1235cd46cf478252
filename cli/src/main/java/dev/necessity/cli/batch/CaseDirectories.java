package dev.necessity.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Every directory under a root that holds a request.json, streamed in a stable order. */
public final class CaseDirectories {
    private CaseDirectories() {
    }

    /** Streams case directories; the caller must close the stream. */
    public static Stream<Path> under(Path root) {
        try {
            return Files.walk(root, 4).filter(Files::isDirectory)
                    .filter(d -> Files.isRegularFile(d.resolve("request.json"))).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a result line carries: the path relative to the root, with forward slashes. */
    public static String key(Path root, Path caseDir) {
        String rel = root.relativize(caseDir).toString().replace('\\', '/');
        return rel.isEmpty() ? caseDir.getFileName().toString() : rel;
    }

    public static long count(Path root) {
        try (Stream<Path> s = under(root)) {
            return s.count();
        }
    }
}
