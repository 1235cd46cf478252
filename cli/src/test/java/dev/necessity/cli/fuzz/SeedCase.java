package dev.necessity.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A case the fuzzer starts from: every file of one example case ({@code examples/NAME}) or policy
 * test case ({@code knowledge/policies/ID/tests/NAME}), held in memory so that a try writes its copy
 * without reading the repository again.
 */
record SeedCase(String name, Map<String, byte[]> files) {

    private static List<SeedCase> all;

    SeedCase {
        files = Map.copyOf(files);
    }

    /** Every example and policy test case in the repository, in a stable order. */
    static synchronized List<SeedCase> all() {
        if (all == null) {
            Path root = Path.of(System.getProperty("necessity.root", "..")).toAbsolutePath().normalize();
            List<SeedCase> seeds = new ArrayList<>();
            for (Path dir : caseDirectories(root.resolve("examples"), 1)) {
                seeds.add(load(root, dir));
            }
            for (Path dir : caseDirectories(root.resolve("knowledge/policies"), 3)) {
                seeds.add(load(root, dir));
            }
            if (seeds.size() < 100) {
                throw new IllegalStateException("found only " + seeds.size() + " seed cases under " + root);
            }
            all = List.copyOf(seeds);
        }
        return all;
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<Path> caseDirectories(Path under, int depth) {
        try (Stream<Path> s = Files.walk(under, depth)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("request.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SeedCase load(Path root, Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeedCase(root.relativize(dir).toString(), files);
    }
}
