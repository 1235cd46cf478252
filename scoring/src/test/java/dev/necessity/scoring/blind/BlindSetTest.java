package dev.necessity.scoring.blind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The blind set (eval/blind, written from the reference policies by hands that never saw the engine)
 * as a regression floor: no emergency is ever recommended not medically necessary against its writer's
 * expectation, and line accuracy on each split stays at least what the README reports. The floors
 * move up when the README's figures do; they are never lowered to let a change through.
 */
class BlindSetTest {
    private static final Path BLIND = Examples.root().getParent().resolve("eval/blind");
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeLoader.builtIn());

    /** Lines right on the tuning split, as the README reports them. */
    static final int DEV_LINES_RIGHT = 1604;
    /** Lines right on the held-out split, as the README reports them. */
    static final int HELDOUT_LINES_RIGHT = 320;

    @Test
    void theTuningSplitHoldsItsScoreAndNoEmergencyIsDenied() {
        BlindScore.Report dev = new BlindScore(PIPELINE).run(BLIND.resolve("dev"));
        assertThat(dev.cases()).hasSizeGreaterThanOrEqualTo(840);
        assertThat(dev.cases()).allSatisfy(c -> assertThat(c.error()).as(c.name()).isNull());
        assertThat(dev.emergenciesDenied()).extracting(BlindScore.CaseScore::name).isEmpty();
        assertThat(dev.linesRight()).as(wrong(dev)).isGreaterThanOrEqualTo(DEV_LINES_RIGHT);
    }

    @Test
    void theHeldOutSplitHoldsItsScoreAndNoEmergencyIsDenied() {
        BlindScore.Report heldout = new BlindScore(PIPELINE).run(BLIND.resolve("heldout"));
        assertThat(heldout.cases()).hasSizeGreaterThanOrEqualTo(210);
        assertThat(heldout.emergenciesDenied()).extracting(BlindScore.CaseScore::name).isEmpty();
        assertThat(heldout.linesRight()).isGreaterThanOrEqualTo(HELDOUT_LINES_RIGHT);
    }

    private static String wrong(BlindScore.Report r) {
        StringBuilder out = new StringBuilder("lines wrong:");
        r.cases().forEach(c -> c.lines().stream().filter(l -> !l.right()).forEach(l -> out.append("\n  ").append(c.name())
                .append(" line ").append(l.sequence()).append(": expected ").append(l.expected()).append(", got ").append(l.actual())));
        return out.toString();
    }
}
