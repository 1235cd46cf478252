package dev.necessity.report;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.policy.CitationRef;
import dev.necessity.policy.Source;
import dev.necessity.policy.SourceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers the sources a determination cites, in order of first appearance (lines, then
 * discordances, alternatives, steps, pitfalls), so every renderer uses the same [n] and every
 * number resolves to the reference list.
 */
public final class CitationIndex {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> grades = new LinkedHashMap<>();
    private final SourceCatalog catalog;

    public CitationIndex(Determination d, SourceCatalog catalog) {
        this.catalog = catalog;
        for (LineDetermination line : d.lines()) {
            if (line.criteria() != null) {
                line.criteria().flatten().forEach(c -> register(c.citations()));
                line.criteria().flatten().flatMap(c -> c.waivers().stream()).forEach(w -> register(w.citations()));
            }
            line.exclusions().forEach(e -> register(e.citations()));
        }
        for (List<Guidance> group : List.of(d.discordances(), d.alternatives(), d.reconsideration(), d.pitfalls())) {
            group.forEach(g -> register(g.citations()));
        }
    }

    private void register(List<CitationRef> refs) {
        for (CitationRef r : refs) {
            if (catalog.find(r.sourceId()).isEmpty()) {
                throw new IllegalStateException("citation of unknown source " + r.sourceId());
            }
            numbers.putIfAbsent(r.sourceId(), numbers.size() + 1);
            if (r.grade() != null) {
                grades.putIfAbsent(r.sourceId(), r.grade());
            }
        }
    }

    public List<Integer> numbers(List<CitationRef> refs) {
        return refs.stream().map(r -> numbers.get(r.sourceId())).distinct().sorted().toList();
    }

    /** "[1, 2]" with a grade where the cited source states one for that recommendation: "[2 (grade B)]". */
    public String inline(List<CitationRef> refs) {
        if (refs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        refs.stream().collect(Collectors.toMap(CitationRef::sourceId, r -> r, (a, b) -> a.grade() != null ? a : b, LinkedHashMap::new))
                .values().stream().sorted((a, b) -> numbers.get(a.sourceId()) - numbers.get(b.sourceId()))
                .forEach(r -> parts.add(numbers.get(r.sourceId()) + (r.grade() == null ? "" : " (grade " + r.grade() + ")")));
        return "[" + String.join(", ", parts) + "]";
    }

    /** The reference list in number order. */
    public List<Reference> references() {
        List<Reference> out = new ArrayList<>();
        numbers.forEach((id, n) -> out.add(new Reference(n, catalog.find(id).orElseThrow(), grades.get(id))));
        return out;
    }

    public record Reference(int number, Source source, String grade) {
    }

}
