package dev.necessity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.policy.CitationRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every renderer shares one numbering, and every number resolves to a reference. */
class CitationIndexTest {
    private final CitationIndex cites = new CitationIndex(SampleTrace.fusionNotNecessary(), SampleTrace.sources());

    @Test
    void sourcesAreNumberedInOrderOfFirstCitationAndOnlyCitedOnesAreListed() {
        // The first criterion (the fusion routes) cites only the payer's bulletin, through its instability route.
        assertThat(cites.references()).extracting(r -> r.number() + " " + r.source().id())
                .containsExactly("1 payer-cpb", "2 nass-fusion");
    }

    @Test
    void anInlineMarkGivesTheGradeWhereTheSourceStatesOne() {
        assertThat(cites.inline(List.of(new CitationRef("payer-cpb", null, null, null), new CitationRef("nass-fusion", "B", null, null))))
                .isEqualTo("[1, 2 (grade B)]");
        assertThat(cites.inline(List.of())).isEmpty();
    }

    @Test
    void aCitationOfASourceTheCatalogLacksIsRefused() {
        Determination d = SampleTrace.fusionNotNecessary();
        Determination bad = new Determination(d.caseId(), d.requestDate(), d.outcome(), d.requiresPhysicianReview(), d.lines(),
                List.of(new Guidance("x", null, "text", List.of(new CitationRef("nowhere", null, null, null)), List.of())),
                List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> new CitationIndex(bad, SampleTrace.sources()))
                .isInstanceOf(IllegalStateException.class).hasMessage("citation of unknown source nowhere");
    }
}
