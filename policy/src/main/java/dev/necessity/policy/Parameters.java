package dev.necessity.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A policy's named parameters ({@code parameters: {careWeeks: 6}}), so a number is written once: a
 * text names one as {@code {careWeeks}} ("at least {careWeeks} weeks"), and a value that is nothing
 * but a placeholder ({@code minWeeks: "{careWeeks}"}) takes the parameter's own value and type. An
 * overlay changes one with a {@code set} patch, and every title, remediation and test that names it
 * follows.
 */
final class Parameters {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private final Map<String, YamlTree> values;

    private Parameters(Map<String, YamlTree> values) {
        this.values = values;
    }

    /** The parameters {@code doc} declares. */
    static Parameters declaredIn(YamlTree doc) {
        return new Parameters(new LinkedHashMap<>(doc.get("parameters").map(YamlTree::entries).orElse(Map.of())));
    }

    static Parameters none() {
        return new Parameters(Map.of());
    }

    boolean declares(String name) {
        return values.containsKey(name);
    }

    java.util.Set<String> names() {
        return values.keySet();
    }

    /** These with {@code more} added or changed. */
    Parameters with(Map<String, YamlTree> more) {
        Map<String, YamlTree> out = new LinkedHashMap<>(values);
        out.putAll(more);
        return new Parameters(out);
    }

    /** {@code doc} with every placeholder filled in; an unknown name is a problem and stays as written. */
    YamlTree substitute(YamlTree doc, YamlEdit edit, List<PolicyProblem> problems) {
        if (doc.isScalar()) {
            return scalar(doc, edit, problems);
        }
        if (doc.isList()) {
            List<YamlTree> items = doc.items();
            List<YamlTree> out = new ArrayList<>();
            boolean changed = false;
            for (YamlTree item : items) {
                YamlTree s = substitute(item, edit, problems);
                changed |= s != item;
                out.add(s);
            }
            return changed ? edit.sequence(doc, out) : doc;
        }
        var fields = doc.fields();
        List<Map.Entry<org.yaml.snakeyaml.nodes.ScalarNode, YamlTree>> out = new ArrayList<>();
        boolean changed = false;
        for (var f : fields) {
            YamlTree s = substitute(f.getValue(), edit, problems);
            changed |= s != f.getValue();
            out.add(Map.entry(f.getKey(), s));
        }
        return changed ? edit.mapping(doc, out) : doc;
    }

    private YamlTree scalar(YamlTree scalar, YamlEdit edit, List<PolicyProblem> problems) {
        String text = scalar.text();
        if (text == null || text.indexOf('{') < 0) {
            return scalar;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (m.matches()) {
            Optional<YamlTree> value = value(m.group(1), scalar, problems);
            return value.map(edit::adopt).orElse(scalar);
        }
        StringBuilder out = new StringBuilder();
        boolean known = true;
        m.reset();
        while (m.find()) {
            Optional<YamlTree> value = value(m.group(1), scalar, problems);
            known &= value.isPresent();
            m.appendReplacement(out, Matcher.quoteReplacement(value.map(YamlTree::text).orElse(m.group())));
        }
        m.appendTail(out);
        return known && !out.toString().equals(text) ? edit.scalar(scalar, Tag.STR, out.toString()) : scalar;
    }

    private Optional<YamlTree> value(String name, YamlTree at, List<PolicyProblem> problems) {
        YamlTree v = values.get(name);
        if (v == null) {
            problems.add(new PolicyProblem(at.position(), "NEC-KB-073", "unknown parameter '" + name + "'"
                    + (values.isEmpty() ? " (this policy declares no parameters)" : Suggestion.didYouMean(name, values.keySet()))));
        }
        return Optional.ofNullable(v);
    }

    /**
     * A placeholder written without quotes where a value begins ({@code minWeeks: {careWeeks}}): YAML reads it as
     * a mapping with one empty key, which the schema would then call a wrong type. Said plainly instead.
     */
    static void unquoted(YamlTree doc, java.util.Set<String> names, List<PolicyProblem> problems) {
        if (doc.isList()) {
            doc.items().forEach(i -> unquoted(i, names, problems));
            return;
        }
        if (!doc.isMap()) {
            return;
        }
        var fields = doc.fields();
        if (fields.size() == 1 && names.contains(fields.get(0).getKey().getValue())
                && fields.get(0).getValue().isScalar() && fields.get(0).getValue().text() == null) {
            String name = fields.get(0).getKey().getValue();
            problems.add(new PolicyProblem(doc.position(), "NEC-KB-073", "write \"{" + name + "}\" in quotes: without them YAML reads {"
                    + name + "} as a mapping, not as the parameter"));
            return;
        }
        fields.forEach(f -> unquoted(f.getValue(), names, problems));
    }
}
