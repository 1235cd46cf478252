package dev.necessity.app.policytest;

import dev.necessity.app.Pipeline;
import dev.necessity.engine.Determination;
import dev.necessity.engine.LineDetermination;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.Policy;
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
 * counts as exercised when some test saw it satisfied and some test saw it fail.
 */
public final class PolicyTestRunner {
    private final Pipeline pipeline;

    public PolicyTestRunner(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The outcome of one case: its name, and what did not match (empty when it passed). */
    public record CaseResult(String policyId, String name, List<String> mismatches) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** Every case run, and per policy the criteria no test exercised. */
    public record Report(List<CaseResult> cases, Map<String, List<String>> unexercised) {
        public long failures() {
            return cases.stream().filter(c -> !c.passed()).count();
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
            return new CaseResult(policyId, name, expected.mismatches(d));
        } catch (RuntimeException e) {
            return new CaseResult(policyId, name, List.of("could not run: " + e.getMessage()));
        }
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
