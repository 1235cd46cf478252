package dev.necessity.scoring.corpus;

import dev.necessity.model.Finding;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the scorer compares: one finding reduced to its document, type, level, polarity and the
 * scored attributes, read either from a label or from an extracted finding.
 */
record Item(String document, String type, String level, String polarity, Map<String, String> attributes) {

    static final String NO_LEVEL = "-";
    static final String ALL_LEVELS = "all";

    Item {
        attributes = Map.copyOf(attributes);
    }

    static Item of(Label label) {
        return new Item(label.document(), label.type(), label.level(), label.polarity(), label.attributes());
    }

    static Item of(Finding f) {
        Map<String, String> attrs = new TreeMap<>();
        for (String name : new String[] {"location", "side", "kind", "status", "grade", "direction", "morphology"}) {
            f.string(name).ifPresent(v -> attrs.put(name, v));
        }
        if (f.type().equals("stenosis")) {
            attrs.put("severity", f.severity().wireName());
            attrs.putIfAbsent("location", NO_LEVEL);
        }
        String level = f.level() != null ? f.level().toString() : f.flag("allLevels") ? ALL_LEVELS : NO_LEVEL;
        String polarity = f.negated() ? "-" : f.uncertain() ? "?" : "+";
        return new Item(f.document(), f.type(), level, polarity, attrs);
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    Item withAttribute(String name, String value) {
        Map<String, String> attrs = new TreeMap<>(attributes);
        attrs.put(name, value);
        return new Item(document, type, level, polarity, attrs);
    }
}
