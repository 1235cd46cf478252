package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.impact.ImpactAnalysis;
import dev.necessity.policy.Composition;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.Policy;
import dev.necessity.policy.Predicate;
import dev.necessity.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 3-month payer overlay is the reference fusion policy with one parameter set, so replaying the
 * examples and a 1,000-case synthetic corpus under both changes only the care-duration test (and the
 * nodes above it, and the graft add-on that follows the fusion line), and never moves a line towards
 * approval: a longer requirement can only fail more cases. The whole-file copy it replaced changed
 * nicotine criteria too and moved 5 cases of such a corpus from NOT_MEDICALLY_NECESSARY to
 * INSUFFICIENT_DOCUMENTATION.
 */
class PayerOverlayImpactTest {
    private static final Path OVERLAY = Examples.root().getParent().resolve("knowledge-overlays/payer-fusion-3-months");
    private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+): (\\w+) -> (\\w+)");
    private static final Pattern CRITERION = Pattern.compile("([^/]+)/(\\S+): (\\w+) -> (\\w+)");
    private static final Map<String, Integer> FAVOUR = Map.of("NOT_MEDICALLY_NECESSARY", 0, "INSUFFICIENT_DOCUMENTATION", 1,
            "MEDICALLY_NECESSARY", 2);

    @TempDir
    static Path synthetic;

    private static ImpactAnalysis.Result examples;
    private static ImpactAnalysis.Result corpus;

    @BeforeAll
    static void replayBoth() throws IOException {
        new Synthesizer().write(synthetic, 1000, 20261202L);
        ImpactAnalysis impact = new ImpactAnalysis(KnowledgeLoader.builtIn(), KnowledgeLoader.withOverlays(List.of(OVERLAY)), 3);
        examples = impact.run(Examples.root());
        corpus = impact.run(synthetic);
    }

    @Test
    void theOverlayIsTheReferencePolicyWithOneParameterSet() {
        Policy payer = KnowledgeLoader.withOverlays(List.of(OVERLAY)).policy("lumbar-fusion").orElseThrow();
        Policy reference = KnowledgeLoader.builtIn().policy("lumbar-fusion").orElseThrow();

        assertThat(payer.version()).isEqualTo(reference.version() + "-payer-3mo");
        assertThat(careTests(payer)).containsExactly(new Predicate.CareDuration(List.of("physical_therapy", "aquatic_therapy"), 13, 12,
                false, null));
        assertThat(careTests(reference)).extracting(Predicate.CareDuration::minWeeks).containsExactly(6.0);
    }

    @Test
    void onlyTheCareDurationTestAndWhatDependsOnItChange() {
        KnowledgeBase reference = KnowledgeLoader.builtIn();
        Set<String> fusionMayChange = leavesAndAncestors(reference.policy("lumbar-fusion").orElseThrow(),
                l -> l instanceof Predicate.CareDuration);
        Set<String> graftMayChange = leavesAndAncestors(reference.policy("bone-graft").orElseThrow(), l -> l instanceof Predicate.PrimaryLine);

        Set<String> changed = new LinkedHashSet<>();
        for (ImpactAnalysis.Result r : List.of(examples, corpus)) {
            for (String key : r.criterionChanges().keySet()) {
                Matcher m = CRITERION.matcher(key);
                assertThat(m.matches()).as(key).isTrue();
                changed.add(m.group(1) + "/" + m.group(2));
                Set<String> allowed = switch (m.group(1)) {
                    case "lumbar-fusion" -> fusionMayChange;
                    case "bone-graft" -> graftMayChange;
                    default -> Set.of();
                };
                assertThat(allowed).as("a criterion outside the care-duration test changed: " + key).contains(m.group(2));
            }
        }
        assertThat(changed).contains("lumbar-fusion/physical-therapy-six-weeks", "lumbar-fusion/conservative-care");
        assertThat(fusionMayChange).containsExactlyInAnyOrder("lumbar-fusion", "conservative-care", "physical-therapy-six-weeks");
    }

    @Test
    void noLineMovesTowardsApproval() {
        long moved = 0;
        for (ImpactAnalysis.Result r : List.of(examples, corpus)) {
            for (Map.Entry<String, ImpactAnalysis.Change> e : r.lineChanges().entrySet()) {
                Matcher m = LINE.matcher(e.getKey());
                assertThat(m.matches()).as(e.getKey()).isTrue();
                assertThat(List.of("lumbar-fusion", "bone-graft")).as(e.getKey()).contains(m.group(1));
                assertThat(FAVOUR.get(m.group(4))).as(e.getKey()).isLessThan(FAVOUR.get(m.group(3)));
                moved += e.getValue().count();
            }
        }
        assertThat(examples.changedCases()).containsExactlyInAnyOrder("l5-s1-alif-approvable", "l5-s1-alif-approvable-no-mri");
        assertThat(corpus.cases()).isEqualTo(1000);
        assertThat(moved).isGreaterThan(10);
    }

    /** The care tests of a policy's criteria. */
    private static List<Predicate.CareDuration> careTests(Policy p) {
        return p.criteria().walk().stream().filter(c -> c.composition() instanceof Composition.Leaf l
                && l.predicate() instanceof Predicate.CareDuration).map(c -> (Predicate.CareDuration) ((Composition.Leaf) c.composition())
                .predicate()).toList();
    }

    /** The ids of the criteria tree's leaves whose predicate passes {@code kind}, and of every node above them. */
    private static Set<String> leavesAndAncestors(Policy p, java.util.function.Predicate<Predicate> kind) {
        Set<String> out = new HashSet<>();
        collect(p.criteria(), kind, out);
        return out;
    }

    private static boolean collect(Criterion node, java.util.function.Predicate<Predicate> kind, Set<String> out) {
        boolean hit = node.composition() instanceof Composition.Leaf l && kind.test(l.predicate());
        for (Criterion child : node.children()) {
            hit |= collect(child, kind, out);
        }
        if (hit) {
            out.add(node.id());
        }
        return hit;
    }
}
