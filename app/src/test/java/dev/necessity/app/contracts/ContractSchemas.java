package dev.necessity.app.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.necessity.app.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public JSON Schemas in {@code docs/schemas/}, loaded from the repository itself (their
 * {@code $id} prefix mapped to that folder), so the tests check the very files a user reads.
 */
final class ContractSchemas {
    static final Path REPOSITORY = Examples.root().getParent();
    static final Path SCHEMAS = REPOSITORY.resolve("docs/schemas");
    private static final String ID_PREFIX = "https://necessity.dev/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, SCHEMAS.toUri().toString())));

    static final JsonSchema REQUEST = load("request.schema.json");
    static final JsonSchema DETERMINATION = load("determination.schema.json");
    static final JsonSchema BATCH_LINE = load("batch-line.schema.json");

    private ContractSchemas() {
    }

    private static JsonSchema load(String name) {
        if (!Files.isRegularFile(SCHEMAS.resolve(name))) {
            throw new IllegalStateException("schema missing: " + SCHEMAS.resolve(name));
        }
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + name));
        schema.initializeValidators(); // resolve every $ref now, so a broken reference fails here, not on first use
        return schema;
    }

    /** The schema's complaints about {@code json}, one line each; empty when it is valid. */
    static List<String> problems(JsonSchema schema, JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Every {@code request.json} at any depth under {@code root}, sorted. */
    static List<Path> requestsUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("request.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
