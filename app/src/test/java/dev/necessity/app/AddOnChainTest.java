package dev.necessity.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An add-on of an add-on (intake accepts a chain that ends at a primary line) is judged after the
 * line it follows, whatever the lines' numbers, so it is never more favourable than that line.
 */
class AddOnChainTest {
    private final Pipeline pipeline = new Pipeline(KnowledgeLoader.builtIn());

    @TempDir
    Path tmp;

    /** The seed case with a structural graft (20931) attached to its morselized graft line. */
    private Determination seedWithGraftChain(String graftLines) {
        Path caseDir = Examples.editRequest(Examples.copy("l5-s1-alif", tmp.resolve("case-" + graftLines.hashCode())),
                "{ \"sequence\": 2, \"code\": \"20930\", \"system\": \"CPT\",\n"
                        + "      \"description\": \"Allograft, morselized, for spine surgery\", \"primarySequence\": 1 }",
                graftLines);
        return pipeline.assess(caseDir);
    }

    private static LineOutcome outcome(Determination d, int sequence) {
        return d.lines().stream().filter(l -> l.line().sequence() == sequence).map(LineDetermination::outcome).findFirst().orElseThrow();
    }

    @Test
    void anAddOnNumberedBeforeTheAddOnItFollowsIsJudgedAfterIt() {
        Determination d = seedWithGraftChain("{ \"sequence\": 2, \"code\": \"20931\", \"primarySequence\": 3 },\n"
                + "    { \"sequence\": 3, \"code\": \"20930\", \"primarySequence\": 1 }");

        assertThat(outcome(d, 1)).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(outcome(d, 3)).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(outcome(d, 2)).isEqualTo(LineOutcome.NOT_MEDICALLY_NECESSARY);
        assertThat(d.lines().get(1).summary()).startsWith("The primary procedure, line 3 (CPT 20930), is not medically necessary");
    }

    @Test
    void theNumberingDoesNotChangeTheOutcomes() {
        Determination numberedInOrder = seedWithGraftChain("{ \"sequence\": 2, \"code\": \"20930\", \"primarySequence\": 1 },\n"
                + "    { \"sequence\": 3, \"code\": \"20931\", \"primarySequence\": 2 }");
        Determination numberedBackwards = seedWithGraftChain("{ \"sequence\": 2, \"code\": \"20931\", \"primarySequence\": 3 },\n"
                + "    { \"sequence\": 3, \"code\": \"20930\", \"primarySequence\": 1 }");

        assertThat(outcome(numberedBackwards, 2)).isEqualTo(outcome(numberedInOrder, 3));
        assertThat(outcome(numberedBackwards, 3)).isEqualTo(outcome(numberedInOrder, 2));
    }
}
