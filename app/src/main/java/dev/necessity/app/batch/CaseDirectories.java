package dev.necessity.app.batch;

import dev.necessity.app.output.FileProblems;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every directory under a root, at any depth, that holds a request.json, in a stable order.
 *
 * <p>Symbolic links are followed, the root's too: cases are often gathered by linking them into
 * one folder. Each directory is entered once, by its file key (device and inode), so a link back
 * to an ancestor ends there instead of looping, and a case reached under two names is assessed
 * once, under the first. A directory that cannot be listed is a {@link Problem}, not the end of
 * the walk. A case directory is not searched further: its files are its documents, and reading
 * the attributes of every document of 100,000 cases took most of a minute on a cold file cache.
 */
public final class CaseDirectories {
    private static final String REQUEST = "request.json";

    private CaseDirectories() {
    }

    /** A directory that could not be searched: where, and why in plain words. */
    public record Problem(Path directory, String message) {
    }

    /** The case directories in path order, and the directories that could not be searched. */
    public record Listing(List<Path> cases, List<Problem> problems) {
        public Listing {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
        }
    }

    /** Streams case directories in path order; the caller must close the stream. */
    public static Stream<Path> under(Path root) {
        return list(root).stream();
    }

    /** The case directories in path order (paths only; a case is read when it is assessed). */
    public static List<Path> list(Path root) {
        return find(root).cases();
    }

    public static Listing find(Path root) {
        List<Path> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Object> entered = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            try {
                if (!entered.add(identity(dir))) {
                    continue;
                }
                if (holdsRequest(dir)) {
                    cases.add(dir);
                    continue;
                }
                List<Path> children = subdirectories(dir, problems);
                children.sort(Comparator.reverseOrder());
                children.forEach(pending::push);
            } catch (IOException | DirectoryIteratorException e) {
                problems.add(unsearchable(dir, e instanceof DirectoryIteratorException d ? d.getCause() : e));
            }
        }
        cases.sort(null);
        problems.sort(Comparator.comparing(Problem::directory));
        return new Listing(cases, problems);
    }

    /** The directory's file key (device and inode) through any links, or its real path where there is none. */
    private static Object identity(Path dir) throws IOException {
        Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        return key != null ? key : dir.toRealPath();
    }

    /** Whether request.json is there; a directory that cannot be searched is an error, not a "no". */
    private static boolean holdsRequest(Path dir) throws IOException {
        try {
            return Files.readAttributes(dir.resolve(REQUEST), BasicFileAttributes.class).isRegularFile();
        } catch (NoSuchFileException absent) {
            return false;
        }
    }

    private static List<Path> subdirectories(Path dir, List<Problem> problems) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                try {
                    if (Files.readAttributes(entry, BasicFileAttributes.class).isDirectory()) {
                        children.add(entry);
                    }
                } catch (NoSuchFileException dangling) {
                    // a link to nothing holds no case
                } catch (IOException e) {
                    problems.add(unsearchable(entry, e));
                }
            }
        }
        return children;
    }

    private static Problem unsearchable(Path dir, Throwable e) {
        // Named by the directory even when what failed was a look inside it (request.json, a child).
        return new Problem(dir, dir + ": " + FileProblems.reason(e) + " (directory not searched for cases)");
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
