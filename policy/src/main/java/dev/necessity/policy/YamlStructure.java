package dev.necessity.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks a composed YAML node graph for what SnakeYAML's composer lets through but a knowledge file
 * must not hold: a key written twice in one mapping (the later one silently won), a key that is a
 * list or mapping (silently dropped), and an alias that refers to a node containing it (a cycle that
 * would recurse without end). SnakeYAML's own duplicate-key check runs only when objects are
 * constructed, which the knowledge base never does.
 */
final class YamlStructure {
    private final String file;
    private final List<PolicyProblem> problems = new ArrayList<>();
    private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlStructure(String file) {
        this.file = file;
    }

    /** Every structural problem of {@code root}, in document order. */
    static List<PolicyProblem> problems(String file, Node root) {
        YamlStructure structure = new YamlStructure(file);
        structure.visit(root);
        return structure.problems;
    }

    private void visit(Node node) {
        if (ancestors.contains(node)) {
            problems.add(new PolicyProblem(position(node.getStartMark()), "NEC-KB-003",
                    "an alias refers to a list or mapping that contains it; knowledge files cannot be recursive"));
            return;
        }
        if (!checked.add(node)) {
            return; // an alias to a node already checked where it was defined
        }
        ancestors.add(node);
        if (node instanceof MappingNode map) {
            checkKeys(map);
            map.getValue().forEach(tuple -> visit(tuple.getValueNode()));
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(this::visit);
        }
        ancestors.remove(node);
    }

    private void checkKeys(MappingNode map) {
        Map<String, Mark> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(new PolicyProblem(position(key.getStartMark()), "NEC-KB-003",
                        "a key must be plain text, not a list or mapping"));
                continue;
            }
            Mark first = seen.putIfAbsent(scalar.getValue(), key.getStartMark());
            if (first != null) {
                problems.add(new PolicyProblem(position(key.getStartMark()), "NEC-KB-003", "duplicate key '"
                        + scalar.getValue() + "' (first at line " + (first.getLine() + 1) + ")"));
            }
        }
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
