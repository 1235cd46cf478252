package dev.necessity.policy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds new YAML trees out of parts of others without changing any of them (a base policy stays as
 * it was while an overlay is compiled from it), recording for every part placed which file it was
 * written in, so a problem in a compiled policy still points at the line a person wrote: in the
 * overlay, in its base, or in a shared definition.
 */
final class YamlEdit {
    private final Map<Node, String> origins = new IdentityHashMap<>();

    /** {@code tree} as part of trees built here: its descendants keep its file. */
    YamlTree adopt(YamlTree tree) {
        origins.put(tree.node(), tree.file());
        return new YamlTree(tree.file(), tree.node(), origins);
    }

    /** A mapping written where {@code like} was, holding {@code fields} (key nodes and values, from any file). */
    YamlTree mapping(YamlTree like, List<Map.Entry<ScalarNode, YamlTree>> fields) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (Map.Entry<ScalarNode, YamlTree> f : fields) {
            tuples.add(new NodeTuple(f.getKey(), adopt(f.getValue()).node()));
        }
        Node n = like.node();
        MappingNode map = new MappingNode(Tag.MAP, true, tuples, n.getStartMark(), n.getEndMark(),
                n instanceof MappingNode m ? m.getFlowStyle() : org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        return place(like.file(), map);
    }

    /** A list written where {@code like} was, holding {@code items}. */
    YamlTree sequence(YamlTree like, List<YamlTree> items) {
        List<Node> nodes = items.stream().map(i -> adopt(i).node()).toList();
        Node n = like.node();
        SequenceNode seq = new SequenceNode(Tag.SEQ, true, new ArrayList<>(nodes), n.getStartMark(), n.getEndMark(),
                n instanceof SequenceNode s ? s.getFlowStyle() : org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        return place(like.file(), seq);
    }

    /** A scalar with {@code value} of {@code tag}, reported at {@code at}. */
    YamlTree scalar(YamlTree at, Tag tag, String value) {
        Node n = at.node();
        return place(at.file(), new ScalarNode(tag, true, value, n.getStartMark(), n.getEndMark(),
                n instanceof ScalarNode s ? s.getScalarStyle() : org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN));
    }

    /** {@code map} with the value of {@code key} changed by {@code change} (empty: the key removed). */
    YamlTree withField(YamlTree map, String key, Function<YamlTree, Optional<YamlTree>> change) {
        List<Map.Entry<ScalarNode, YamlTree>> fields = new ArrayList<>();
        for (Map.Entry<ScalarNode, YamlTree> f : map.fields()) {
            if (f.getKey().getValue().equals(key)) {
                change.apply(f.getValue()).ifPresent(v -> fields.add(Map.entry(f.getKey(), v)));
            } else {
                fields.add(f);
            }
        }
        return mapping(map, fields);
    }

    /**
     * {@code root} with the node at {@code path} (names and list indices) changed by {@code change}; empty removes it
     * from its mapping or list. Every node on the path is copied, nothing else.
     */
    YamlTree at(YamlTree root, List<Object> path, Function<YamlTree, Optional<YamlTree>> change) {
        if (path.isEmpty()) {
            return change.apply(root).orElseThrow(() -> new IllegalArgumentException("cannot remove the root"));
        }
        Object step = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (step instanceof Integer index) {
            List<YamlTree> items = new ArrayList<>(root.items());
            if (rest.isEmpty()) {
                Optional<YamlTree> changed = change.apply(items.get(index));
                if (changed.isPresent()) {
                    items.set(index, changed.get());
                } else {
                    items.remove((int) index);
                }
            } else {
                items.set(index, at(items.get(index), rest, change));
            }
            return sequence(root, items);
        }
        return withField(root, (String) step, v -> rest.isEmpty() ? change.apply(v) : Optional.of(at(v, rest, change)));
    }

    private YamlTree place(String file, Node node) {
        origins.put(node, file);
        return new YamlTree(file, node, origins);
    }
}
