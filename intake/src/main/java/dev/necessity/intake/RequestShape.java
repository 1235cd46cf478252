package dev.necessity.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.necessity.intake.CaseInputException.Code;
import java.io.IOException;
import java.util.Locale;

/**
 * Checks request.json's size limits as a stream of tokens, before any tree or object is built:
 * the nesting depth, and the number of entries in "services" and "documents". It stops at the
 * first entry over a limit, so 100,000 service lines cost what 51 do. Syntax errors are left to
 * the full parse, which words them.
 */
final class RequestShape {

    private final InputFile file;
    private final IntakeOptions limits;
    private final JsonFactory factory;

    RequestShape(InputFile file, IntakeOptions limits) {
        this.file = file;
        this.limits = limits;
        // Jackson's own depth check would fire first and name its internals; ours words it.
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth() + 1).build()).build();
    }

    void check(String json) {
        try (JsonParser parser = factory.createParser(json)) {
            scan(parser);
        } catch (IOException e) {
            // Not JSON: the full parse reports where and why.
        }
    }

    private void scan(JsonParser parser) throws IOException {
        int depth = 0;
        String topLevelField = null;
        String countedArray = null;
        int entries = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                if (depth == 1) {
                    topLevelField = parser.currentName();
                }
                continue;
            }
            if (depth == 2 && countedArray != null && !token.isStructEnd()) {
                entries++;
                requireWithinCount(countedArray, entries);
            }
            if (token.isStructStart()) {
                depth++;
                if (depth > limits.maxJsonDepth()) {
                    throw file.problem(Code.TOO_DEEPLY_NESTED, String.format(Locale.ROOT,
                            "JSON nested more than %d levels deep%s (a request is 4 levels deep)",
                            limits.maxJsonDepth(), where(parser.currentTokenLocation())));
                }
                if (depth == 2 && token == JsonToken.START_ARRAY && isCounted(topLevelField)) {
                    countedArray = topLevelField;
                    entries = 0;
                }
            } else if (token.isStructEnd()) {
                depth--;
                if (depth < 2) {
                    countedArray = null;
                }
            }
        }
    }

    private static boolean isCounted(String field) {
        return "services".equals(field) || "documents".equals(field);
    }

    private void requireWithinCount(String array, int entries) {
        if (array.equals("services") && entries > limits.maxServiceLines()) {
            throw file.problem(Code.TOO_MANY_SERVICE_LINES, String.format(Locale.ROOT,
                    "services lists more than %d service lines, the limit for one case", limits.maxServiceLines()));
        }
        if (array.equals("documents") && entries > limits.maxDocuments()) {
            throw file.problem(Code.TOO_MANY_DOCUMENTS, String.format(Locale.ROOT,
                    "documents lists more than %d documents, the limit for one case", limits.maxDocuments()));
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
