package dev.necessity.policy;

import dev.necessity.model.FindingTypes;
import dev.necessity.policy.FindingAttribute.ValueType;
import dev.necessity.policy.FindingModel.FindingType;
import java.util.List;
import java.util.Optional;

/**
 * Checks what a policy says about findings against the {@link FindingModel}, so that a misspelling is an
 * error at its line and column rather than a test that silently reads NOT_DOCUMENTED forever:
 * <ul>
 *   <li>{@code NEC-KB-040} a finding type the model lacks;</li>
 *   <li>{@code NEC-KB-042} an attribute its type lacks ({@code where}, {@code require}, {@code compare}, and the
 *       {@code severity} that {@code minSeverity} reads);</li>
 *   <li>{@code NEC-KB-043} a value an enum lacks ({@code where}, {@code require}, {@code care.kinds});</li>
 *   <li>{@code NEC-KB-044} a value of the wrong kind: text for a number, a number selected by {@code where}
 *       (the engine compares text, so 4 never equals 4.0: use {@code compare}), {@code compare} with
 *       {@code value} on a date or with {@code weeksBeforeRequest} on a number;</li>
 *   <li>{@code NEC-KB-045} an attribute the engine works out ({@code recordDate}) used other than by
 *       {@code compare} with {@code weeksBeforeRequest}.</li>
 * </ul>
 * Each message names the closest known name when one is near ("did you mean radiculopathy?").
 */
final class FindingTestCheck {
    private final FindingModel model;
    private final List<PolicyProblem> problems;

    FindingTestCheck(FindingModel model, List<PolicyProblem> problems) {
        this.model = model;
        this.problems = problems;
    }

    /** A {@code finding:} node. */
    void finding(YamlTree f) {
        Optional<YamlTree> typeNode = f.get("type");
        if (typeNode.isEmpty() || typeNode.get().text() == null) {
            return; // the schema requires it
        }
        String name = typeNode.get().text();
        Optional<FindingType> type = model.type(name);
        if (type.isEmpty()) {
            problem(typeNode.get(), "NEC-KB-040", "unknown finding type '" + name + "'"
                    + Suggestion.didYouMean(name, model.types().keySet()));
            return;
        }
        f.get("where").ifPresent(w -> selectors(type.get(), w, "where"));
        f.get("require").ifPresent(r -> selectors(type.get(), r, "require"));
        f.get("compare").ifPresent(c -> c.items().forEach(item -> comparison(type.get(), item)));
        f.get("minSeverity").ifPresent(m -> {
            if (type.get().attribute("severity").isEmpty()) {
                problem(m, "NEC-KB-042", "minSeverity reads 'severity', which is not an attribute of " + name);
            }
        });
    }

    /** A {@code care:} node: its kinds are therapy kinds, written exactly (care compares them case and all). */
    void care(YamlTree care) {
        FindingAttribute kind = model.type(FindingTypes.THERAPY).flatMap(t -> t.attribute("kind")).orElse(null);
        if (kind == null) {
            return;
        }
        care.get("kinds").ifPresent(kinds -> kinds.items().forEach(k -> {
            if (k.text() != null && !kind.valueNames().contains(k.text())) {
                problem(k, "NEC-KB-043", unknownValue(k.text(), FindingTypes.THERAPY, kind));
            }
        }));
    }

    private void selectors(FindingType type, YamlTree map, String key) {
        map.entries().forEach((attr, value) -> {
            Optional<FindingAttribute> a = attribute(type, attr, map, key);
            if (a.isEmpty()) {
                return;
            }
            for (YamlTree v : value.isList() ? value.items() : List.of(value)) {
                if (v.text() != null) {
                    value(type, a.get(), v, key);
                }
            }
        });
    }

    private void value(FindingType type, FindingAttribute a, YamlTree v, String key) {
        String text = v.text();
        String qualified = type.name() + "." + a.name();
        Optional<String> wrong = a.problemWithText(text);
        if (a.accepts(ValueType.LIST)) {
            problem(v, "NEC-KB-044", qualified + " is a list, and " + key + " matches one value, which a list never equals");
        } else if (a.accepts(ValueType.NUMBER) && !a.accepts(ValueType.INTEGER) && isNumber(text)) {
            problem(v, "NEC-KB-044", qualified + " is a number: test it with compare (op \"==\"), since " + key
                    + " compares text and " + text + " is not " + text + ".0");
        } else if (wrong.isPresent()) {
            if (a.accepts(ValueType.ENUM)) {
                problem(v, "NEC-KB-043", unknownValue(text, type.name(), a));
            } else {
                problem(v, "NEC-KB-044", "value for " + qualified + ": " + wrong.get());
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void comparison(FindingType type, YamlTree item) {
        YamlTree attrNode = item.get("attr").orElse(item);
        String attr = attrNode.text();
        if (attr == null) {
            return;
        }
        boolean byWeeks = item.get("weeksBeforeRequest").isPresent();
        FindingAttribute virtual = model.virtualAttributes().get(attr);
        if (virtual != null) {
            if (!byWeeks) {
                problem(attrNode, "NEC-KB-045", "'" + attr + "' is a date the engine works out; compare it with weeksBeforeRequest, not value");
            }
            return;
        }
        Optional<FindingAttribute> a = type.attribute(attr);
        if (a.isEmpty()) {
            problem(attrNode, "NEC-KB-042", unknownAttribute(attr, type));
            return;
        }
        String qualified = type.name() + "." + attr;
        if (byWeeks && !a.get().accepts(ValueType.DATE)) {
            problem(attrNode, "NEC-KB-044", "weeksBeforeRequest needs a date, and " + qualified + " is " + a.get().expected());
        } else if (!byWeeks && a.get().accepts(ValueType.DATE) && !a.get().isNumeric()) {
            problem(attrNode, "NEC-KB-044", qualified + " is a date: compare it with weeksBeforeRequest, not value");
        } else if (!byWeeks && !a.get().isNumeric()) {
            problem(attrNode, "NEC-KB-044", "compare with value needs a number, and " + qualified + " is " + a.get().expected());
        }
    }

    /** The attribute, or empty after reporting why there is none to check values against. */
    private Optional<FindingAttribute> attribute(FindingType type, String attr, YamlTree map, String key) {
        YamlTree keyAt = map.get(attr).orElse(map);
        SourcePosition at = map.keyPosition(attr).orElse(keyAt.position());
        if (model.virtualAttributes().containsKey(attr)) {
            problems.add(new PolicyProblem(at, "NEC-KB-045", "'" + attr + "' is worked out by the engine; only compare with "
                    + "weeksBeforeRequest reads it, " + key + " cannot"));
            return Optional.empty();
        }
        Optional<FindingAttribute> a = type.attribute(attr);
        if (a.isEmpty()) {
            problems.add(new PolicyProblem(at, "NEC-KB-042", unknownAttribute(attr, type)));
        }
        return a;
    }

    private static String unknownAttribute(String attr, FindingType type) {
        return "unknown attribute '" + attr + "' of " + type.name() + Suggestion.didYouMean(attr, type.attributes().keySet());
    }

    private static String unknownValue(String value, String type, FindingAttribute a) {
        String hint = Suggestion.closest(value, a.valueNames()).map(c -> " (did you mean " + c + "?)")
                .orElse(a.values().size() <= 12 ? " (" + a.expected() + ")" : "");
        return "unknown value '" + value + "' for " + type + "." + a.name() + hint;
    }

    private void problem(YamlTree at, String code, String message) {
        problems.add(new PolicyProblem(at.position(), code, message));
    }
}
