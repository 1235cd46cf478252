package dev.necessity.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources and policies the engine evaluates against. Immutable and thread-safe: load once
 * per process ({@link KnowledgeLoader}) and share.
 */
public record KnowledgeBase(SourceCatalog sources, Map<String, Policy> policies) {
    public KnowledgeBase {
        policies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policies));
    }

    /** The policy whose primary codes include {@code code}. */
    public Optional<Policy> forPrimary(String code) {
        return sorted().stream().filter(p -> p.coversPrimary(code)).findFirst();
    }

    /** The policy listing {@code code} as an add-on. */
    public Optional<Policy> forAddOn(String code) {
        return sorted().stream().filter(p -> p.addOn(code).isPresent()).findFirst();
    }

    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    public List<Policy> sorted() {
        List<Policy> out = new ArrayList<>(policies.values());
        out.sort(Comparator.comparing(Policy::id));
        return out;
    }
}
