package dev.necessity.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.necessity.intake.CaseInputException.Code;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed, path-aware access to the fields of one JSON object in request.json, so every
 * problem names the exact field, e.g. {@code services[1].primarySequence}.
 */
final class JsonFields {

    /** Fields with this prefix are site extensions and are ignored, never rejected. */
    static final String EXTENSION_PREFIX = "x-";

    private static final int MAX_QUOTED = 60;

    private final JsonNode node;
    private final String path;
    private final InputFile file;

    private JsonFields(JsonNode node, String path, InputFile file) {
        this.node = node;
        this.path = path;
        this.file = file;
    }

    static JsonFields root(JsonNode node, InputFile file) {
        if (node == null || node.isMissingNode()) {
            throw file.problem(Code.INVALID_JSON, "file is empty; expected a JSON object");
        }
        if (!node.isObject()) {
            throw file.problem(Code.INVALID_JSON, "must hold a JSON object, found " + describe(node));
        }
        return new JsonFields(node, "", file);
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void rejectUnknown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name) && !name.startsWith(EXTENSION_PREFIX)) {
                throw file.problem(Code.UNKNOWN_FIELD, "unknown field '" + path(shorten(name)) + "'" + suggestion(name, known));
            }
        }
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw missing(field);
        }
        if (text.isBlank()) {
            throw invalid(path(field) + " must not be blank");
        }
        return text;
    }

    String optionalText(String field) {
        if (!has(field)) {
            return null;
        }
        return text(node.get(field), path(field));
    }

    LocalDate requiredDate(String field) {
        if (!has(field)) {
            throw missing(field);
        }
        return optionalDate(field);
    }

    LocalDate optionalDate(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(path(field) + " '" + shorten(text) + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    Integer optionalInt(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(path(field) + " must be a whole number, found " + describe(value));
        }
        return value.intValue();
    }

    List<JsonFields> optionalObjects(String field) {
        List<JsonFields> objects = new ArrayList<>();
        if (!has(field)) {
            return objects;
        }
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            objects.add(object(array.get(i), path(field) + "[" + i + "]"));
        }
        return objects;
    }

    JsonFields optionalObject(String field) {
        return has(field) ? object(node.get(field), path(field)) : null;
    }

    List<String> optionalTexts(String field) {
        List<String> texts = new ArrayList<>();
        if (!has(field)) {
            return texts;
        }
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            texts.add(text(array.get(i), path(field) + "[" + i + "]"));
        }
        return texts;
    }

    CaseInputException invalid(String problem) {
        return file.problem(Code.INVALID_VALUE, problem);
    }

    CaseInputException problem(Code code, String problem) {
        return file.problem(code, problem);
    }

    private CaseInputException missing(String field) {
        return file.problem(Code.MISSING_FIELD, "missing required field '" + path(field) + "'");
    }

    private JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw invalid(path(field) + " must be an array, found " + describe(value));
        }
        return value;
    }

    private JsonFields object(JsonNode value, String valuePath) {
        if (!value.isObject()) {
            throw invalid(valuePath + " must be an object, found " + describe(value));
        }
        return new JsonFields(value, valuePath, file);
    }

    private String text(JsonNode value, String valuePath) {
        if (!value.isTextual()) {
            throw invalid(valuePath + " must be a string, found " + describe(value));
        }
        return value.textValue();
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "string '" + shorten(value.textValue()) + "'";
            case NUMBER -> "number " + value.asText();
            case BOOLEAN -> "boolean " + value.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A user-supplied value cut to a length that keeps the error message one readable line. */
    static String shorten(String value) {
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "...";
    }

    private static String suggestion(String name, Set<String> known) {
        return known.stream()
                .filter(candidate -> !candidate.startsWith("$"))
                .filter(candidate -> isNearMiss(name, candidate))
                .sorted()
                .findFirst()
                .map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse("");
    }

    private static boolean isNearMiss(String name, String candidate) {
        String a = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String b = candidate.toLowerCase(Locale.ROOT);
        return a.equals(b) || editDistance(a, b) <= (b.length() < 5 ? 1 : 2);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
