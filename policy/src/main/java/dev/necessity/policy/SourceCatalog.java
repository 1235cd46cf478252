package dev.necessity.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every citable source by id; a policy may cite only what is here. */
public record SourceCatalog(Map<String, Source> sources) {
    public SourceCatalog {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Reads {@code sources.yaml}; problems are added to {@code problems}. */
    public static SourceCatalog read(YamlTree doc, List<PolicyProblem> problems) {
        Map<String, Source> out = new LinkedHashMap<>();
        Optional<YamlTree> list = doc.get("sources");
        if (list.isEmpty() || !list.get().isList()) {
            problems.add(new PolicyProblem(doc.position(), "NEC-KB-020", "sources.yaml must have a 'sources' list"));
            return new SourceCatalog(out);
        }
        for (YamlTree s : list.get().items()) {
            String id = text(s, "id");
            String citation = text(s, "citation");
            if (id == null || citation == null) {
                problems.add(new PolicyProblem(s.position(), "NEC-KB-021", "a source needs 'id' and 'citation'"));
                continue;
            }
            if (out.containsKey(id)) {
                problems.add(new PolicyProblem(s.position(), "NEC-KB-022", "duplicate source id '" + id + "'"));
                continue;
            }
            out.put(id, new Source(id, citation, text(s, "title"), text(s, "publisher"), year(s, problems),
                    text(s, "section"), text(s, "doi"), text(s, "url"), "true".equals(text(s, "verified")),
                    text(s, "confirmed"), text(s, "unverified"), grades(s), s.position()));
        }
        return new SourceCatalog(out);
    }

    private static Integer year(YamlTree s, List<PolicyProblem> problems) {
        String y = text(s, "year");
        if (y == null) {
            return null;
        }
        try {
            return Integer.parseInt(y.trim());
        } catch (NumberFormatException e) {
            problems.add(new PolicyProblem(s.get("year").get().position(), "NEC-KB-023", "year '" + y + "' is not a number"));
            return null;
        }
    }

    private static List<Source.GradedTopic> grades(YamlTree s) {
        List<Source.GradedTopic> out = new ArrayList<>();
        s.get("grades").ifPresent(g -> g.items().forEach(i -> out.add(new Source.GradedTopic(text(i, "topic"), text(i, "grade")))));
        return out;
    }

    private static String text(YamlTree t, String key) {
        return t.get(key).map(YamlTree::text).orElse(null);
    }
}
