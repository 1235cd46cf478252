package dev.necessity.policy;

import dev.necessity.policy.FindingAttribute.AllowedValue;
import dev.necessity.policy.FindingAttribute.ValueType;
import dev.necessity.policy.FindingModel.AttributeGroup;
import dev.necessity.policy.FindingModel.FindingType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders {@code docs/findings.md} from the finding model: the page a policy author reads, never edited by hand. */
final class FindingsMarkdown {
    static final String UPDATE_COMMAND = "mvn -B -o -q test -pl policy -am -Dtest=FindingsDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dnecessity.update=true";

    private FindingsMarkdown() {
    }

    static String render(FindingModel model) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from knowledge/schema/findings.yaml by FindingsDocTest: edit that file, then run\n     ")
                .append(UPDATE_COMMAND).append(" -->\n");
        md.append("# ").append(model.title()).append("\n\n").append(model.intro().strip()).append("\n\n");
        md.append("## Types\n\n| type | level | what it is | attributes |\n| --- | --- | --- | --- |\n");
        model.types().values().forEach(t -> md.append("| [`").append(t.name()).append("`](#").append(t.name()).append(") | ")
                .append(t.level().wireName()).append(" | ").append(cell(t.description())).append(" | ")
                .append(t.attributes().isEmpty() ? "-" : t.attributes().keySet().stream().map(a -> "`" + a + "`")
                        .collect(Collectors.joining(", "))).append(" |\n"));
        md.append("\n## Attributes the engine works out\n\nEvery finding has these; only `compare` with `weeksBeforeRequest`"
                + " reads them (`NEC-KB-045` otherwise).\n\n");
        table(md, model.virtualAttributes());
        md.append("\n## Attributes several types share\n");
        model.groups().values().forEach(g -> group(md, g, model));
        md.append("\n## The types\n");
        model.types().values().forEach(t -> type(md, t, model));
        return md.toString();
    }

    private static void group(StringBuilder md, AttributeGroup g, FindingModel model) {
        List<String> members = model.types().values().stream().filter(t -> t.groups().contains(g.name()))
                .map(t -> "`" + t.name() + "`").toList();
        md.append("\n### ").append(g.title()).append("\n\n").append(g.description().strip()).append(" Types: ")
                .append(String.join(", ", members)).append(".\n\n");
        table(md, g.attributes());
    }

    private static void type(StringBuilder md, FindingType t, FindingModel model) {
        md.append("\n### `").append(t.name()).append("`\n\n").append(t.description().strip()).append(" Level: ")
                .append(t.level().wireName()).append('.');
        if (!t.groups().isEmpty()) {
            md.append(" Also the attributes of ").append(t.groups().stream().map(model.groups()::get)
                    .map(g -> g.title().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" and "))).append('.');
        }
        md.append("\n");
        if (!t.ownAttributes().isEmpty()) {
            md.append('\n');
            table(md, t.ownAttributes());
        }
        if (t.notes() != null) {
            md.append('\n').append(t.notes().strip()).append('\n');
        }
    }

    private static void table(StringBuilder md, Map<String, FindingAttribute> attributes) {
        md.append("| attribute | value | meaning |\n| --- | --- | --- |\n");
        attributes.values().forEach(a -> md.append("| `").append(a.name()).append("` | ").append(cell(value(a))).append(" | ")
                .append(cell(a.description())).append(" |\n"));
    }

    private static String value(FindingAttribute a) {
        return a.valueTypes().stream().map(t -> kind(t, a)).collect(Collectors.joining(", or "));
    }

    private static String kind(ValueType t, FindingAttribute a) {
        return switch (t) {
            case ENUM -> values(a.values());
            case STRING -> a.pattern() == null ? "text" : "text matching `" + a.pattern() + "`";
            case INTEGER -> "whole number" + bounds(a);
            case NUMBER -> "number" + bounds(a);
            case DATE -> "date";
            case BOOLEAN -> "`true` or `false`";
            case LEVEL -> "spinal level (`L4-L5`)";
            case LIST -> "list of " + switch (a.itemType()) {
                case ENUM -> values(a.values());
                case DATE -> "dates (ISO text)";
                case LEVEL -> "spinal levels (`L4-L5`)";
                default -> a.itemType().wireName();
            };
        };
    }

    private static String values(List<AllowedValue> values) {
        return values.stream().map(v -> "`" + v.value() + "`" + (v.description() == null ? "" : " (" + v.description().strip() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String bounds(FindingAttribute a) {
        if (a.min() == null && a.max() == null) {
            return "";
        }
        if (a.max() == null) {
            return ", at least " + trim(a.min());
        }
        return a.min() == null ? ", at most " + trim(a.max()) : ", " + trim(a.min()) + "-" + trim(a.max());
    }

    private static String trim(double d) {
        return d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** One table cell: no line breaks, and a pipe that is not a column. */
    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("\n", " ").replace("|", "\\|");
    }
}
