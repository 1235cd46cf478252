package dev.necessity.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named criteria, written once and used by reference: {@code {id: x, use: name}} is the definition's
 * keys with the node's own written over them (the node gives at least its id; it may give its own
 * title, citations or anything else). A policy sees its own {@code definitions}, then those of the
 * policy it extends, then the {@code definitions.yaml} of its knowledge directory and the ones before
 * it. Parameters in a definition ({@code {minWeeks}}) are the using policy's: a definition is expanded
 * first and its placeholders filled in afterwards, as if it had been written where it is used.
 */
final class Definitions {
    /**
     * Most criterion nodes one expansion may produce: definitions that use each other twice over would otherwise
     * grow a tree exponentially from a few lines (the shipped policies have under 100 nodes).
     */
    static final int MAX_NODES = 5_000;
    private final Map<String, YamlTree> own;
    private final Definitions outer;
    private final String scope;
    private int nodes;
    /** The node an expansion began at, where a tree grown past {@link #MAX_NODES} is reported. */
    private YamlTree expanding;

    /** {@code own} (name to node fragment) seen before {@code outer}; {@code scope} says whose they are, in messages. */
    Definitions(Map<String, YamlTree> own, Definitions outer, String scope) {
        this.own = Map.copyOf(own);
        this.outer = outer;
        this.scope = scope;
    }

    static Definitions none() {
        return new Definitions(Map.of(), null, "");
    }

    /** The {@code definitions} mapping of a policy or shared file, by name. */
    static Map<String, YamlTree> declaredIn(YamlTree doc) {
        Map<String, YamlTree> out = new LinkedHashMap<>();
        doc.get("definitions").ifPresent(d -> out.putAll(d.entries()));
        return out;
    }

    Optional<YamlTree> find(String name) {
        YamlTree t = own.get(name);
        return t != null ? Optional.of(t) : outer == null ? Optional.empty() : outer.find(name);
    }

    Map<String, YamlTree> own() {
        return own;
    }

    private Set<String> names() {
        Set<String> out = new LinkedHashSet<>(own.keySet());
        if (outer != null) {
            out.addAll(outer.names());
        }
        return out;
    }

    /** Expands every {@code use} in a policy document; problems are added, and the node left as written. */
    YamlTree expandDocument(YamlTree doc, YamlEdit edit, List<PolicyProblem> problems) {
        nodes = 0;
        YamlTree out = doc;
        for (List<Object> root : PolicyNodes.rootPaths(doc)) {
            YamlTree node = out.at(root).orElseThrow();
            expanding = node;
            YamlTree expanded = expand(node, edit, problems, new ArrayDeque<>());
            if (expanded != node) {
                out = edit.at(out, root, n -> Optional.of(expanded));
            }
        }
        return out;
    }

    /** {@code node} and every node below it with each {@code use} expanded. */
    YamlTree expandNode(YamlTree node, YamlEdit edit, List<PolicyProblem> problems) {
        nodes = 0;
        expanding = node;
        return expand(node, edit, problems, new ArrayDeque<>());
    }

    private YamlTree expand(YamlTree node, YamlEdit edit, List<PolicyProblem> problems, Deque<String> using) {
        if (++nodes > MAX_NODES) {
            if (nodes == MAX_NODES + 1) {
                problems.add(new PolicyProblem(expanding.position(), "NEC-KB-004", "named criteria expand to more than " + MAX_NODES
                        + " criterion nodes, the limit for a policy"));
            }
            return node;
        }
        YamlTree n = node;
        Optional<YamlTree> use = n.get("use");
        if (use.isPresent()) {
            Optional<YamlTree> merged = merge(n, use.get(), edit, problems, using);
            if (merged.isEmpty()) {
                return n;
            }
            n = merged.get();
        }
        for (List<Object> child : PolicyNodes.childPaths(n)) {
            YamlTree c = n.at(child).orElseThrow();
            YamlTree e = expand(c, edit, problems, using);
            if (e != c) {
                n = edit.at(n, child, x -> Optional.of(e));
            }
        }
        return n;
    }

    /** The definition's keys with the using node's written over them; empty after a problem. */
    private Optional<YamlTree> merge(YamlTree node, YamlTree use, YamlEdit edit, List<PolicyProblem> problems, Deque<String> using) {
        String name = use.text();
        Optional<YamlTree> definition = name == null ? Optional.empty() : find(name);
        if (definition.isEmpty()) {
            problems.add(new PolicyProblem(use.position(), "NEC-KB-074", "uses '" + name + "', which is not defined"
                    + Suggestion.didYouMean(String.valueOf(name), names())));
            return Optional.empty();
        }
        if (using.contains(name)) {
            List<String> cycle = new ArrayList<>(using);
            java.util.Collections.reverse(cycle);
            cycle.add(name);
            problems.add(new PolicyProblem(use.position(), "NEC-KB-074", "definition '" + name + "' uses itself ("
                    + String.join(" -> ", cycle.subList(cycle.indexOf(name), cycle.size())) + ")"));
            return Optional.empty();
        }
        using.push(name);
        YamlTree body = definition.get();
        // The definition may itself use another: expand its own root first (its children are expanded with the node's).
        Optional<YamlTree> inner = body.get("use").isPresent() ? merge(body, body.get("use").get(), edit, problems, using)
                : Optional.of(body);
        using.pop();
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map.Entry<org.yaml.snakeyaml.nodes.ScalarNode, YamlTree>> fields = new LinkedHashMap<>();
        inner.get().fields().forEach(f -> fields.put(f.getKey().getValue(), f));
        node.fields().stream().filter(f -> !f.getKey().getValue().equals("use")).forEach(f -> fields.put(f.getKey().getValue(), f));
        return Optional.of(edit.mapping(node, List.copyOf(fields.values())));
    }

    /**
     * Shared definitions of one knowledge directory on top of the earlier ones. A name an earlier directory defines
     * too is this directory's for its own policies; the earlier directory's policies keep the earlier definition, so
     * an overlay never changes a policy it does not itself hold.
     */
    static Definitions shared(YamlTree file, Definitions earlier, List<PolicyProblem> problems) {
        Map<String, YamlTree> own = new LinkedHashMap<>();
        boolean wellFormed = file.isMap() && file.entries().keySet().equals(Set.of("definitions"))
                && file.get("definitions").get().isMap();
        if (!wellFormed) {
            problems.add(new PolicyProblem(file.position(), "NEC-KB-074",
                    "a definitions file holds one mapping, 'definitions', of names to criterion nodes"));
            return earlier;
        }
        file.get("definitions").get().fields().forEach(f -> {
            if (f.getValue().isMap()) {
                own.put(f.getKey().getValue(), f.getValue());
            } else {
                problems.add(new PolicyProblem(f.getValue().position(), "NEC-KB-074", "definition '" + f.getKey().getValue()
                        + "' must be a criterion node (a mapping)"));
            }
        });
        return new Definitions(own, earlier, file.file());
    }
}
