package dev.necessity.policy;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources and policies the engine evaluates against. Immutable and thread-safe: load once
 * per process ({@link KnowledgeLoader}) and share. Which policy covers a code is worked out once
 * here, since the engine asks several times for every line of every case.
 */
public final class KnowledgeBase {
    private final SourceCatalog sources;
    private final Map<String, Policy> policies;
    private final List<Policy> sorted;
    /** Per code, the first policy by id that lists it as a primary code, and as an add-on. */
    private final Map<String, Policy> primaryOwners = new HashMap<>();
    private final Map<String, List<Policy>> addOnOwners = new HashMap<>();

    public KnowledgeBase(SourceCatalog sources, Map<String, Policy> policies) {
        this.sources = sources;
        this.policies = Collections.unmodifiableMap(new LinkedHashMap<>(policies));
        this.sorted = this.policies.values().stream().sorted(Comparator.comparing(Policy::id)).toList();
        for (Policy p : sorted) {
            p.primaryCodes().forEach(c -> primaryOwners.putIfAbsent(c.code(), p));
            p.addOnCodes().forEach(c -> addOnOwners.computeIfAbsent(c.code(), k -> new java.util.ArrayList<>()).add(p));
        }
    }

    public SourceCatalog sources() {
        return sources;
    }

    /** The policies by id, in the order they were loaded. */
    public Map<String, Policy> policies() {
        return policies;
    }

    /** The policy whose primary codes include {@code code} (the first by id, should two list it). */
    public Optional<Policy> forPrimary(String code) {
        return Optional.ofNullable(primaryOwners.get(code));
    }

    /** The policy listing {@code code} as an add-on (the first by id, should two list it). */
    public Optional<Policy> forAddOn(String code) {
        return addOnOwners.getOrDefault(code, List.of()).stream().findFirst();
    }

    /**
     * Every policy listing {@code code} as an add-on, ordered by id. Instrumentation and device codes
     * (22845, 22853) are add-ons of lumbar and cervical fusion alike; the engine evaluates such a line
     * under the policy of the primary line it attaches to.
     */
    public List<Policy> addOnOwners(String code) {
        return Collections.unmodifiableList(addOnOwners.getOrDefault(code, List.of()));
    }

    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    /** The policies ordered by id. */
    public List<Policy> sorted() {
        return sorted;
    }
}
