package dev.necessity.policy;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Policy} from a schema-valid YAML tree and checks what a schema cannot: finding
 * types, attributes and values against the finding model ({@link FindingTestCheck}), cited sources,
 * unique node ids. Every problem keeps its file:line:col.
 */
final class PolicyReader {
    private final SourceCatalog sources;
    private final List<PolicyProblem> problems;
    private final FindingTestCheck vocabulary;
    private final Set<String> nodeIds = new HashSet<>();

    PolicyReader(SourceCatalog sources, FindingModel model, List<PolicyProblem> problems) {
        this.sources = sources;
        this.problems = problems;
        this.vocabulary = new FindingTestCheck(model, problems);
    }

    Optional<Policy> read(YamlTree doc) {
        int before = problems.size();
        String id = text(doc, "id");
        LocalDate effective = date(doc.get("effective"));
        YamlTree codes = doc.get("codes").orElse(doc);
        List<Policy.CodeEntry> primary = new ArrayList<>();
        codes.get("primary").ifPresent(l -> l.items().forEach(c -> primary.add(new Policy.CodeEntry(text(c, "code"), text(c, "description")))));
        List<Policy.AddOnCode> addOns = new ArrayList<>();
        codes.get("addOns").ifPresent(l -> l.items().forEach(c -> addOns.add(new Policy.AddOnCode(
                text(c, "code"), text(c, "description"), strings(c.get("primaries"))))));
        if (primary.isEmpty() && addOns.isEmpty()) {
            problems.add(new PolicyProblem(codes.position(), "NEC-KB-030", "a policy must cover at least one code"));
        }
        Criterion criteria = doc.get("criteria").map(this::node).orElse(null);
        List<Criterion> exclusions = nodes(doc.get("exclusions"));
        List<Policy.DiscordanceRule> discordances = new ArrayList<>();
        doc.get("discordances").ifPresent(l -> l.items().forEach(d -> discordances.add(new Policy.DiscordanceRule(
                text(d, "id"), text(d, "title"), strings(d.get("diagnoses")), d.get("support").map(this::node).orElse(null),
                text(d, "text"), citations(d.get("citations"))))));
        List<Policy.PolicyNote> alternatives = notes(doc.get("alternatives"));
        List<Policy.PolicyNote> pitfalls = notes(doc.get("pitfalls"));
        if (problems.size() > before || criteria == null) {
            // A node's own test is read before its appliesWhen and waivers; report in the order of the file.
            problems.subList(before, problems.size()).sort(Comparator.comparingInt((PolicyProblem p) -> p.position().line())
                    .thenComparingInt(p -> p.position().column()));
            return Optional.empty();
        }
        List<String> replaces = doc.get("replaces").map(r -> r.isList() ? strings(Optional.of(r)) : List.of(r.text()))
                .orElse(List.of());
        return Optional.of(new Policy(id, text(doc, "version"), effective, text(doc, "title"), doc.file(), primary, addOns,
                criteria, exclusions, discordances, alternatives, pitfalls, doc.position(), replaces));
    }

    private List<Policy.PolicyNote> notes(Optional<YamlTree> list) {
        List<Policy.PolicyNote> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(n -> out.add(new Policy.PolicyNote(text(n, "id"), text(n, "text"),
                citations(n.get("citations")), n.get("when").map(this::node).orElse(null)))));
        return out;
    }

    private List<Criterion> nodes(Optional<YamlTree> list) {
        List<Criterion> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(n -> out.add(node(n))));
        return out;
    }

    private Criterion node(YamlTree n) {
        String id = text(n, "id");
        if (id != null && !nodeIds.add(id)) {
            problems.add(new PolicyProblem(n.get("id").get().position(), "NEC-KB-031", "duplicate criterion id '" + id + "'"));
        }
        Composition composition = composition(n);
        return new Criterion(id == null ? "?" : id, text(n, "title"), composition, citations(n.get("citations")),
                text(n, "remediation"), text(n, "settledBy"), text(n, "deficiency"), "true".equals(text(n, "showRoutes")),
                nodes(n.get("waivers")),
                n.get("appliesWhen").map(this::node).orElse(null), n.position());
    }

    private Composition composition(YamlTree n) {
        if (n.get("all").isPresent()) return new Composition.AllOf(nodes(n.get("all")));
        if (n.get("any").isPresent()) return new Composition.AnyOf(nodes(n.get("any")));
        if (n.get("not").isPresent()) {
            YamlTree not = n.get("not").get();
            // An unnamed test under not is the test of documented absence, reported as this one node.
            return not.get("id").isPresent() ? new Composition.Not(node(not))
                    : new Composition.Leaf(findingTest(not.get("finding").orElseThrow(), true));
        }
        if (n.get("atLeast").isPresent()) {
            YamlTree a = n.get("atLeast").get();
            List<Criterion> of = nodes(a.get("of"));
            int k = integer(a.get("n")).orElse(1);
            if (k > of.size()) {
                problems.add(new PolicyProblem(a.position(), "NEC-KB-032", "atLeast n=" + k + " exceeds its " + of.size() + " children"));
                k = Math.max(1, of.size());
            }
            return new Composition.AtLeast(k, of);
        }
        if (n.get("finding").isPresent()) return new Composition.Leaf(findingTest(n.get("finding").get(), false));
        if (n.get("care").isPresent()) {
            YamlTree c = n.get("care").get();
            vocabulary.care(c);
            return new Composition.Leaf(new Predicate.CareDuration(strings(c.get("kinds")),
                    number(c.get("minWeeks")).orElse(0.0), integer(c.get("withinMonths")).orElse(null),
                    c.get("notToleratedWaives").map(YamlTree::text).map(Boolean::parseBoolean).orElse(false),
                    c.get("label").map(YamlTree::text).orElse(null)));
        }
        if (n.get("primaryLine").isPresent()) {
            return new Composition.Leaf(new Predicate.PrimaryLine(text(n.get("primaryLine").get(), "outcome")));
        }
        if (n.get("service").isPresent()) {
            return new Composition.Leaf(new Predicate.ServiceCoded(strings(n.get("service").get().get("codes"))));
        }
        if (n.get("diagnosis").isPresent()) {
            return new Composition.Leaf(new Predicate.DiagnosisCoded(strings(n.get("diagnosis").get().get("codes"))));
        }
        problems.add(new PolicyProblem(n.position(), "NEC-KB-033", "criterion has no operator or predicate"));
        return new Composition.AllOf(List.of());
    }

    private Predicate.FindingTest findingTest(YamlTree f, boolean absent) {
        String type = text(f, "type");
        vocabulary.finding(f);
        Map<String, List<String>> where = new LinkedHashMap<>();
        f.get("where").ifPresent(w -> w.entries().forEach((k, v) -> where.put(k, v.isList() ? strings(Optional.of(v)) : List.of(v.text()))));
        Map<String, List<String>> require = new LinkedHashMap<>();
        f.get("require").ifPresent(w -> w.entries().forEach((k, v) -> require.put(k, v.isList() ? strings(Optional.of(v)) : List.of(v.text()))));
        List<DocumentType> docs = new ArrayList<>();
        for (String d : strings(f.get("documents"))) {
            DocumentType.fromWire(d).ifPresent(docs::add);
        }
        Severity min = f.get("minSeverity").map(YamlTree::text).flatMap(Severity::fromWire).orElse(null);
        List<Predicate.Comparison> compare = new ArrayList<>();
        f.get("compare").ifPresent(l -> l.items().forEach(c -> compare.add(new Predicate.Comparison(text(c, "attr"), text(c, "op"),
                number(c.get("value")).orElse(null), number(c.get("weeksBeforeRequest")).orElse(null)))));
        Predicate.LevelScope levels = f.get("levels").map(YamlTree::text)
                .map(s -> Predicate.LevelScope.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(Predicate.LevelScope.IGNORE);
        Predicate.Silence silence = f.get("silence").map(YamlTree::text)
                .map(s -> Predicate.Silence.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(Predicate.Silence.NOT_DOCUMENTED);
        Predicate.Count count = f.get("count").map(c -> new Predicate.Count(integer(c.get("atLeast")).orElse(null),
                integer(c.get("atMost")).orElse(null))).orElse(null);
        boolean latest = f.get("latest").map(YamlTree::text).map(Boolean::parseBoolean).orElse(false);
        Predicate.SideScope side = f.get("side").map(YamlTree::text)
                .map(s -> Predicate.SideScope.valueOf(s.toUpperCase(Locale.ROOT))).orElse(Predicate.SideScope.ANY);
        return new Predicate.FindingTest(type, where, docs, integer(f.get("withinMonths")).orElse(null), levels, min,
                compare, absent, silence, count, require, latest, side, f.get("region").map(YamlTree::text).orElse(null));
    }

    private List<CitationRef> citations(Optional<YamlTree> list) {
        List<CitationRef> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(c -> {
            String source = text(c, "source");
            if (source != null && sources.find(source).isEmpty()) {
                problems.add(new PolicyProblem(c.get("source").get().position(), "NEC-KB-041",
                        "cites unknown source '" + source + "' (not in sources.yaml)"));
            }
            out.add(new CitationRef(source, text(c, "grade"), text(c, "section"), c.position()));
        }));
        return out;
    }

    private LocalDate date(Optional<YamlTree> t) {
        if (t.isEmpty() || t.get().text() == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.get().text());
        } catch (DateTimeParseException e) {
            problems.add(new PolicyProblem(t.get().position(), "NEC-KB-034", "'" + t.get().text() + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String text(YamlTree t, String key) {
        return t.get(key).map(YamlTree::text).orElse(null);
    }

    private static List<String> strings(Optional<YamlTree> list) {
        List<String> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(i -> {
            if (i.text() != null) out.add(i.text());
        }));
        return out;
    }

    private static Optional<Integer> integer(Optional<YamlTree> t) {
        return number(t).map(Double::intValue);
    }

    private static Optional<Double> number(Optional<YamlTree> t) {
        try {
            return t.map(YamlTree::text).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
