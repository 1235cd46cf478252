package dev.necessity.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers where it was written, so every problem can be reported as
 * {@code file:line:col}. Wraps SnakeYAML's composed node graph; plain data, no object construction.
 * A tree compiled from several files (an overlay patching its base, a criterion used from a shared
 * definition: {@link YamlEdit}) knows, node by node, which file each part was written in.
 */
public final class YamlTree {
    private final String file;
    private final Node node;
    /** The file of each node placed into a tree built from several files; a node not listed is its parent's. */
    private final Map<Node, String> origins;

    YamlTree(String file, Node node, Map<Node, String> origins) {
        this.file = file;
        this.node = node;
        this.origins = origins;
    }

    private YamlTree(String file, Node node) {
        this(file, node, null);
    }

    /** A child node, in the file it was written in. */
    private YamlTree child(Node child) {
        String from = origins == null ? null : origins.get(child);
        return new YamlTree(from == null ? file : from, child, origins);
    }

    Node node() {
        return node;
    }

    Map<Node, String> origins() {
        return origins;
    }

    /** The largest knowledge file, in characters (and in bytes, checked before reading): the largest shipped is 27 KB. */
    public static final int MAX_CODE_POINTS = 1024 * 1024;
    /** Deepest nesting of lists and mappings: the shipped policies reach 15. */
    public static final int MAX_NESTING_DEPTH = 50;
    /** Most aliases of lists or mappings per file, so a few lines cannot expand into billions of nodes. */
    public static final int MAX_ALIASES = 10;

    /**
     * Parses one YAML document into nodes (never into Java objects, so no tag can construct one).
     * A syntax error, a limit exceeded, a duplicate or non-text key, or a recursive alias becomes a
     * problem with the file and, where SnakeYAML knows it, the line and column.
     */
    public static YamlTree parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = m == null ? new SourcePosition(file, 1, 1)
                    : new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
            String why = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new KnowledgeException(List.of(new PolicyProblem(at, "NEC-KB-001", "invalid YAML: " + why)));
        } catch (YAMLException e) {
            throw new KnowledgeException(List.of(new PolicyProblem(new SourcePosition(file, 1, 1), "NEC-KB-004",
                    limitExceeded(e))));
        }
        if (root == null) {
            throw new KnowledgeException(List.of(new PolicyProblem(
                    new SourcePosition(file, 1, 1), "NEC-KB-001", "empty YAML document")));
        }
        List<PolicyProblem> problems = YamlStructure.problems(file, root);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new YamlTree(file, root);
    }

    /** SnakeYAML's unpositioned errors are its limits; say which in the project's words. */
    private static String limitExceeded(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases of lists or mappings, the limit for a knowledge file";
        }
        if (message.startsWith("Nesting Depth")) {
            return "lists and mappings nested more than " + MAX_NESTING_DEPTH + " deep, the limit for a knowledge file";
        }
        if (message.contains("exceeds the limit")) {
            return "longer than " + MAX_CODE_POINTS + " characters, the limit for a knowledge file";
        }
        return "invalid YAML: " + message.replaceAll("\\s+", " ").strip();
    }

    public SourcePosition position() {
        Mark m = node.getStartMark();
        return new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
    }

    public String file() {
        return file;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping in written order; empty for other nodes. */
    public Map<String, YamlTree> entries() {
        Map<String, YamlTree> out = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.put(k.getValue(), child(t.getValueNode()));
                }
            }
        }
        return out;
    }

    /** The key nodes and values of a mapping in written order (for {@link YamlEdit}); empty for other nodes. */
    List<Map.Entry<ScalarNode, YamlTree>> fields() {
        List<Map.Entry<ScalarNode, YamlTree>> out = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.add(Map.entry(k, child(t.getValueNode())));
                }
            }
        }
        return out;
    }

    /** Position of a mapping key (better than its value's for "unknown field" messages). */
    public Optional<SourcePosition> keyPosition(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    Mark m = k.getStartMark();
                    // A key is written in the file of its value (a base's key in a patched tree stays the base's).
                    return Optional.of(new SourcePosition(child(t.getValueNode()).file, m.getLine() + 1, m.getColumn() + 1));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<YamlTree> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    public List<YamlTree> items() {
        List<YamlTree> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                out.add(child(n));
            }
        }
        return out;
    }

    /** Scalar text, or null for non-scalars and YAML null. */
    public String text() {
        if (node instanceof ScalarNode s) {
            String tag = s.getTag().getValue();
            return tag.endsWith(":null") ? null : s.getValue();
        }
        return null;
    }

    /** Follows a JSON-pointer-like path of names and indices; empty when the path leaves the tree. */
    public Optional<YamlTree> at(List<Object> path) {
        YamlTree cur = this;
        for (Object step : path) {
            Optional<YamlTree> next = step instanceof Integer i
                    ? (i < cur.items().size() ? Optional.of(cur.items().get(i)) : Optional.empty())
                    : cur.get(step.toString());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            cur = next.get();
        }
        return Optional.of(cur);
    }

    /** Converts to plain Java data (maps, lists, scalars typed by YAML's core schema) for JSON validation. */
    public Object toPlain() {
        if (node instanceof MappingNode) {
            Map<String, Object> out = new LinkedHashMap<>();
            entries().forEach((k, v) -> out.put(k, v.toPlain()));
            return out;
        }
        if (node instanceof SequenceNode) {
            List<Object> out = new ArrayList<>();
            items().forEach(v -> out.add(v.toPlain()));
            return out;
        }
        ScalarNode s = (ScalarNode) node;
        String tag = s.getTag().getValue();
        String v = s.getValue();
        if (tag.endsWith(":null")) return null;
        if (tag.endsWith(":bool")) return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
        if (tag.endsWith(":int")) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (tag.endsWith(":float")) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
