package dev.necessity.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One try's working area: a copy of a seed case to mutate ({@code case/}), files outside it for
 * links to reach ({@code outside/}: another patient's note, another request, a folder of records),
 * and the only place a command may write ({@code out/}). {@link #snapshot()} lists everything in
 * the area, links unfollowed, so a try can prove that nothing else was created, changed or removed.
 */
final class Trial implements AutoCloseable {
    static final String OTHER_PATIENT = "other-patient.txt";
    private static final AtomicLong NEXT = new AtomicLong();

    final Path work;
    final Path caseDir;
    final Path outside;
    final Path out;
    /** What the command is given as the case: the case directory, or a link to it. */
    Path argument;
    /** The knowledge file a knowledge fuzz mutates (in {@code kb/}, the overlay), or null. */
    Path knowledgeFile;

    private Trial(Path work, Path caseDir) {
        this.work = work;
        this.caseDir = caseDir;
        this.outside = work.resolve("outside");
        this.out = work.resolve("out");
        this.argument = caseDir;
    }

    /** A fresh area under {@code root} holding a copy of {@code seed} in {@code case/}. */
    static Trial of(Path root, SeedCase seed) {
        Path work = root.resolve("t" + NEXT.incrementAndGet());
        Trial t = new Trial(work, work.resolve("case"));
        try {
            Files.createDirectories(t.outside.resolve("records"));
            Files.createDirectories(t.out);
            Files.writeString(t.outside.resolve(OTHER_PATIENT), "Other patient. MRI 2026-01-05: L4-L5 severe central canal stenosis.\n");
            Files.writeString(t.outside.resolve("records/mri.txt"), "MRI lumbar spine: L5-S1 severe foraminal stenosis.\n");
            Files.write(t.outside.resolve("request.json"), seed.files().get("request.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.copy(seed);
        return t;
    }

    /**
     * Another case in this area, for a batch: {@code cases/NAME/}, sharing outside/ and out/ (and
     * removed with the area, not by its own close).
     */
    Trial batchCase(SeedCase seed, String name) {
        Trial t = new Trial(work, work.resolve("cases").resolve(name));
        t.copy(seed);
        return t;
    }

    private void copy(SeedCase seed) {
        try {
            Files.createDirectories(caseDir);
            for (Map.Entry<String, byte[]> f : seed.files().entrySet()) {
                Files.write(caseDir.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path request() {
        return caseDir.resolve("request.json");
    }

    /** Entries of the case other than request.json and expected.yaml (whatever they have become), sorted. */
    List<String> documents() {
        try (Stream<Path> s = Files.list(caseDir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("request.json") && !n.equals("expected.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry {@code pick} chooses among the documents, or null when the case has none left. */
    Path document(int pick) {
        List<String> docs = documents();
        return docs.isEmpty() ? null : caseDir.resolve(docs.get(Math.floorMod(pick, docs.size())));
    }

    /**
     * Writes {@code bytes} at {@code file} as a new regular file, whatever is there now: an earlier
     * mutation may have left a link (writing through it would change its target), a folder, or a
     * named pipe (opening it for writing would wait for a reader forever).
     */
    static void put(Path file, byte[] bytes) throws IOException {
        clear(file);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    static void put(Path file, String text) throws IOException {
        put(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A folder at {@code dir}, replacing whatever else is there. */
    static void folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            clear(dir);
            Files.createDirectories(dir);
        }
    }

    /** A link at {@code link} to {@code target}, replacing whatever is there. */
    static void link(Path link, Path target) throws IOException {
        clear(link);
        Files.createSymbolicLink(link, target);
    }

    /** Removes whatever is at {@code path} (a folder with its contents; a link, not its target). */
    static void clear(Path path) {
        delete(path);
    }

    /** Every entry under the area, links unfollowed: relative path to kind, size and modification time. */
    Map<String, String> snapshot() {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(work, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    entries.put(work.relativize(dir) + "/", "directory");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String kind = attrs.isSymbolicLink() ? "link to " + Files.readSymbolicLink(file)
                            : (attrs.isRegularFile() ? "file" : "other") + " of " + attrs.size() + " bytes, modified " + attrs.lastModifiedTime();
                    entries.put(work.relativize(file).toString(), kind);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Override
    public void close() {
        delete(work);
    }

    static void delete(Path tree) {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
