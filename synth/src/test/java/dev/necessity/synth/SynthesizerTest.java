package dev.necessity.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic cases are deterministic, every scenario is generated, and the engine agrees with the
 * independently worked-out outcome each case records, for the case and for every line.
 */
class SynthesizerTest {
    private static final Pattern OUTCOME = Pattern.compile("(?m)^outcome: (\\w+)");
    private static final Pattern POLICY = Pattern.compile("(?m)^policy: ([\\w-]+)");
    private static final Pattern LINE = Pattern.compile("(\\d+): (\\w+)");
    private static final Pattern LINES = Pattern.compile("(?m)^lines: \\{ (.*) }");
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeLoader.builtIn());

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        new Synthesizer().write(tmp.resolve("a"), 40, 42);
        new Synthesizer().write(tmp.resolve("b"), 40, 42);

        assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
    }

    @Test
    void aMixedCorpusDrawsEveryScenario(@TempDir Path tmp) throws IOException {
        int count = 30 * Synthesizer.policies().size();
        new Synthesizer().write(tmp, count, 11);

        TreeSet<String> policies = new TreeSet<>();
        try (Stream<Path> cases = Files.list(tmp)) {
            for (Path dir : cases.toList()) {
                Matcher m = POLICY.matcher(Files.readString(dir.resolve("expected.yaml")));
                assertThat(m.find()).isTrue();
                policies.add(m.group(1));
            }
        }
        assertThat(policies).containsExactlyInAnyOrderElementsOf(Synthesizer.policies());
    }

    @Test
    void anUnknownPolicyIsRefusedByName(@TempDir Path tmp) {
        assertThatThrownBy(() -> new Synthesizer().write(tmp, 1, 1, List.of("lumbar-fusoin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lumbar-fusoin").hasMessageContaining("lumbar-fusion");
    }

    /** Per policy: 120 cases, every case and line outcome as expected, and all three outcomes reached. */
    @TestFactory
    Stream<DynamicTest> theEngineAgreesWithEveryRecordedOutcome(@TempDir Path tmp) {
        return Synthesizer.policies().stream().map(policy -> DynamicTest.dynamicTest(policy, () -> {
            Path root = tmp.resolve(policy);
            new Synthesizer().write(root, 120, 7, List.of(policy));
            List<String> disagreements = new ArrayList<>();
            TreeSet<String> outcomes = new TreeSet<>();
            try (Stream<Path> cases = Files.list(root)) {
                for (Path dir : cases.sorted().toList()) {
                    String expected = Files.readString(dir.resolve("expected.yaml"));
                    Matcher m = OUTCOME.matcher(expected);
                    assertThat(m.find()).isTrue();
                    Determination d = PIPELINE.assess(dir);
                    outcomes.add(d.outcome().name());
                    Map<Integer, String> actualLines = new TreeMap<>();
                    for (LineDetermination line : d.lines()) {
                        actualLines.put(line.line().sequence(), line.outcome().name());
                    }
                    Map<Integer, String> expectedLines = expectedLines(expected);
                    if (!d.outcome().name().equals(m.group(1)) || !actualLines.equals(expectedLines)) {
                        disagreements.add(dir.getFileName() + ": expected " + m.group(1) + " " + expectedLines
                                + ", got " + d.outcome() + " " + actualLines + "\n    " + expected.lines().findFirst().orElse(""));
                    }
                }
            }
            assertThat(disagreements).isEmpty();
            assertThat(outcomes).contains("MEDICALLY_NECESSARY", "NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION");
        }));
    }

    private static Map<Integer, String> expectedLines(String expectedYaml) {
        Matcher lines = LINES.matcher(expectedYaml);
        assertThat(lines.find()).isTrue();
        Map<Integer, String> out = new TreeMap<>();
        Matcher m = LINE.matcher(lines.group(1));
        while (m.find()) {
            out.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return out;
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
