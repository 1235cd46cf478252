package dev.necessity.synth;

import dev.necessity.engine.eval.DeclaredStatuses;
import dev.necessity.engine.trace.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A scenario's expectation as data: for each criterion its drawn facts decide, a decision table of
 * rules read top to bottom, the first whose {@code when} holds giving the criterion's status
 * ({@code expectations/<scenario>.yaml}). The expected outcome is then the policy's own tree evaluated
 * over those statuses ({@link DeclaredStatuses}): the scenario states what the notes it wrote document,
 * criterion by criterion, and never restates how the policy combines them.
 *
 * <p>A {@code when} holds when every fact it names has the given value: a scalar is equality (an
 * enum by its name), a list is "one of", {@code null} is "not drawn", and a map with one of
 * {@code <}, {@code <=}, {@code >}, {@code >=} or {@code not} compares. A rule without {@code when}
 * always holds. Naming a fact the scenario does not draw, or reaching the end of a table, fails.
 */
final class Expectations {
    private static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "not");

    record Rule(Map<String, Object> when, Status status) {
    }

    private final String name;
    private final Map<String, List<Rule>> tables;

    private Expectations(String name, Map<String, List<Rule>> tables) {
        this.name = name;
        this.tables = tables;
    }

    private static final Map<String, Expectations> LOADED = new ConcurrentHashMap<>();

    /** The expectations of one scenario, read once from its resource. */
    static Expectations of(String scenario) {
        return LOADED.computeIfAbsent(scenario, Expectations::load);
    }

    private static Expectations load(String scenario) {
        String resource = "expectations/" + scenario + ".yaml";
        try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + Expectations.class.getName());
            }
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(resource, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Expectations parse(String name, Object doc) {
        if (!(doc instanceof Map<?, ?> root) || !(root.get("criteria") instanceof Map<?, ?> criteria)) {
            throw new IllegalArgumentException(name + ": expected a map with 'criteria'");
        }
        Map<String, List<Rule>> tables = new LinkedHashMap<>();
        criteria.forEach((id, rules) -> {
            if (!(rules instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalArgumentException(name + ": criterion '" + id + "' needs a list of rules");
            }
            List<Rule> table = new ArrayList<>();
            for (Object r : list) {
                if (!(r instanceof Map<?, ?> rule) || !(rule.get("status") instanceof String status)) {
                    throw new IllegalArgumentException(name + ": criterion '" + id + "': each rule needs a status");
                }
                Object when = rule.get("when");
                if (when != null && !(when instanceof Map)) {
                    throw new IllegalArgumentException(name + ": criterion '" + id + "': 'when' must be a map of facts");
                }
                table.add(new Rule(when == null ? Map.of() : (Map<String, Object>) when, Status.valueOf(status)));
            }
            tables.put(String.valueOf(id), List.copyOf(table));
        });
        return new Expectations(name, tables);
    }

    /** The declaration for one case, whose facts on each line (by sequence) are {@code facts}. */
    DeclaredStatuses declared(IntFunction<Map<String, Object>> facts) {
        return (id, line) -> status(id, facts.apply(line.sequence()));
    }

    Optional<Status> status(String criterionId, Map<String, Object> facts) {
        List<Rule> table = tables.get(criterionId);
        if (table == null) {
            return Optional.empty();
        }
        for (Rule rule : table) {
            if (rule.when().entrySet().stream().allMatch(e -> holds(criterionId, e.getKey(), e.getValue(), facts))) {
                return Optional.of(rule.status());
            }
        }
        throw new IllegalStateException(name + ": no rule of criterion '" + criterionId + "' holds for " + facts);
    }

    private boolean holds(String id, String fact, Object expected, Map<String, Object> facts) {
        if (!facts.containsKey(fact)) {
            throw new IllegalStateException(name + ": criterion '" + id + "' names fact '" + fact + "', which the scenario does not draw; it draws "
                    + facts.keySet());
        }
        Object actual = facts.get(fact);
        if (expected instanceof List<?> anyOf) {
            return anyOf.stream().anyMatch(v -> same(actual, v));
        }
        if (expected instanceof Map<?, ?> op) {
            if (op.size() != 1 || !OPERATORS.contains(String.valueOf(op.keySet().iterator().next()))) {
                throw new IllegalArgumentException(name + ": criterion '" + id + "': a comparison is one of " + OPERATORS);
            }
            Map.Entry<?, ?> e = op.entrySet().iterator().next();
            if (e.getKey().equals("not")) {
                return e.getValue() instanceof List<?> l ? l.stream().noneMatch(v -> same(actual, v)) : !same(actual, e.getValue());
            }
            if (actual == null) {
                return false;
            }
            int c = Double.compare(((Number) actual).doubleValue(), ((Number) e.getValue()).doubleValue());
            return switch (String.valueOf(e.getKey())) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
        return same(actual, expected);
    }

    /**
     * A record's components by name, as a scenario's facts: an enum, boolean, number or string as drawn;
     * a {@link Course} as how the record tells it ({@code DATED}, {@code UNDATED}, {@code DENIED},
     * {@code SILENT}).
     */
    static Map<String, Object> facts(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                out.put(c.getName(), v instanceof Course course ? course.told() : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static boolean same(Object actual, Object expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        if (actual instanceof Enum<?> e) {
            return e.name().equals(expected);
        }
        if (actual instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(actual, expected);
    }
}
