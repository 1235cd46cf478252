package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One naming style for the policy language (AUTHORING.md, Names): its keys are camelCase, its own
 * values and every id kebab-case. What a policy quotes from elsewhere keeps that vocabulary's
 * spelling, checked where it is defined: finding types, attributes and values by the finding model,
 * outcomes as determinations print them, comparison operators as symbols.
 */
class NamingStyleTest {
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Values the language quotes from elsewhere: operators, and outcomes as a determination names them. */
    private static final Set<String> QUOTED = Set.of("<", "<=", ">", ">=", "==", "MEDICALLY_NECESSARY");
    private static final Path ROOT = Path.of(System.getProperty("necessity.root", "..")).toAbsolutePath().normalize();

    @Test
    void theSchemaNamesItsKeysInCamelCaseAndItsOwnValuesInKebabCase() throws IOException {
        JsonNode schema;
        try (InputStream in = PolicySchema.class.getResourceAsStream("/knowledge/schema/policy.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        collect(schema, keys, values);

        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k).matches(CAMEL));
        assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(QUOTED.contains(v) || KEBAB.matcher(v).matches())
                .as("enum value '%s'", v).isTrue());
    }

    @Test
    void everyKnowledgeFileWritesItsKeysInCamelCaseAndItsDefinitionNamesLikeIds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(ROOT.resolve("knowledge")), Files.walk(ROOT.resolve("knowledge-overlays")))) {
            files = s.filter(p -> p.getFileName().toString().equals("policy.yaml") || p.getFileName().toString().equals("definitions.yaml"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            YamlTree doc = YamlTree.parse(file.toString(), Files.readString(file));
            keys(doc, false, file.toString());
        }
    }

    private static void keys(YamlTree t, boolean namesDefinitions, String file) {
        if (t.isList()) {
            t.items().forEach(i -> keys(i, false, file));
            return;
        }
        for (Map.Entry<String, YamlTree> e : t.entries().entrySet()) {
            assertThat(e.getKey()).as(file + ": key '" + e.getKey() + "'").matches(namesDefinitions ? KEBAB : CAMEL);
            keys(e.getValue(), e.getKey().equals("definitions"), file);
        }
    }

    /** Property names of every "properties" object, and the text values of every "enum". */
    private static void collect(JsonNode node, List<String> keys, List<String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("properties")) {
                    f.getValue().fieldNames().forEachRemaining(keys::add);
                }
                if (f.getKey().equals("enum")) {
                    f.getValue().forEach(v -> values.add(v.asText()));
                }
                collect(f.getValue(), keys, values);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, keys, values));
        }
    }
}
