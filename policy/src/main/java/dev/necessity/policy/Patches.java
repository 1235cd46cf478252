package dev.necessity.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Applies an extending policy's {@code patches}, in order, to its base. Each patch does one thing:
 * <ul>
 *   <li>{@code set: {name: value}} changes parameters the base declares;</li>
 *   <li>{@code replace: id, with: node} puts a node (or discordance, alternative, pitfall) in the place of the one with that id;</li>
 *   <li>{@code remove: id} takes one out;</li>
 *   <li>{@code add: node, to: id} adds a route (a child) to an {@code any}, {@code all} or {@code atLeast} node;</li>
 *   <li>{@code update: id, with: {key: value}} writes keys over the element's own (a title, a remediation); a key
 *       set to null is removed.</li>
 * </ul>
 * Problems: {@code NEC-KB-071} an id that addresses nothing, or more than one element; {@code NEC-KB-072} a
 * malformed patch; {@code NEC-KB-073} a parameter the base does not declare.
 */
final class Patches {
    private static final Set<String> OPERATIONS = Set.of("set", "replace", "remove", "add", "update");
    private final YamlEdit edit;
    private final Definitions definitions;
    private final List<PolicyProblem> problems;
    private final String base;

    /** {@code base} names the policy patched ("lumbar-fusion@2026.11.2"), in messages. */
    Patches(YamlEdit edit, Definitions definitions, List<PolicyProblem> problems, String base) {
        this.edit = edit;
        this.definitions = definitions;
        this.problems = problems;
        this.base = base;
    }

    /** The patched tree and parameters. */
    record Result(YamlTree tree, Parameters parameters) {
    }

    Result apply(YamlTree tree, Parameters parameters, YamlTree patches) {
        Result r = new Result(tree, parameters);
        for (YamlTree patch : patches.items()) {
            r = applyOne(r, patch);
        }
        return r;
    }

    private Result applyOne(Result r, YamlTree patch) {
        List<String> ops = patch.entries().keySet().stream().filter(OPERATIONS::contains).toList();
        if (ops.size() != 1) {
            return malformed(r, patch, ops.isEmpty() ? "a patch says what it does: set, replace, remove, add or update"
                    : "a patch does one thing, and this one says " + String.join(" and ", ops) + ": write each as its own patch");
        }
        String op = ops.get(0);
        boolean needsWith = op.equals("replace") || op.equals("update");
        if (needsWith != patch.get("with").isPresent()) {
            return malformed(r, patch, needsWith ? op + " needs 'with': what to put in its place" : "'with' belongs to replace or update, not " + op);
        }
        if (op.equals("add") != patch.get("to").isPresent()) {
            return malformed(r, patch, op.equals("add") ? "add needs 'to': the id of the any, all or atLeast node the route joins"
                    : "'to' belongs to add, not " + op);
        }
        return switch (op) {
            case "set" -> set(r, patch.get("set").get());
            case "replace" -> target(r, patch.get("replace").get()).map(e -> replace(r, e, patch.get("with").get())).orElse(r);
            case "remove" -> target(r, patch.get("remove").get()).map(e -> remove(r, e, patch)).orElse(r);
            case "add" -> target(r, patch.get("to").get()).map(e -> add(r, e, patch)).orElse(r);
            default -> target(r, patch.get("update").get()).map(e -> update(r, e, patch.get("with").get())).orElse(r);
        };
    }

    private Result set(Result r, YamlTree values) {
        Map<String, YamlTree> changed = new LinkedHashMap<>();
        values.entries().forEach((name, value) -> {
            if (r.parameters().declares(name)) {
                changed.put(name, value);
            } else {
                problems.add(new PolicyProblem(values.keyPosition(name).orElse(value.position()), "NEC-KB-073", "sets '" + name + "', which "
                        + base + " does not declare as a parameter" + (r.parameters().names().isEmpty() ? " (it declares none)"
                        : Suggestion.didYouMean(name, r.parameters().names()) + " (its parameters: " + String.join(", ", r.parameters().names()) + ")")));
            }
        });
        return new Result(r.tree(), r.parameters().with(changed));
    }

    /** The one element with the id {@code address} names, or empty after a problem. */
    private Optional<PolicyNodes.Element> target(Result r, YamlTree address) {
        String id = address.text();
        Map<String, List<PolicyNodes.Element>> elements = PolicyNodes.elements(r.tree());
        List<PolicyNodes.Element> found = elements.getOrDefault(id, List.of());
        if (found.isEmpty()) {
            problems.add(new PolicyProblem(address.position(), "NEC-KB-071", "no criterion, discordance, alternative or pitfall '" + id
                    + "' in " + base + Suggestion.didYouMean(String.valueOf(id), elements.keySet())));
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.add(new PolicyProblem(address.position(), "NEC-KB-071", "'" + id + "' names " + found.size() + " elements of " + base
                    + " (a criterion and a note share it); a patch must address one"));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private Result replace(Result r, PolicyNodes.Element target, YamlTree with) {
        YamlTree node = target.kind() == PolicyNodes.Kind.NODE ? definitions.expandNode(with, edit, problems) : with;
        return new Result(edit.at(r.tree(), target.path(), old -> Optional.of(node)), r.parameters());
    }

    private Result remove(Result r, PolicyNodes.Element target, YamlTree patch) {
        List<Object> path = target.path();
        Object last = path.get(path.size() - 1);
        if (!(last instanceof Integer) && !last.equals("appliesWhen") && !last.equals("when")) {
            return malformed(r, patch, "'" + target.id() + "' is " + (path.size() == 1 ? "the policy's criteria" : "the only child of its '" + last + "'")
                    + " and cannot be removed; replace it instead");
        }
        Object list = path.size() >= 2 ? path.get(path.size() - 2) : null;
        if (last instanceof Integer && Set.of("all", "any", "of").contains(list)
                && r.tree().at(path.subList(0, path.size() - 1)).orElseThrow().items().size() == 1) {
            return malformed(r, patch, "removing '" + target.id() + "' would leave its '" + list
                    + "' with no children; replace the node above it instead");
        }
        return new Result(edit.at(r.tree(), path, old -> Optional.empty()), r.parameters());
    }

    private Result add(Result r, PolicyNodes.Element target, YamlTree patch) {
        YamlTree node = target.tree();
        List<Object> list = node.get("any").isPresent() ? List.of("any") : node.get("all").isPresent() ? List.of("all")
                : node.get("atLeast").isPresent() ? List.of("atLeast", "of") : null;
        if (target.kind() != PolicyNodes.Kind.NODE || list == null) {
            return malformed(r, patch, "'" + target.id() + "' is not an any, all or atLeast node, so a route cannot be added to it");
        }
        YamlTree route = definitions.expandNode(patch.get("add").get(), edit, problems);
        YamlTree children = node.at(list).orElseThrow();
        List<YamlTree> items = new ArrayList<>(children.items());
        items.add(route);
        YamlTree grown = edit.sequence(children, items);
        return new Result(edit.at(r.tree(), PolicyNodes.concat(target.path(), list), old -> Optional.of(grown)), r.parameters());
    }

    private Result update(Result r, PolicyNodes.Element target, YamlTree with) {
        if (!with.isMap()) {
            return malformed(r, with, "update's 'with' is a mapping of the keys to write over the element's own");
        }
        if (with.get("use").isPresent()) {
            return malformed(r, with, "update cannot use a definition; replace the node with one that does");
        }
        Map<String, Map.Entry<ScalarNode, YamlTree>> fields = new LinkedHashMap<>();
        target.tree().fields().forEach(f -> fields.put(f.getKey().getValue(), f));
        with.fields().forEach(f -> {
            if (f.getValue().isScalar() && f.getValue().text() == null) {
                fields.remove(f.getKey().getValue());
            } else {
                fields.put(f.getKey().getValue(), f);
            }
        });
        YamlTree updated = edit.mapping(target.tree(), List.copyOf(fields.values()));
        YamlTree expanded = target.kind() == PolicyNodes.Kind.NODE ? definitions.expandNode(updated, edit, problems) : updated;
        return new Result(edit.at(r.tree(), target.path(), old -> Optional.of(expanded)), r.parameters());
    }

    private Result malformed(Result r, YamlTree at, String why) {
        problems.add(new PolicyProblem(at.position(), "NEC-KB-072", "malformed patch: " + why));
        return r;
    }
}
