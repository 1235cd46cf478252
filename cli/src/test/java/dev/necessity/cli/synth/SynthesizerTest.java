package dev.necessity.cli.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.cli.Pipeline;
import dev.necessity.engine.Determination;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic cases are deterministic, and the engine agrees with the independent outcome each one records. */
class SynthesizerTest {
    private static final Pattern OUTCOME = Pattern.compile("(?m)^outcome: (\\w+)");

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        new Synthesizer().write(tmp.resolve("a"), 25, 42);
        new Synthesizer().write(tmp.resolve("b"), 25, 42);

        assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
    }

    @Test
    void theEngineAgreesWithEveryRecordedOutcome(@TempDir Path tmp) throws IOException {
        new Synthesizer().write(tmp, 150, 7);
        Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());
        List<String> disagreements = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        try (Stream<Path> cases = Files.list(tmp)) {
            for (Path dir : cases.sorted().toList()) {
                Matcher m = OUTCOME.matcher(Files.readString(dir.resolve("expected.yaml")));
                assertThat(m.find()).isTrue();
                Determination d = pipeline.assess(dir);
                outcomes.add(d.outcome().name());
                if (!d.outcome().name().equals(m.group(1))) {
                    disagreements.add(dir.getFileName() + ": expected " + m.group(1) + ", got " + d.outcome());
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains("MEDICALLY_NECESSARY", "NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION");
    }

    private static List<String> contents(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.add(root.relativize(f) + "\n" + Files.readString(f));
            }
        }
        return out;
    }
}
