package dev.necessity.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates a policy document against {@code knowledge/schema/policy.schema.json}, reporting each
 * violation at the YAML position of the offending value.
 */
public final class PolicySchema {
    private static final String RESOURCE = "/knowledge/schema/policy.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** expect: absent, folded into not: {finding: ...}; an overlay still written the old way is told the new way. */
    private static final String RETIRED_EXPECT = "expect";
    private final JsonSchema schema;

    public PolicySchema() {
        try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("policy schema missing from the classpath: " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PolicyProblem> validate(YamlTree document) {
        JsonNode json = JSON.valueToTree(document.toPlain());
        Set<ValidationMessage> messages = schema.validate(json);
        List<PolicyProblem> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            if (isOneOfNoise(m, messages) || isParameterNoise(m, messages)) {
                continue;
            }
            List<Object> path = steps(m.getInstanceLocation());
            SourcePosition at = document.at(path).map(YamlTree::position).orElse(document.position());
            Object last = path.isEmpty() ? null : path.get(path.size() - 1);
            String field = last instanceof String name ? "'" + name + "' " : "";
            if (RETIRED_EXPECT.equals(m.getProperty()) && "additionalProperties".equals(m.getType())) {
                out.add(new PolicyProblem(document.at(path).flatMap(t -> t.keyPosition(RETIRED_EXPECT)).orElse(at), "NEC-KB-010",
                        "'expect' is no longer a key of a finding test: write a test of documented absence as not: { finding: { ... } }"));
                continue;
            }
            out.add(new PolicyProblem(at, "NEC-KB-010", field + describe(m)));
        }
        out.sort(Comparator.comparingInt((PolicyProblem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()).thenComparing(PolicyProblem::message));
        return dedupe(out);
    }

    /** "must be valid to one and only one schema" repeats what its branch messages already say. */
    private static boolean isOneOfNoise(ValidationMessage m, Set<ValidationMessage> all) {
        return "oneOf".equals(m.getType()) && all.size() > 1;
    }

    /**
     * A value that may be a number or a parameter reference ("{careWeeks}") and is neither: the type message
     * says it; the reference's pattern beside it only repeats the regular expression.
     */
    private static boolean isParameterNoise(ValidationMessage m, Set<ValidationMessage> all) {
        return "pattern".equals(m.getType()) && m.getMessage().contains("^\\{[A-Za-z]")
                && all.stream().anyMatch(o -> o != m && o.getInstanceLocation().equals(m.getInstanceLocation()));
    }

    private static String describe(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        // networknt prefixes the JSON path ("$.criteria.all[0]: ..."); the position already says where.
        return colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }

    private static List<Object> steps(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private static List<PolicyProblem> dedupe(List<PolicyProblem> problems) {
        List<PolicyProblem> out = new ArrayList<>();
        for (PolicyProblem p : problems) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
