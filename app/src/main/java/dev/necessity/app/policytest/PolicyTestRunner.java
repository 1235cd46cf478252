package dev.necessity.app.policytest;

import dev.necessity.app.Pipeline;
import dev.necessity.app.golden.GoldenReports;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.Policy;
import dev.necessity.policy.SourceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the test cases that ship beside each policy ({@code policies/<id>/tests/<case>/} with a
 * case and an {@code expected.yaml}), and measures which criteria the tests exercised: a criterion
 * counts as exercised when some test saw it satisfied and some test saw it fail. A case that keeps
 * golden reports ({@code expected/report.txt|md|json}, {@link GoldenReports}) also fails when a
 * report differs from them, or has them rewritten ({@link Goldens#UPDATE}).
 */
public final class PolicyTestRunner {
    private final Pipeline pipeline;
    private final Goldens goldens;

    /** What to do with a case's golden reports. */
    public enum Goldens {
        /** Leave them alone: only {@code expected.yaml} is checked. */
        IGNORE,
        /** A report that differs from its golden file fails the case; cases without {@code expected/} are not compared. */
        COMPARE,
        /** Rewrite every case's golden reports that differ, creating them where there are none. */
        UPDATE
    }

    /** A runner that compares golden reports where a case has them. */
    public PolicyTestRunner(Pipeline pipeline) {
        this(pipeline, Goldens.COMPARE);
    }

    /**
     * @param pipeline for golden reports, one that reads cases with {@link GoldenReports#reader()}, or
     *                 the reports will depend on the day they are made
     */
    public PolicyTestRunner(Pipeline pipeline, Goldens goldens) {
        this.pipeline = pipeline;
        this.goldens = goldens;
    }

    /**
     * The outcome of one case: its name, what did not match (empty when it passed), whether its
     * reports were compared with golden files, and the golden files written ({@link Goldens#UPDATE}).
     */
    public record CaseResult(String policyId, String name, List<String> mismatches, boolean goldensCompared,
                             List<String> goldensWritten) {
        public CaseResult {
            mismatches = List.copyOf(mismatches);
            goldensWritten = List.copyOf(goldensWritten);
        }

        public CaseResult(String policyId, String name, List<String> mismatches) {
            this(policyId, name, mismatches, false, List.of());
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** Every case run, and per policy the criteria no test exercised. */
    public record Report(List<CaseResult> cases, Map<String, List<String>> unexercised) {
        public long failures() {
            return cases.stream().filter(c -> !c.passed()).count();
        }

        /** Cases whose reports were compared with their golden files. */
        public long goldensCompared() {
            return cases.stream().filter(CaseResult::goldensCompared).count();
        }

        /** Golden files rewritten, over all cases. */
        public List<String> goldensWritten() {
            return cases.stream().flatMap(c -> c.goldensWritten().stream()).toList();
        }
    }

    public Report run(Path knowledgeRoot) {
        List<CaseResult> results = new ArrayList<>();
        Map<String, List<String>> unexercised = new LinkedHashMap<>();
        KnowledgeBase kb = pipeline.knowledge();
        for (Path policyDir : list(knowledgeRoot.resolve("policies"))) {
            String policyId = policyDir.getFileName().toString().replace("/", "");
            Map<String, Set<String>> seen = new LinkedHashMap<>();
            for (Path caseDir : list(policyDir.resolve("tests"))) {
                results.add(runCase(policyId, caseDir, seen));
            }
            kb.policy(policyId).ifPresent(p -> unexercised.put(policyId, unexercised(p, seen)));
        }
        return new Report(results, unexercised);
    }

    private CaseResult runCase(String policyId, Path caseDir, Map<String, Set<String>> seen) {
        String name = caseDir.getFileName().toString().replace("/", "");
        try {
            Expectation expected = Expectation.read(caseDir.resolve("expected.yaml"));
            Determination d = pipeline.assess(caseDir);
            d.lines().stream().filter(l -> l.criteria() != null && policyId.equals(l.policyId()))
                    .flatMap(LineDetermination::results)
                    .forEach(c -> seen.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(c.status().satisfied() ? "pass" : "fail"));
            return withGoldens(policyId, name, caseDir, d, expected.mismatches(d));
        } catch (RuntimeException e) {
            return new CaseResult(policyId, name, List.of("could not run: " + e.getMessage()));
        }
    }

    /** The case's result once its golden reports are compared or rewritten, as this runner was asked. */
    private CaseResult withGoldens(String policyId, String name, Path caseDir, Determination d, List<String> mismatches) {
        String caseName = "policies/" + policyId + "/tests/" + name;
        SourceCatalog sources = pipeline.knowledge().sources();
        return switch (goldens) {
            case IGNORE -> new CaseResult(policyId, name, mismatches);
            case UPDATE -> new CaseResult(policyId, name, mismatches, false, GoldenReports.update(caseDir, caseName, d, sources));
            case COMPARE -> {
                if (!GoldenReports.present(caseDir)) {
                    yield new CaseResult(policyId, name, mismatches);
                }
                List<String> all = new ArrayList<>(mismatches);
                all.addAll(GoldenReports.mismatches(caseDir, caseName, d, sources));
                yield new CaseResult(policyId, name, all, true, List.of());
            }
        };
    }

    private static List<String> unexercised(Policy p, Map<String, Set<String>> seen) {
        List<Criterion> nodes = new ArrayList<>(p.criteria().walk());
        p.exclusions().forEach(e -> nodes.addAll(e.walk()));
        return nodes.stream().map(Criterion::id)
                .filter(id -> !seen.getOrDefault(id, Set.of()).containsAll(Set.of("pass", "fail")))
                .distinct().toList();
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
