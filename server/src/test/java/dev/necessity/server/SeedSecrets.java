package dev.necessity.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What must never reach a log from the seed case: the patient's id and birth date, the
 * requesting provider, and text from every document (a distinctive line of each).
 */
final class SeedSecrets {
    private SeedSecrets() {
    }

    static List<String> all() {
        List<String> secrets = new ArrayList<>(List.of("P-10482", "1979-06-14", "06/14/1979", "Orthopedic Spine Clinic", "1234567893",
                "thecal sac", "neuroforaminal"));
        try (Stream<Path> files = Files.list(ServiceFixture.seedCase())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(f).stream().map(String::strip).filter(l -> l.length() >= 25).limit(3).forEach(secrets::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }
}
