package dev.necessity.policy;

import dev.necessity.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finding model ({@code knowledge/schema/findings.yaml}), in the manner of CQL's model-info: each
 * finding type the extractor emits, its attributes, and each attribute's value type and allowed values.
 * The policy reader checks every finding test and care kind against it ({@link FindingTestCheck}), so a
 * misspelt attribute or value is a lint error instead of a test that reads NOT_DOCUMENTED forever;
 * {@link #problems(Finding)} checks what the extractor emitted. Immutable; {@link #builtIn()} is read once.
 *
 * @param title and {@code intro}: the prose of the generated {@code docs/findings.md}
 * @param types by name, in written order
 * @param groups attributes several types share (the imaging-report attributes, {@code allLevels})
 * @param virtualAttributes attributes the engine works out for every finding (such as {@code recordDate}),
 *        which a policy may compare but never select by
 */
public record FindingModel(String title, String intro, Map<String, FindingType> types,
                           Map<String, AttributeGroup> groups, Map<String, FindingAttribute> virtualAttributes) {
    private static final String FILE = "schema/findings.yaml";
    private static volatile FindingModel builtIn;

    public FindingModel {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        virtualAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(virtualAttributes));
    }

    /** Where a finding of a type has a spinal level: usually, sometimes, or never. */
    public enum LevelUse {
        YES, OPTIONAL, NONE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A finding type and the attributes it may carry: its own, then those of its groups. */
    public record FindingType(String name, String description, LevelUse level, List<String> groups,
                              Map<String, FindingAttribute> ownAttributes, Map<String, FindingAttribute> attributes,
                              String notes) {
        public FindingType {
            groups = List.copyOf(groups);
            ownAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(ownAttributes));
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        public Optional<FindingAttribute> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }
    }

    /** Attributes several types carry for one reason, described once. */
    public record AttributeGroup(String name, String title, String description, Map<String, FindingAttribute> attributes) {
        public AttributeGroup {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /** The model shipped with the built-in knowledge base, read once per process. */
    public static FindingModel builtIn() {
        FindingModel m = builtIn;
        if (m == null) {
            synchronized (FindingModel.class) {
                if (builtIn == null) {
                    builtIn = read(KnowledgeLoader.builtInRoot().resolve(FILE));
                }
                m = builtIn;
            }
        }
        return m;
    }

    /** Reads a model file; throws {@link KnowledgeException} listing every problem. */
    public static FindingModel read(Path file) {
        String name = KnowledgeLoader.displayName(file);
        YamlTree doc = YamlTree.parse(name, KnowledgeText.read(file, name));
        List<PolicyProblem> problems = new ArrayList<>();
        FindingModel model = new FindingModelReader(problems).read(doc);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return model;
    }

    public Optional<FindingType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /**
     * What about {@code f} the model does not allow: an unknown type, an attribute its type lacks, a value
     * of the wrong kind or outside the allowed values, a level on a type that never has one. Empty when
     * the finding conforms.
     */
    public List<String> problems(Finding f) {
        FindingType type = types.get(f.type());
        if (type == null) {
            return List.of("unknown finding type '" + f.type() + "'");
        }
        List<String> out = new ArrayList<>();
        if (type.level() == LevelUse.NONE && f.level() != null) {
            out.add(f.type() + " has a level (" + f.level() + "), which the model says it never has");
        }
        f.attributes().forEach((name, value) -> {
            FindingAttribute a = type.attributes().get(name);
            if (a == null) {
                out.add("unknown attribute '" + name + "' of " + f.type());
            } else {
                a.problemWith(value).ifPresent(p -> out.add(f.type() + "." + name + ": " + p));
            }
        });
        return out;
    }
}
