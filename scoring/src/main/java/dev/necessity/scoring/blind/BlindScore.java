package dev.necessity.scoring.blind;

import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Scores the engine on cases whose expected line outcomes were written without it (the blind
 * set, {@code eval/blind}): every directory under a root that holds {@code request.json} and
 * {@code expected.yaml}. Counts lines right, whole cases right, and emergencies recommended not
 * medically necessary (which must never happen), overall and by policy, expected outcome and
 * phenomenon class.
 */
public final class BlindScore {
    private final Pipeline pipeline;

    public BlindScore(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One line's expected and actual outcome, with the engine's one-sentence reason. */
    public record LineScore(int sequence, String code, String policyId, String expected, String actual, String summary) {
        public boolean right() {
            return expected.equals(actual);
        }
    }

    /** One case: its lines, whether the writer marked it an emergency, its classes, or why it could not run. */
    public record CaseScore(String name, boolean emergency, List<String> classes, List<LineScore> lines, String error) {
        public boolean right() {
            return error == null && lines.stream().allMatch(LineScore::right);
        }

        /**
         * An emergency with a line recommended not medically necessary that its writer did not expect to be
         * (a second level with only mild stenosis may rightly be, whatever the emergency at the first).
         */
        public boolean emergencyDenied() {
            String nmn = LineOutcome.NOT_MEDICALLY_NECESSARY.name();
            return emergency && lines.stream().anyMatch(l -> nmn.equals(l.actual()) && !nmn.equals(l.expected()));
        }
    }

    /** Every case's score, and the tallies a reader wants. */
    public record Report(List<CaseScore> cases) {
        public long lines() {
            return cases.stream().mapToLong(c -> c.lines().size()).sum();
        }

        public long linesRight() {
            return cases.stream().flatMap(c -> c.lines().stream()).filter(LineScore::right).count();
        }

        public long casesRight() {
            return cases.stream().filter(CaseScore::right).count();
        }

        public List<CaseScore> emergenciesDenied() {
            return cases.stream().filter(CaseScore::emergencyDenied).toList();
        }

        public double lineAccuracy() {
            return lines() == 0 ? 0 : (double) linesRight() / lines();
        }

        /** Right and total lines grouped by a key of the line (and its case). */
        public Map<String, long[]> tally(java.util.function.BiFunction<CaseScore, LineScore, List<String>> keys) {
            Map<String, long[]> out = new TreeMap<>();
            for (CaseScore c : cases) {
                for (LineScore l : c.lines()) {
                    for (String k : keys.apply(c, l)) {
                        long[] t = out.computeIfAbsent(k, x -> new long[2]);
                        t[0] += l.right() ? 1 : 0;
                        t[1]++;
                    }
                }
            }
            return out;
        }
    }

    public Report run(Path root) {
        List<CaseScore> out = new ArrayList<>();
        for (Path dir : caseDirectories(root)) {
            out.add(score(dir));
        }
        return new Report(out);
    }

    static List<Path> caseDirectories(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("request.json")) && Files.isRegularFile(p.resolve("expected.yaml")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseScore score(Path dir) {
        String name = dir.getFileName().toString();
        Map<String, Object> doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(dir.resolve("expected.yaml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc == null || !(doc.get("lines") instanceof Map<?, ?> lines) || lines.isEmpty()) {
            return new CaseScore(name, false, List.of(), List.of(), "expected.yaml gives no lines");
        }
        boolean emergency = Boolean.TRUE.equals(doc.get("emergency"));
        List<String> classes = doc.get("classes") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        Determination d;
        try {
            d = pipeline.assess(dir);
        } catch (RuntimeException e) {
            return new CaseScore(name, emergency, classes, List.of(), "could not run: " + e.getMessage());
        }
        List<LineScore> scores = new ArrayList<>();
        new TreeMap<>(lines).forEach((k, v) -> {
            int seq = Integer.parseInt(k.toString());
            Optional<LineDetermination> line = d.lines().stream().filter(x -> x.line().sequence() == seq).findFirst();
            scores.add(new LineScore(seq, line.map(x -> x.line().code()).orElse("?"),
                    line.map(LineDetermination::policyId).orElse(null), v.toString(),
                    line.map(x -> x.outcome().name()).orElse("NO_SUCH_LINE"), line.map(LineDetermination::summary).orElse("")));
        });
        return new CaseScore(name, emergency, classes, scores, null);
    }
}
