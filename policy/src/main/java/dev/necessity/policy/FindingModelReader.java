package dev.necessity.policy;

import dev.necessity.policy.FindingAttribute.AllowedValue;
import dev.necessity.policy.FindingAttribute.ValueType;
import dev.necessity.policy.FindingModel.AttributeGroup;
import dev.necessity.policy.FindingModel.FindingType;
import dev.necessity.policy.FindingModel.LevelUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code findings.yaml} into a {@link FindingModel}. A malformed model (an unknown value type, an enum
 * without values, a group or value set that is not defined, an attribute defined twice) is {@code NEC-KB-060}
 * at its line and column: every policy check rests on the model, so it must itself be exact.
 */
final class FindingModelReader {
    static final String CODE = "NEC-KB-060";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");
    private final List<PolicyProblem> problems;
    private final Map<String, List<AllowedValue>> valueSets = new LinkedHashMap<>();

    FindingModelReader(List<PolicyProblem> problems) {
        this.problems = problems;
    }

    FindingModel read(YamlTree doc) {
        doc.get("valueSets").ifPresent(sets -> sets.entries().forEach((name, values) -> valueSets.put(name, values(values))));
        Map<String, AttributeGroup> groups = new LinkedHashMap<>();
        doc.get("groups").ifPresent(g -> g.entries().forEach((name, group) -> groups.put(name, new AttributeGroup(name,
                text(group, "title"), text(group, "description"), attributes(group.get("attributes"))))));
        Map<String, FindingType> types = new LinkedHashMap<>();
        Optional<YamlTree> typeMap = doc.get("types");
        if (typeMap.isEmpty() || typeMap.get().entries().isEmpty()) {
            problem(doc, "the finding model has no 'types'");
        }
        typeMap.ifPresent(t -> t.entries().forEach((name, type) -> types.put(name, type(t, name, type, groups))));
        Map<String, FindingAttribute> virtual = attributes(doc.get("virtualAttributes"));
        return new FindingModel(text(doc, "title"), text(doc, "intro"), types, groups, virtual);
    }

    private FindingType type(YamlTree parent, String name, YamlTree t, Map<String, AttributeGroup> groups) {
        if (!NAME.matcher(name).matches()) {
            problems.add(new PolicyProblem(parent.keyPosition(name).orElse(t.position()), CODE,
                    "finding type '" + name + "' is not a lower-case snake_case name"));
        }
        String level = text(t, "level");
        LevelUse use = level == null ? null : switch (level) {
            case "yes" -> LevelUse.YES;
            case "optional" -> LevelUse.OPTIONAL;
            case "none" -> LevelUse.NONE;
            default -> null;
        };
        if (use == null) {
            problem(t.get("level").orElse(t), "finding type '" + name + "' needs 'level: yes | optional | none'");
        }
        required(t, "description", name);
        Map<String, FindingAttribute> own = attributes(t.get("attributes"));
        Map<String, FindingAttribute> all = new LinkedHashMap<>(own);
        List<String> groupNames = strings(t.get("groups"));
        for (YamlTree g : t.get("groups").map(YamlTree::items).orElse(List.of())) {
            AttributeGroup group = groups.get(g.text());
            if (group == null) {
                problem(g, "no attribute group '" + g.text() + "' (groups: " + String.join(", ", groups.keySet()) + ")");
                continue;
            }
            group.attributes().forEach((a, attr) -> {
                if (all.putIfAbsent(a, attr) != null) {
                    problem(g, "attribute '" + a + "' of " + name + " is also in group '" + g.text() + "'");
                }
            });
        }
        return new FindingType(name, text(t, "description"), use == null ? LevelUse.OPTIONAL : use, groupNames, own, all,
                text(t, "notes"));
    }

    private Map<String, FindingAttribute> attributes(Optional<YamlTree> map) {
        Map<String, FindingAttribute> out = new LinkedHashMap<>();
        map.ifPresent(m -> m.entries().forEach((name, a) -> out.put(name, attribute(name, a))));
        return out;
    }

    private FindingAttribute attribute(String name, YamlTree a) {
        required(a, "description", name);
        List<ValueType> types = new ArrayList<>();
        YamlTree typeNode = a.get("type").orElse(a);
        for (String t : typeNode.isList() ? strings(Optional.of(typeNode)) : List.of(String.valueOf(typeNode.text()))) {
            ValueType.fromWire(t).ifPresentOrElse(types::add, () -> problem(typeNode, "attribute '" + name
                    + "' has unknown value type '" + t + "' (enum, string, integer, number, date, boolean, level, list)"));
        }
        ValueType item = a.get("items").map(YamlTree::text).flatMap(ValueType::fromWire).orElse(null);
        if (types.contains(ValueType.LIST) && (item == null || item == ValueType.LIST)) {
            problem(a, "list attribute '" + name + "' needs 'items' (enum, string, date or level)");
        }
        String valueSet = a.get("values").filter(YamlTree::isScalar).map(YamlTree::text).orElse(null);
        List<AllowedValue> values = a.get("values").map(this::valuesOrSet).orElse(List.of());
        boolean enumerated = types.contains(ValueType.ENUM) || item == ValueType.ENUM;
        if (enumerated && a.get("values").isEmpty()) {
            problem(a, "enum attribute '" + name + "' needs 'values'");
        }
        if (!enumerated && !values.isEmpty()) {
            problem(a.get("values").get(), "attribute '" + name + "' has 'values' but is not an enum");
        }
        String pattern = text(a, "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problem(a.get("pattern").get(), "pattern of '" + name + "' is not a regular expression: " + e.getDescription());
            }
        }
        return new FindingAttribute(name, types, values, item, number(a, "min", name), number(a, "max", name), pattern,
                text(a, "description"), valueSet);
    }

    private List<AllowedValue> valuesOrSet(YamlTree v) {
        if (!v.isScalar()) {
            return values(v);
        }
        List<AllowedValue> set = valueSets.get(v.text());
        if (set == null) {
            problem(v, "no value set '" + v.text() + "' (valueSets: " + String.join(", ", valueSets.keySet()) + ")");
            return List.of();
        }
        return set;
    }

    /** A list of values, or a mapping of value to description (null for none). */
    private List<AllowedValue> values(YamlTree v) {
        List<AllowedValue> out = new ArrayList<>();
        if (v.isList()) {
            v.items().forEach(i -> out.add(new AllowedValue(i.text(), null)));
        } else if (v.isMap()) {
            v.entries().forEach((value, d) -> out.add(new AllowedValue(value, d.text())));
        } else {
            problem(v, "values must be a list or a mapping of value to description");
        }
        return out;
    }

    private void required(YamlTree node, String key, String of) {
        if (text(node, key) == null) {
            problem(node, "'" + of + "' needs a " + key);
        }
    }

    private void problem(YamlTree at, String message) {
        problems.add(new PolicyProblem(at.position(), CODE, message));
    }

    private static String text(YamlTree t, String key) {
        return t.get(key).map(YamlTree::text).orElse(null);
    }

    private Double number(YamlTree t, String key, String of) {
        String s = text(t, key);
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            problem(t.get(key).get(), key + " of '" + of + "' is not a number");
            return null;
        }
    }

    private static List<String> strings(Optional<YamlTree> list) {
        List<String> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(i -> out.add(i.text())));
        return out;
    }
}
