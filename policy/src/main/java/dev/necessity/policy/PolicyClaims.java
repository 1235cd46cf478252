package dev.necessity.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles which loaded policy covers each code, so that a knowledge base can never be shadowed
 * silently. A policy with the id of one in an earlier knowledge directory replaces it (a payer's
 * version); a policy with another id replaces one only when it says so ({@code replaces: id}).
 * Otherwise two policies claiming one primary code is a problem, as are two policies with one id
 * in the same directory and add-on codes whose primaries lead back to themselves.
 */
final class PolicyClaims {

    /**
     * A policy as loaded: the index of its knowledge directory (0 is the built-in one), its compiled YAML, and
     * the file as written (which, for a policy that extends another, says {@code extends}).
     */
    record Loaded(Policy policy, int root, YamlTree doc, YamlTree source) {
        Loaded(Policy policy, int root, YamlTree doc) {
            this(policy, root, doc, doc);
        }
    }

    private final List<PolicyProblem> problems;

    private PolicyClaims(List<PolicyProblem> problems) {
        this.problems = problems;
    }

    /** The policies that stand, by id in load order; adds a problem for every conflict. */
    static Map<String, Policy> settle(List<Loaded> loaded, List<PolicyProblem> problems) {
        PolicyClaims claims = new PolicyClaims(problems);
        Map<String, Loaded> byId = claims.overlay(loaded);
        claims.replace(byId);
        claims.requireOneOwnerPerPrimaryCode(byId);
        claims.requireNoAddOnCycles(byId);
        Map<String, Policy> policies = new LinkedHashMap<>();
        byId.forEach((id, l) -> policies.put(id, l.policy()));
        return policies;
    }

    private Map<String, Loaded> overlay(List<Loaded> loaded) {
        Map<String, Loaded> byId = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            Loaded earlier = byId.get(l.policy().id());
            if (earlier != null && earlier.root() == l.root()) {
                problems.add(new PolicyProblem(at(l, "id"), "NEC-KB-050", "policy id '" + l.policy().id()
                        + "' is already used by " + earlier.policy().file() + "; ids are unique within a knowledge directory"));
                continue;
            }
            byId.put(l.policy().id(), l);
        }
        return byId;
    }

    private void replace(Map<String, Loaded> byId) {
        for (Loaded l : List.copyOf(byId.values())) {
            for (String target : l.policy().replaces()) {
                Loaded replaced = byId.get(target);
                if (target.equals(l.policy().id())) {
                    problems.add(new PolicyProblem(at(l, "replaces"), "NEC-KB-051", "replaces its own id '" + target
                            + "'; a policy with the id of an earlier one replaces it without saying so"));
                } else if (replaced == null || replaced.root() >= l.root()) {
                    problems.add(new PolicyProblem(at(l, "replaces"), "NEC-KB-051", "replaces '" + target
                            + "', but no earlier knowledge directory has a policy with that id"));
                } else {
                    byId.remove(target);
                }
            }
        }
    }

    private void requireOneOwnerPerPrimaryCode(Map<String, Loaded> byId) {
        Map<String, Loaded> owners = new HashMap<>();
        List<Loaded> inLoadOrder = byId.values().stream()
                .sorted(Comparator.comparingInt(Loaded::root).thenComparing(l -> l.policy().file())).toList();
        for (Loaded l : inLoadOrder) {
            List<Policy.CodeEntry> codes = l.policy().primaryCodes();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i).code();
                Loaded owner = owners.putIfAbsent(code, l);
                if (owner != null && owner != l) {
                    SourcePosition at = position(l, List.of("codes", "primary", i, "code"));
                    String inherited = "";
                    if (!at.file().equals(l.policy().file())) {
                        // The code came from the base policy: the problem, and its remedy, are in the extending file.
                        at = l.source().keyPosition("extends").orElse(l.policy().position());
                        inherited = " (inherited through 'extends: " + l.source().get("extends").map(YamlTree::text).orElse("") + "')";
                    }
                    problems.add(new PolicyProblem(at, "NEC-KB-052",
                            "primary code " + code + inherited + " is already covered by policy '" + owner.policy().id() + "' ("
                                    + owner.policy().file() + "); " + (owner.root() < l.root()
                                    ? "add 'replaces: " + owner.policy().id() + "' to take that policy's place"
                                    : "a primary code belongs to one policy")));
                }
            }
        }
    }

    /** Add-on codes whose listed primaries lead back to themselves: no code of such a chain is primary. */
    private void requireNoAddOnCycles(Map<String, Loaded> byId) {
        Map<String, Set<String>> primariesOf = new HashMap<>();
        Map<String, SourcePosition> where = new HashMap<>();
        for (Loaded l : byId.values()) {
            List<Policy.AddOnCode> addOns = l.policy().addOnCodes();
            for (int i = 0; i < addOns.size(); i++) {
                primariesOf.computeIfAbsent(addOns.get(i).code(), k -> new LinkedHashSet<>()).addAll(addOns.get(i).primaries());
                where.putIfAbsent(addOns.get(i).code(), position(l, List.of("codes", "addOns", i, "code")));
            }
        }
        Set<String> explored = new HashSet<>();
        for (String code : primariesOf.keySet().stream().sorted().toList()) {
            findCycles(code, primariesOf, new ArrayList<>(), explored, where);
        }
    }

    /** Depth-first; each link back to a code still on the path closes one cycle, reported once. */
    private void findCycles(String code, Map<String, Set<String>> primariesOf, List<String> path, Set<String> explored,
                            Map<String, SourcePosition> where) {
        if (explored.contains(code)) {
            return;
        }
        int earlier = path.indexOf(code);
        if (earlier >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(earlier, path.size()));
            cycle.add(code);
            problems.add(new PolicyProblem(where.get(code), "NEC-KB-053", cycle.size() == 2
                    ? "add-on " + code + " lists itself among its primaries; an add-on must lead to a primary code"
                    : "add-on codes form a cycle (" + String.join(" -> ", cycle) + "); an add-on must lead to a primary code"));
            return;
        }
        path.add(code);
        for (String primary : primariesOf.getOrDefault(code, Set.of())) {
            findCycles(primary, primariesOf, path, explored, where);
        }
        path.remove(path.size() - 1);
        explored.add(code);
    }

    private static SourcePosition at(Loaded l, String key) {
        return l.doc().keyPosition(key).orElse(l.policy().position());
    }

    private static SourcePosition position(Loaded l, List<Object> path) {
        return l.doc().at(path).map(YamlTree::position).orElse(l.policy().position());
    }
}
