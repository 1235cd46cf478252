package dev.necessity.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's examples/ folder from a module test. */
public final class Examples {
    private Examples() {
    }

    static Path root() {
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

    static List<Path> all() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(p -> Files.exists(p.resolve("request.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
