package dev.necessity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anterior instrumentation (22845) and an interbody device (22853) are add-ons of lumbar and cervical
 * fusion alike: each line is judged by the policy of the primary line it attaches to, whether the
 * request names that line or the engine infers it.
 */
class SharedAddOnTest {
    private static final KnowledgeBase BUILT_IN = KnowledgeLoader.builtIn();

    private static Determination assess(String primaryCode, String level, Integer primarySequence) {
        List<ServiceLine> lines = List.of(
                new ServiceLine(1, primaryCode, "CPT", null, List.of(SpinalLevel.of(level)), null),
                new ServiceLine(2, "22853", "CPT", null, List.of(), primarySequence),
                new ServiceLine(3, "22845", "CPT", null, List.of(), primarySequence));
        CaseRequest request = new CaseRequest("c", LocalDate.of(2026, 6, 1), null, null, null, lines, List.of(), List.of());
        return new Engine(BUILT_IN).assess(request, List.of());
    }

    @Test
    void onAnAcdfTheyAreJudgedByTheCervicalPolicy() {
        for (Integer named : new Integer[] {1, null}) {
            Determination d = assess("22551", "C5-C6", named);
            assertThat(d.lines()).extracting(LineDetermination::policyId).containsExactly("cervical-acdf", "cervical-acdf", "cervical-acdf");
            assertThat(d.lines().get(1).primarySequence()).isEqualTo(1);
            assertThat(d.lines().get(2).outcome()).isEqualTo(d.lines().get(0).outcome());
        }
    }

    @Test
    void onALumbarFusionTheyAreJudgedByTheLumbarPolicy() {
        for (Integer named : new Integer[] {1, null}) {
            Determination d = assess("22558", "L5-S1", named);
            assertThat(d.lines()).extracting(LineDetermination::policyId).containsExactly("lumbar-fusion", "lumbar-fusion", "lumbar-fusion");
            assertThat(d.lines().get(2).primarySequence()).isEqualTo(1);
        }
    }

    @Test
    void bothPoliciesListTheSharedCodes() {
        assertThat(BUILT_IN.addOnOwners("22853")).extracting(p -> p.id()).containsExactly("cervical-acdf", "lumbar-fusion");
        assertThat(BUILT_IN.addOnOwners("22845")).extracting(p -> p.id()).containsExactly("cervical-acdf", "lumbar-fusion");
    }
}
