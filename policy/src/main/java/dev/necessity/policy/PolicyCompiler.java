package dev.necessity.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns policy files as written into the policies the reader builds: named criteria expanded
 * ({@link Definitions}), an extending policy's base patched ({@link Patches}), parameters filled in
 * ({@link Parameters}). Each file is checked against the schema as written, and a compiled result that
 * differs from it is checked again, so an overlay's merged policy is validated like any other and every
 * problem points at the file and line where the offending part was written.
 */
final class PolicyCompiler {
    /** A parsed policy file and the index of its knowledge directory (0 is the built-in one). */
    record Source(YamlTree doc, int root) {
        String id() {
            return doc.get("id").map(YamlTree::text).orElse(null);
        }

        String version() {
            return doc.get("version").map(YamlTree::text).orElse(null);
        }
    }

    /** A policy with its definitions expanded and its base patched, before its parameters are filled in. */
    private record Expanded(YamlTree tree, Parameters parameters, Map<String, YamlTree> definitions, String name) {
    }

    private static final Set<String> SOURCE_ONLY = Set.of("parameters", "definitions", "extends", "patches");
    /** What an extending policy says for itself; everything else is its base's, changed only by patches. */
    private static final Set<String> OWN = Set.of("id", "version", "effective", "title", "description", "replaces", "codes");
    private static final List<String> PATCHED = List.of("criteria", "exclusions", "discordances", "alternatives", "pitfalls");

    private final List<Source> sources;
    private final List<Definitions> shared;
    private final PolicySchema schema;
    private final List<PolicyProblem> problems;
    private final YamlEdit edit = new YamlEdit();
    private final Map<Source, Boolean> valid = new IdentityHashMap<>();
    private final Map<Source, Optional<Expanded>> expanded = new IdentityHashMap<>();

    /** {@code shared} holds, per knowledge directory, the shared definitions it and the ones before it make. */
    PolicyCompiler(List<Source> sources, List<Definitions> shared, PolicySchema schema, List<PolicyProblem> problems) {
        this.sources = List.copyOf(sources);
        this.shared = List.copyOf(shared);
        this.schema = schema;
        this.problems = problems;
    }

    /** The policy {@code source} compiles to, or empty when it (or its base) has a problem. */
    Optional<YamlTree> compile(Source source) {
        int before = problems.size();
        Optional<Expanded> e = expanded(source, new ArrayDeque<>());
        if (e.isEmpty()) {
            return Optional.empty();
        }
        YamlTree tree = e.get().parameters().substitute(e.get().tree(), edit, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (tree != source.doc()) {
            List<PolicyProblem> merged = schema.validate(tree);
            if (!merged.isEmpty()) {
                problems.addAll(merged);
                return Optional.empty();
            }
        }
        return Optional.of(tree);
    }

    private boolean valid(Source s) {
        return valid.computeIfAbsent(s, x -> {
            int before = problems.size();
            Set<String> names = new LinkedHashSet<>(Parameters.declaredIn(s.doc()).names());
            s.doc().get("patches").ifPresent(p -> p.items().forEach(i -> i.get("set").ifPresent(v -> names.addAll(v.entries().keySet()))));
            Parameters.unquoted(s.doc(), names, problems);
            if (problems.size() == before) {
                problems.addAll(schema.validate(s.doc()));
            }
            return problems.size() == before;
        });
    }

    private Optional<Expanded> expanded(Source s, Deque<Source> chain) {
        Optional<Expanded> done = expanded.get(s);
        if (done != null) {
            return done;
        }
        int before = problems.size();
        Optional<Expanded> out = valid(s) ? build(s, chain) : Optional.empty();
        if (problems.size() > before) {
            out = Optional.empty();
        }
        expanded.put(s, out);
        return out;
    }

    private Optional<Expanded> build(Source s, Deque<Source> chain) {
        YamlTree doc = s.doc();
        String name = s.id() + "@" + s.version();
        Optional<YamlTree> extendsBase = doc.get("extends");
        if (extendsBase.isEmpty()) {
            doc.keyPosition("patches").ifPresent(at -> problems.add(new PolicyProblem(at, "NEC-KB-072",
                    "malformed patch: patches change a base policy; name it with 'extends: id@version'")));
            Map<String, YamlTree> own = Definitions.declaredIn(doc);
            Definitions definitions = new Definitions(own, shared.get(s.root()), doc.file());
            YamlTree tree = definitions.expandDocument(withoutSourceKeys(doc), edit, problems);
            return Optional.of(new Expanded(tree, Parameters.declaredIn(doc), own, name));
        }
        for (String key : PATCHED) {
            doc.keyPosition(key).ifPresent(at -> problems.add(new PolicyProblem(at, "NEC-KB-072", "malformed patch: a policy that "
                    + "extends another changes its " + key + " with patches, not by writing them out")));
        }
        Optional<Source> baseSource = base(s, extendsBase.get());
        if (baseSource.isEmpty()) {
            return Optional.empty();
        }
        if (chain.contains(baseSource.get()) || baseSource.get() == s) {
            List<String> cycle = new ArrayList<>(chain.stream().map(c -> c.id() + "@" + c.version()).toList());
            java.util.Collections.reverse(cycle);
            cycle.add(name);
            cycle.add(extendsBase.get().text());
            problems.add(new PolicyProblem(extendsBase.get().position(), "NEC-KB-070", "extends forms a cycle: " + String.join(" -> ", cycle)));
            return Optional.empty();
        }
        chain.push(s);
        Optional<Expanded> base = expanded(baseSource.get(), chain);
        chain.pop();
        return base.flatMap(b -> extend(s, b, name));
    }

    private Optional<Expanded> extend(Source s, Expanded base, String name) {
        int before = problems.size();
        YamlTree doc = s.doc();
        Map<String, YamlTree> own = new LinkedHashMap<>(base.definitions());
        Definitions.declaredIn(doc).forEach((definition, body) -> {
            if (own.containsKey(definition)) {
                problems.add(new PolicyProblem(doc.get("definitions").flatMap(d -> d.keyPosition(definition)).orElse(body.position()),
                        "NEC-KB-074", "definition '" + definition + "' is already defined by " + base.name()));
            }
            own.put(definition, body);
        });
        Map<String, YamlTree> added = new LinkedHashMap<>();
        Parameters.declaredIn(doc).names().forEach(p -> {
            YamlTree declared = doc.get("parameters").orElseThrow();
            if (base.parameters().declares(p)) {
                problems.add(new PolicyProblem(declared.keyPosition(p).orElse(declared.position()), "NEC-KB-073", "'" + p
                        + "' is already a parameter of " + base.name() + "; change it with a set patch"));
            }
            added.put(p, declared.get(p).orElseThrow());
        });
        Map<String, Map.Entry<ScalarNode, YamlTree>> fields = new LinkedHashMap<>();
        base.tree().fields().forEach(f -> fields.put(f.getKey().getValue(), f));
        doc.fields().stream().filter(f -> OWN.contains(f.getKey().getValue())).forEach(f -> fields.put(f.getKey().getValue(), f));
        YamlTree merged = edit.mapping(doc, List.copyOf(fields.values()));
        Definitions definitions = new Definitions(own, shared.get(s.root()), doc.file());
        Patches.Result patched = doc.get("patches")
                .map(p -> new Patches(edit, definitions, problems, base.name()).apply(merged, base.parameters().with(added), p))
                .orElse(new Patches.Result(merged, base.parameters().with(added)));
        if (problems.size() > before) {
            return Optional.empty();
        }
        YamlTree tree = definitions.expandDocument(patched.tree(), edit, problems);
        return Optional.of(new Expanded(tree, patched.parameters(), own, name));
    }

    /** The policy {@code extends} names, loaded from this knowledge directory or an earlier one; empty after a problem. */
    private Optional<Source> base(Source s, YamlTree extendsBase) {
        String text = extendsBase.text();
        int at = text.lastIndexOf('@');
        String id = text.substring(0, at);
        String version = text.substring(at + 1);
        Source found = null;
        for (Source c : sources) {
            if (c != s && c.root() <= s.root() && id.equals(c.id()) && version.equals(c.version())) {
                found = c;
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        List<String> versions = sources.stream().filter(c -> c != s && c.root() <= s.root() && id.equals(c.id()))
                .map(c -> c.id() + "@" + c.version()).distinct().toList();
        Set<String> ids = new LinkedHashSet<>();
        sources.stream().filter(c -> c != s && c.root() <= s.root()).forEach(c -> ids.add(c.id()));
        problems.add(new PolicyProblem(extendsBase.position(), "NEC-KB-070", "extends " + text + ", but no policy with that id and version "
                + "is loaded before it" + (versions.isEmpty() ? Suggestion.didYouMean(id, ids)
                : " (loaded: " + String.join(", ", versions) + ")")));
        return Optional.empty();
    }

    private YamlTree withoutSourceKeys(YamlTree doc) {
        List<Map.Entry<ScalarNode, YamlTree>> fields = doc.fields().stream().filter(f -> !SOURCE_ONLY.contains(f.getKey().getValue())).toList();
        return fields.size() == doc.fields().size() ? doc : edit.mapping(doc, fields);
    }
}
