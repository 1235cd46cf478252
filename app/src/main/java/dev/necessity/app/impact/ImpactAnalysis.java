package dev.necessity.app.impact;

import dev.necessity.app.batch.CaseDirectories;
import dev.necessity.engine.Engine;
import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseInputException;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.policy.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Replays a corpus under two knowledge-base versions and reports what changes: line outcomes by
 * policy, criterion statuses, and example cases for each change. Each document is extracted once
 * and evaluated twice, so only the knowledge differs between the two runs.
 */
public final class ImpactAnalysis {
    private final CaseReader reader = new CaseReader();
    private final ClinicalExtractor extractor = new ClinicalExtractor();
    private final Engine a;
    private final Engine b;
    private final int examplesPerChange;

    public ImpactAnalysis(KnowledgeBase a, KnowledgeBase b, int examplesPerChange) {
        this.a = new Engine(a);
        this.b = new Engine(b);
        this.examplesPerChange = examplesPerChange;
    }

    /** Case counts, and per change ("lumbar-fusion line MEDICALLY_NECESSARY -> NOT_MEDICALLY_NECESSARY") its count and examples. */
    public record Result(long cases, long changed, long unreadable, List<String> changedCases,
                         Map<String, Change> lineChanges, Map<String, Change> criterionChanges) {
    }

    public record Change(long count, List<String> examples) {
    }

    public Result run(Path root) {
        long cases = 0;
        long unreadable = 0;
        List<String> changedCases = new ArrayList<>();
        Map<String, List<String>> lines = new TreeMap<>();
        Map<String, List<String>> criteria = new TreeMap<>();
        try (Stream<Path> dirs = CaseDirectories.under(root)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                cases++;
                String key = CaseDirectories.key(root, dir);
                CaseRequest request;
                try {
                    request = reader.read(dir);
                } catch (CaseInputException e) {
                    unreadable++;
                    continue;
                }
                List<DocumentExtraction> extractions = request.documents().stream().map(extractor::extract).toList();
                if (compare(key, a.assess(request, extractions), b.assess(request, extractions), lines, criteria)) {
                    changedCases.add(key);
                }
            }
        }
        return new Result(cases, changedCases.size(), unreadable, changedCases, summarise(lines), summarise(criteria));
    }

    private static boolean compare(String key, Determination da, Determination db, Map<String, List<String>> lines,
                                   Map<String, List<String>> criteria) {
        boolean changed = false;
        for (int i = 0; i < da.lines().size(); i++) {
            LineDetermination la = da.lines().get(i);
            LineDetermination lb = db.lines().get(i);
            String policy = Optional.ofNullable(lb.policyId()).orElse(Optional.ofNullable(la.policyId()).orElse("(no policy)"));
            if (la.outcome() != lb.outcome()) {
                changed = true;
                lines.computeIfAbsent(policy + " " + la.line().code() + ": " + la.outcome() + " -> " + lb.outcome(),
                        k -> new ArrayList<>()).add(key);
            }
            Map<String, String> sa = statuses(la);
            Map<String, String> sb = statuses(lb);
            for (Map.Entry<String, String> e : sb.entrySet()) {
                String before = sa.getOrDefault(e.getKey(), "ABSENT");
                if (!before.equals(e.getValue())) {
                    criteria.computeIfAbsent(policy + "/" + e.getKey() + ": " + before + " -> " + e.getValue(),
                            k -> new ArrayList<>()).add(key);
                }
            }
        }
        return changed;
    }

    private static Map<String, String> statuses(LineDetermination l) {
        Map<String, String> out = new LinkedHashMap<>();
        if (l.criteria() != null) {
            l.criteria().flatten().forEach((CriterionResult c) -> out.put(c.id(), c.status().name()));
        }
        return out;
    }

    private Map<String, Change> summarise(Map<String, List<String>> raw) {
        Map<String, Change> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, new Change(v.size(), List.copyOf(v.subList(0, Math.min(examplesPerChange, v.size()))))));
        return out;
    }
}
