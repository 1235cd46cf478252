package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An adverse report leads with its most decisive failure: an exclusion that applies comes before a
 * criterion documented as not met, which comes before a documentation gap, in the line's summary,
 * the reasons of the primary determination, and the order of the report's sections.
 */
class DecisiveFirstTest {
    private static final Path MODIC = Examples.root().getParent()
            .resolve("knowledge/policies/lumbar-fusion/tests/exclusion-modic-changes-alone");

    @Test
    void anExclusionLeadsTheSummaryTheReasonsAndTheSections() {
        Determination d = new Pipeline(KnowledgeLoader.builtIn()).assess(MODIC);
        assertThat(d.lines().get(0).summary()).startsWith("Exclusion applies: ").contains(" Required criteria not met on the documented evidence: ");

        CommandLineTest.Run r = CommandLineTest.run("assess", MODIC.toString());
        String text = r.out();
        int reasons = text.indexOf("does not meet medical necessity criteria because ");
        assertThat(text.substring(reasons)).startsWith("does not meet medical necessity criteria because an exclusion applies, ");
        assertThat(text.indexOf("\nExclusions\n")).isPositive().isLessThan(text.indexOf("\nCritical Deficiencies in Meeting Criteria\n"));
        assertThat(text.indexOf("\nCritical Deficiencies in Meeting Criteria\n")).isLessThan(text.indexOf("\nNot Documented: Records That Would Settle It\n"));
    }

    @Test
    void withoutAnExclusionTheDeficienciesLeadAndExclusionsFollowAsContext() {
        CommandLineTest.Run r = CommandLineTest.run("assess", Examples.example("l5-s1-alif").toString());
        String text = r.out();
        assertThat(text.indexOf("\nCritical Deficiencies in Meeting Criteria\n")).isPositive()
                .isLessThan(text.indexOf("\nExclusions\n"));
    }
}
