package dev.necessity.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the examples/ cases in a temporary directory, changed the way a user or an attacker would change them. */
final class CaseCopies {
    private CaseCopies() {
    }

    /** examples/{@code name} copied to {@code dir}. */
    static Path copy(String name, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(Examples.example(name))) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target} (which must occur) in the case's request.json. */
    static Path editRequest(Path caseDir, String target, String replacement) {
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
}
