package dev.necessity.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every directory under a root (down to four levels) that holds a request.json, in a stable
 * order. A case directory is not searched further: its files are its documents, and reading the
 * attributes of every document of 100,000 cases, twice, took most of a minute on a cold file cache.
 */
public final class CaseDirectories {
    private static final int MAX_DEPTH = 4;

    private CaseDirectories() {
    }

    /** Streams case directories in path order; the caller must close the stream. */
    public static Stream<Path> under(Path root) {
        return list(root).stream();
    }

    /** The case directories in path order (paths only; a case is read when it is assessed). */
    public static List<Path> list(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(dir.resolve("request.json"))) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A directory at the depth limit is reported as a file.
                    if (attrs.isDirectory() && Files.isRegularFile(file.resolve("request.json"))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** The name a result line carries: the path relative to the root, with forward slashes. */
    public static String key(Path root, Path caseDir) {
        String rel = root.relativize(caseDir).toString().replace('\\', '/');
        return rel.isEmpty() ? caseDir.getFileName().toString() : rel;
    }

    public static long count(Path root) {
        return list(root).size();
    }
}
