package dev.necessity.cli.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes to the structure of request.json: fields dropped, written twice, given another type, a
 * huge number, deep nesting or hostile text; array elements dropped, repeated or reversed; add-on
 * links pointing anywhere; and edits that keep the request valid (dates shifted, documents left
 * to discovery) so that the fuzz also reaches extraction and the engine.
 */
final class RequestEdits {
    private RequestEdits() {
    }

    static Gen<Mutation> any() {
        Gen<Integer> at = Gen.ints(0, 10_000);
        Gen<String> raw = Gen.of(HostileText.RAW_JSON);
        Gen<String> text = Gen.of(HostileText.STRINGS);
        return Gen.weighted(
                3, at.map(DropField::new),
                2, at.map(DuplicateField::new),
                4, Gen.combine(at, raw, ReplaceValue::new),
                4, Gen.combine(at, text, ReplaceString::new),
                1, Gen.combine(at, Gen.of(2, 8, 31, 32, 33, 100, 5_000), Gen.of(true, false), NestDeeply::new),
                2, Gen.combine(at, Gen.of("x-site", "x-\u001b[31m", "$schema", "primarySequnce", "level", "", "\u0000", "services",
                        "__proto__"), raw, AddField::new),
                3, at.map(DuplicateElement::new),
                2, at.map(DropElement::new),
                1, at.map(ReverseArray::new),
                4, Gen.combine(at, Gen.of("null", "0", "-1", "1", "2", "3", "99", "1.5", "\"1\"", "2147483648", "1e400", "[1]", "{}"),
                        PrimarySequence::new),
                2, Gen.of(AddOnLinks.Shape.values()).map(AddOnLinks::new),
                4, Gen.combine(at, Gen.of("file", "type", "date", "title"), Gen.oneOf(text, Gen.of(Trial.OTHER_PATIENT,
                        "../outside/" + Trial.OTHER_PATIENT, "sub/mri.txt", "linked/mri.txt")), DocumentEntry::new),
                2, Gen.just(new DropDocumentsList()),
                3, Gen.of(-36_500, -800, -400, -42, -1, 1, 30, 365, 36_500).map(ShiftDates::new));
    }

    /** Applies {@code edit} to the trial's request.json when it is still a JSON object. */
    private static void edit(Trial t, TreeEdit edit) throws IOException {
        JsonTree tree = JsonTree.read(t);
        if (tree != null && edit.change(tree)) {
            tree.write(t);
        }
    }

    private interface TreeEdit {
        boolean change(JsonTree tree);
    }

    record DropField(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.field() != null), JsonTree.Slot::remove));
        }
    }

    record DuplicateField(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.field() != null), s -> JsonTree.duplicate((ObjectNode) s.parent(), s.field())));
        }
    }

    record ReplaceValue(int at, String json) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> true), s -> s.set(JsonTree.raw(json))));
        }
    }

    record ReplaceString(int at, String text) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.value().isTextual()), s -> s.set(TextNode.valueOf(text))));
        }
    }

    record NestDeeply(int at, int depth, boolean arrays) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> true), s -> s.set(JsonTree.nested(depth, arrays))));
        }
    }

    record AddField(int at, String name, String json) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> {
                List<ObjectNode> objects = tree.objects();
                ObjectNode o = objects.get(Math.floorMod(at, objects.size()));
                if (o.has(name)) {
                    JsonTree.duplicate(o, name);
                } else {
                    o.set(name, JsonTree.raw(json));
                }
                return true;
            });
        }
    }

    record DuplicateElement(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.field() == null),
                    s -> ((ArrayNode) s.parent()).insert(s.index(), s.value().deepCopy())));
        }
    }

    record DropElement(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.field() == null), JsonTree.Slot::remove));
        }
    }

    record ReverseArray(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> apply(tree.slot(at, s -> s.value().isArray() && s.value().size() > 1), s -> {
                ArrayNode reversed = JsonTree.JSON.createArrayNode();
                for (int i = s.value().size() - 1; i >= 0; i--) {
                    reversed.add(s.value().get(i));
                }
                s.set(reversed);
            }));
        }
    }

    /** services[line].primarySequence set to {@code json} (raw JSON text). */
    record PrimarySequence(int line, String json) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> {
                JsonNode services = tree.root().get("services");
                if (services == null || !services.isArray() || services.isEmpty() || !services.get(Math.floorMod(line, services.size())).isObject()) {
                    return false;
                }
                ((ObjectNode) services.get(Math.floorMod(line, services.size()))).set("primarySequence", JsonTree.raw(json));
                return true;
            });
        }
    }

    /** Every service line made an add-on: of the next line (a cycle), of itself, or of a line that does not exist. */
    record AddOnLinks(Shape shape) implements Mutation {
        enum Shape { CYCLE, SELF, MISSING, ALL_OF_FIRST }

        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> {
                JsonNode services = tree.root().get("services");
                if (services == null || !services.isArray()) {
                    return false;
                }
                int n = services.size();
                for (int i = 0; i < n; i++) {
                    if (services.get(i) instanceof ObjectNode line) {
                        int target = switch (shape) {
                            case CYCLE -> (i + 1) % n + 1;
                            case SELF -> i + 1;
                            case MISSING -> n + 7;
                            case ALL_OF_FIRST -> 1;
                        };
                        line.put("primarySequence", target);
                    }
                }
                return true;
            });
        }
    }

    /** documents[doc].field set to {@code text}. */
    record DocumentEntry(int doc, String field, String text) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> {
                JsonNode docs = tree.root().get("documents");
                if (docs == null || !docs.isArray() || docs.isEmpty() || !docs.get(Math.floorMod(doc, docs.size())).isObject()) {
                    return false;
                }
                ((ObjectNode) docs.get(Math.floorMod(doc, docs.size()))).put(field, text);
                return true;
            });
        }
    }

    /** No documents list: every .txt and .md file in the case is then read. */
    record DropDocumentsList() implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> tree.root().remove("documents") != null);
        }
    }

    /** Every ISO date in the request moved by {@code days}: the request stays valid, the time windows move. */
    record ShiftDates(int days) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, tree -> {
                boolean changed = false;
                for (JsonTree.Slot s : tree.slots()) {
                    if (s.value().isTextual() && s.value().asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        try {
                            s.set(TextNode.valueOf(LocalDate.parse(s.value().asText()).plusDays(days).toString()));
                            changed = true;
                        } catch (DateTimeParseException e) {
                            // not a date after all; left as it is
                        }
                    }
                }
                return changed;
            });
        }
    }

    private static boolean apply(JsonTree.Slot slot, Consumer<JsonTree.Slot> change) {
        if (slot == null) {
            return false;
        }
        change.accept(slot);
        return true;
    }
}
