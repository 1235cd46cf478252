package dev.necessity.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's examples/ folder from a module test, and copies cases a test may change. */
public final class Examples {
    private Examples() {
    }

    public static Path root() {
        String configured = System.getProperty("necessity.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.resolve("examples").toAbsolutePath().normalize();
    }

    public static Path example(String name) {
        return root().resolve(name);
    }

    /** A copy of an example case at target (created), so a test may change or break it. */
    public static Path copy(String name, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(example(name))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target} (which must occur) in the case's request.json. */
    public static Path editRequest(Path caseDir, String target, String replacement) {
        try {
            Path request = caseDir.resolve("request.json");
            String json = Files.readString(request);
            if (!json.contains(target)) {
                throw new IllegalArgumentException("not in " + request + ": " + target);
            }
            Files.writeString(request, json.replace(target, replacement));
            return caseDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> all() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(p -> Files.exists(p.resolve("request.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
