package dev.necessity.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a policy document holds criterion nodes, and the elements a patch can address by id: every
 * criterion node (in the criteria tree, exclusions, waivers, {@code appliesWhen}, {@code not}, a
 * discordance's {@code support}, a note's {@code when}), and every discordance, alternative and pitfall.
 */
final class PolicyNodes {
    /** A node or element with an id, at {@code path} from the document root. */
    record Element(String id, List<Object> path, YamlTree tree, Kind kind) {
    }

    enum Kind { NODE, DISCORDANCE, NOTE }

    private PolicyNodes() {
    }

    /** The paths, from the document root, of the outermost criterion nodes: the criteria, each exclusion, support and when. */
    static List<List<Object>> rootPaths(YamlTree doc) {
        List<List<Object>> out = new ArrayList<>();
        doc.get("criteria").ifPresent(c -> out.add(List.of("criteria")));
        items(doc, "exclusions", (item, path) -> out.add(path));
        items(doc, "discordances", (item, path) -> item.get("support").ifPresent(s -> out.add(append(path, "support"))));
        for (String notes : List.of("alternatives", "pitfalls")) {
            items(doc, notes, (item, path) -> item.get("when").ifPresent(w -> out.add(append(path, "when"))));
        }
        return out;
    }

    /** The paths, from the document root, of every criterion node, outermost first, in written order. */
    static List<List<Object>> nodePaths(YamlTree doc) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> root : rootPaths(doc)) {
            node(doc.at(root).orElseThrow(), root, out);
        }
        return out;
    }

    /** The paths, relative to {@code node}, of the nodes directly below it (children, waivers, applicability). */
    static List<List<Object>> childPaths(YamlTree node) {
        List<List<Object>> out = new ArrayList<>();
        for (String list : List.of("all", "any", "waivers")) {
            node.get(list).ifPresent(l -> {
                for (int i = 0; i < l.items().size(); i++) {
                    out.add(List.of(list, i));
                }
            });
        }
        node.get("atLeast").flatMap(a -> a.get("of")).ifPresent(l -> {
            for (int i = 0; i < l.items().size(); i++) {
                out.add(List.of("atLeast", "of", i));
            }
        });
        node.get("not").filter(PolicyNodes::isNode).ifPresent(n -> out.add(List.of("not")));
        node.get("appliesWhen").ifPresent(n -> out.add(List.of("appliesWhen")));
        return out;
    }

    /** Every element with an id, by id, in written order (an id written twice lists both). */
    static Map<String, List<Element>> elements(YamlTree doc) {
        Map<String, List<Element>> out = new LinkedHashMap<>();
        for (List<Object> path : nodePaths(doc)) {
            YamlTree n = doc.at(path).orElseThrow();
            id(n).ifPresent(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Element(id, path, n, Kind.NODE)));
        }
        items(doc, "discordances", (item, path) -> id(item).ifPresent(id -> out.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new Element(id, path, item, Kind.DISCORDANCE))));
        for (String notes : List.of("alternatives", "pitfalls")) {
            items(doc, notes, (item, path) -> id(item).ifPresent(id -> out.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Element(id, path, item, Kind.NOTE))));
        }
        return out;
    }

    /** A node rather than {@code not}'s unnamed test ({@code not: {finding: ...}}). */
    static boolean isNode(YamlTree t) {
        return t.isMap() && (t.get("id").isPresent() || t.get("use").isPresent());
    }

    private static void node(YamlTree n, List<Object> path, List<List<Object>> out) {
        out.add(path);
        for (List<Object> child : childPaths(n)) {
            n.at(child).ifPresent(c -> node(c, concat(path, child), out));
        }
    }

    private interface ItemVisitor {
        void visit(YamlTree item, List<Object> path);
    }

    private static void items(YamlTree doc, String key, ItemVisitor visitor) {
        doc.get(key).ifPresent(l -> {
            List<YamlTree> items = l.items();
            for (int i = 0; i < items.size(); i++) {
                visitor.visit(items.get(i), List.of(key, i));
            }
        });
    }

    private static Optional<String> id(YamlTree t) {
        return t.get("id").map(YamlTree::text);
    }

    static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return List.copyOf(out);
    }

    static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
