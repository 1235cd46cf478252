package dev.necessity.engine;

import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import dev.necessity.policy.Composition;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.Policy;
import dev.necessity.policy.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The finding types a set of policies can read, by kind of document, so that an assessment
 * extracts only those and its determination is the one full extraction would give.
 *
 * <p>The evaluators reach findings in two ways only: by type ({@link Predicate.FindingTest#type()},
 * and therapy and symptoms for {@link Predicate.CareDuration}), within the test's document kinds (a
 * test of imaging also in every other kind, which may report what a study showed); and, for a test
 * whose silence is {@link Predicate.Silence#NOT_MET_IF_LEVEL_REPORTED}, through "does any finding in
 * these documents describe the level", which reads findings of every type. Every criterion of a
 * policy counts: its tree, waivers and applicability conditions, exclusions, discordance rules and
 * the conditions on its alternatives and pitfalls.
 */
public final class FindingDemand {
    private final Map<DocumentType, Set<String>> byDocument;

    private FindingDemand(Map<DocumentType, Set<String>> byDocument) {
        this.byDocument = byDocument;
    }

    /** What {@code policies} read; no policies read nothing. */
    public static FindingDemand of(Collection<Policy> policies) {
        Map<DocumentType, Set<String>> demand = new EnumMap<>(DocumentType.class);
        for (DocumentType d : DocumentType.values()) {
            demand.put(d, new TreeSet<>());
        }
        for (Policy p : policies) {
            for (Criterion root : roots(p)) {
                for (Criterion c : root.walk()) {
                    if (c.composition() instanceof Composition.Leaf) {
                        add(((Composition.Leaf) c.composition()).predicate(), demand);
                    }
                }
            }
        }
        Map<DocumentType, Set<String>> frozen = new EnumMap<>(DocumentType.class);
        demand.forEach((d, types) -> frozen.put(d, Set.copyOf(types)));
        return new FindingDemand(frozen);
    }

    /** The finding types to extract from a document of {@code type}. */
    public Set<String> types(DocumentType type) {
        return byDocument.get(type);
    }

    private static List<Criterion> roots(Policy p) {
        List<Criterion> roots = new ArrayList<>();
        roots.add(p.criteria());
        roots.addAll(p.exclusions());
        p.discordances().forEach(r -> roots.add(r.support()));
        for (Policy.PolicyNote note : concat(p.alternatives(), p.pitfalls())) {
            if (note.when() != null) {
                roots.add(note.when());
            }
        }
        return roots;
    }

    private static List<Policy.PolicyNote> concat(List<Policy.PolicyNote> a, List<Policy.PolicyNote> b) {
        List<Policy.PolicyNote> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void add(Predicate predicate, Map<DocumentType, Set<String>> demand) {
        if (predicate instanceof Predicate.FindingTest) {
            Predicate.FindingTest test = (Predicate.FindingTest) predicate;
            Collection<DocumentType> documents = test.documentTypes().isEmpty() ? List.of(DocumentType.values()) : test.documentTypes();
            if (documents.contains(DocumentType.IMAGING)) {
                // Any document may report what a study showed (a clinic note's "MRI ... showed ..."): ask them all.
                demand.values().forEach(types -> types.add(test.type()));
            }
            for (DocumentType d : documents) {
                demand.get(d).add(test.type());
                if (test.silence() == Predicate.Silence.NOT_MET_IF_LEVEL_REPORTED) {
                    demand.get(d).addAll(FindingTypes.ALL);
                }
            }
        } else if (predicate instanceof Predicate.CareDuration) {
            // Symptoms too: how long ago they began bounds how long the care can have lasted (SymptomBound).
            demand.values().forEach(types -> {
                types.add(FindingTypes.THERAPY);
                types.add(FindingTypes.SYMPTOM);
            });
        } else if (!(predicate instanceof Predicate.PrimaryLine) && !(predicate instanceof Predicate.DiagnosisCoded)
                && !(predicate instanceof Predicate.ServiceCoded)) {
            // Predicate is sealed; a new kind must say here what it reads before any case can use it.
            throw new IllegalStateException("no finding demand known for " + predicate.getClass().getSimpleName());
        }
    }
}
