package dev.necessity.cli.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * request.json as a tree the request edits change in place, and written back as text. Values a tree
 * cannot hold (a 1,001-digit number, a lone surrogate escape, {@code NaN}) go in as raw text, and a
 * field written twice goes in under a marker name that {@link #write} turns into the duplicate.
 */
final class JsonTree {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUPLICATE_MARKER = "necessity-fuzz-duplicate-";

    /** Where a value sits: a field of an object, or an element of an array. */
    record Slot(JsonNode parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private final JsonNode root;

    private JsonTree(JsonNode root) {
        this.root = root;
    }

    /** The trial's request.json as a tree, or null when it is no longer a JSON object (an earlier edit broke it). */
    static JsonTree read(Trial t) throws IOException {
        if (!Files.isRegularFile(t.request(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(t.request()));
            return node != null && node.isObject() ? new JsonTree(node) : null;
        } catch (IOException e) {
            return null; // not JSON, or not text Jackson can decode (a UTF-32 byte order mark before UTF-8 bytes)
        }
    }

    void write(Trial t) throws IOException {
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        int marker;
        while ((marker = text.indexOf("\"" + DUPLICATE_MARKER)) >= 0) {
            int end = text.indexOf('"', marker + 1);
            String key = text.substring(marker + 1 + DUPLICATE_MARKER.length(), end);
            text = text.substring(0, marker) + JSON.writeValueAsString(key) + text.substring(end + 1);
        }
        Trial.put(t.request(), text);
    }

    ObjectNode root() {
        return (ObjectNode) root;
    }

    /** Every value below the root, depth first. */
    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    /** The slot {@code pick} chooses among those {@code which} accepts, or null when none does. */
    Slot slot(int pick, Predicate<Slot> which) {
        List<Slot> matching = slots().stream().filter(which).toList();
        return matching.isEmpty() ? null : matching.get(Math.floorMod(pick, matching.size()));
    }

    /** The root and every object below it. */
    List<ObjectNode> objects() {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(root());
        slots().stream().map(Slot::value).filter(JsonNode::isObject).forEach(v -> objects.add((ObjectNode) v));
        return objects;
    }

    /** Writes {@code value} a second time in the same object, under the same name. */
    static void duplicate(ObjectNode object, String field) {
        object.set(DUPLICATE_MARKER + field, object.get(field).deepCopy());
    }

    static JsonNode raw(String json) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(json));
    }

    /** Arrays (or objects) nested {@code depth} deep around a null. */
    static JsonNode nested(int depth, boolean arrays) {
        StringBuilder s = new StringBuilder();
        s.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("null").append((arrays ? "]" : "}").repeat(depth));
        return raw(s.toString());
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                slots.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }
}
