package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.lint;
import static dev.necessity.policy.OverlayFiles.shipped;
import static dev.necessity.policy.OverlayFiles.with;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge base is never shadowed silently: one policy per primary code unless a policy says it replaces another. */
class PolicyClaimsTest {

    @TempDir
    Path overlay;

    /** The shipped lumbar fusion policy under a payer's own id, as the issue reproduced the takeover of 22558. */
    private static String acmeFusion() {
        return with(shipped("lumbar-fusion"), "\nid: lumbar-fusion\n", "\nid: acme-fusion\n");
    }

    @Test
    void anOverlayPolicyWithAnotherIdClaiming22558IsAProblemAtThatCode() {
        Path file = write(overlay, "acme-fusion", acmeFusion());

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).extracting(PolicyProblem::code).containsOnly("NEC-KB-052").hasSize(4);
        PolicyProblem first = problems.get(0);
        assertThat(first.position().file()).isEqualTo(KnowledgeLoader.displayName(file));
        assertThat(first.position().line()).isEqualTo(lineOf(file, "code: \"22558\""));
        String builtInFile = KnowledgeLoader.builtIn().policy("lumbar-fusion").orElseThrow().file();
        assertThat(first.message()).isEqualTo("primary code 22558 is already covered by policy 'lumbar-fusion' ("
                + builtInFile + "); add 'replaces: lumbar-fusion' to take that policy's place");
    }

    @Test
    void loadingSuchAnOverlayFailsRatherThanPickingOne() {
        write(overlay, "acme-fusion", acmeFusion());

        KnowledgeException refused = catchThrowableOfType(KnowledgeException.class,
                () -> KnowledgeLoader.withOverlays(List.of(overlay)));

        assertThat(refused.getMessage()).contains("primary code 22558 is already covered by policy 'lumbar-fusion'");
    }

    @Test
    void aPolicyThatDeclaresItReplacesTheOtherTakesItsPlace() {
        write(overlay, "acme-fusion", with(acmeFusion(), "\nid: acme-fusion\n", "\nid: acme-fusion\nreplaces: lumbar-fusion\n"));

        assertThat(lint(overlay)).isEmpty();
        KnowledgeBase kb = KnowledgeLoader.withOverlays(List.of(overlay));
        assertThat(kb.forPrimary("22558")).map(Policy::id).contains("acme-fusion");
        assertThat(kb.policy("lumbar-fusion")).isEmpty();
        assertThat(kb.policy("acme-fusion").orElseThrow().replaces()).containsExactly("lumbar-fusion");
    }

    @Test
    void replacesTakesAListToo() {
        write(overlay, "acme-fusion", with(acmeFusion(), "\nid: acme-fusion\n", "\nid: acme-fusion\nreplaces: [lumbar-fusion]\n"));

        assertThat(lint(overlay)).isEmpty();
    }

    @Test
    void replacingAPolicyNoEarlierDirectoryHasIsAProblem() {
        Path file = write(overlay, "acme-fusion", with(acmeFusion(), "\nid: acme-fusion\n", "\nid: acme-fusion\nreplaces: lumbar-fushion\n"));

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).extracting(PolicyProblem::toString).contains(KnowledgeLoader.displayName(file) + ":" + lineOf(file, "replaces")
                + ":1: replaces 'lumbar-fushion', but no earlier knowledge directory has a policy with that id");
    }

    @Test
    void thePayersSameIdOverlayStillReplacesTheBuiltInPolicyWithoutSaying() {
        Path payer = Path.of(System.getProperty("necessity.root", ".."), "knowledge-overlays", "payer-fusion-3-months");

        assertThat(lint(payer)).isEmpty();
        assertThat(KnowledgeLoader.withOverlays(List.of(payer)).forPrimary("22558").orElseThrow().version())
                .isEqualTo("2026.11.2-payer-3mo");
    }

    @Test
    void twoPoliciesWithOneIdInOneDirectoryAreAProblem() {
        write(overlay, "fusion-a", acmeFusion().replace("\nid: acme-fusion\n", "\nid: acme-fusion\nreplaces: lumbar-fusion\n"));
        Path second = write(overlay, "fusion-b", acmeFusion());

        assertThat(lint(overlay)).extracting(PolicyProblem::toString).contains(KnowledgeLoader.displayName(second) + ":"
                + lineOf(second, "id: acme-fusion") + ":1: policy id 'acme-fusion' is already used by "
                + KnowledgeLoader.displayName(overlay.resolve("policies/fusion-a/policy.yaml"))
                + "; ids are unique within a knowledge directory");
    }

    @Test
    void twoPoliciesOfOneDirectoryClaimingOneCodeAreAProblemThatReplacesCannotSettle() {
        write(overlay, "acme-fusion", with(acmeFusion(), "\nid: acme-fusion\n", "\nid: acme-fusion\nreplaces: lumbar-fusion\n"));
        write(overlay, "zeta-fusion", with(acmeFusion(), "\nid: acme-fusion\n", "\nid: zeta-fusion\n"));

        assertThat(lint(overlay)).extracting(PolicyProblem::message).contains("primary code 22558 is already covered by"
                + " policy 'acme-fusion' (" + KnowledgeLoader.displayName(overlay.resolve("policies/acme-fusion/policy.yaml"))
                + "); a primary code belongs to one policy");
    }

    @Test
    void twoAddOnsThatArePrimariesOfEachOtherAreACycle() {
        String graft = shipped("bone-graft");
        String looped = with(with(graft, "primaries: &fusion [\"22558\",", "primaries: [\"20931\", \"22558\","),
                "code: \"20931\", description: \"Allograft for spine surgery, structural\", primaries: *fusion",
                "code: \"20931\", description: \"Allograft for spine surgery, structural\", primaries: [\"20930\"]");
        looped = looped.replace("*fusion", "[\"22558\"]");
        Path file = write(overlay, "bone-graft", looped);

        List<PolicyProblem> problems = lint(overlay);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "code: \"20930\"") + ":15: add-on codes form a cycle (20930 -> 20931 -> 20930);"
                + " an add-on must lead to a primary code");
    }

    @Test
    void anAddOnListedAsItsOwnPrimaryIsAProblem() {
        String graft = with(shipped("bone-graft"), "primaries: &fusion [\"22558\",", "primaries: &fusion [\"20930\", \"22558\",");
        write(overlay, "bone-graft", graft);

        assertThat(lint(overlay)).extracting(PolicyProblem::message).contains(
                "add-on 20930 lists itself among its primaries; an add-on must lead to a primary code");
    }

    @Test
    void theShippedKnowledgeHasNoConflictsOrCycles() {
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot()), problems);

        assertThat(problems).isEmpty();
    }
}
