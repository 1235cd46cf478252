package dev.necessity.synth;

import java.util.List;
import java.util.function.Function;

/** The scenarios {@code synth} can generate, by the policy each one exercises. */
final class Scenarios {
    /** A policy id and how to make its scenario for one case. */
    record Kind(String policy, Function<Phrasing, Scenario> make) {
    }

    static final List<Kind> ALL = List.of(
            new Kind("lumbar-fusion", FusionScenario::new),
            new Kind("lumbar-discectomy", DiscectomyScenario::new),
            new Kind("lumbar-laminectomy", LaminectomyScenario::new),
            new Kind("cervical-acdf", AcdfScenario::new),
            new Kind("total-knee-arthroplasty", KneeArthroplastyScenario::new),
            new Kind("lumbar-esi", EpiduralInjectionScenario::new),
            new Kind("lumbar-mri", LumbarMriScenario::new));

    private Scenarios() {
    }

    /** The kinds for the given policy ids, in the order of {@link #ALL}; every id must be known. */
    static List<Kind> select(List<String> policies) {
        if (policies.isEmpty()) {
            return ALL;
        }
        for (String id : policies) {
            if (ALL.stream().noneMatch(k -> k.policy().equals(id))) {
                throw new IllegalArgumentException("no synthetic scenario for policy '" + id + "'; known: "
                        + String.join(", ", ALL.stream().map(Kind::policy).toList()));
            }
        }
        return ALL.stream().filter(k -> policies.contains(k.policy())).toList();
    }
}
