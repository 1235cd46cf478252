package dev.necessity.extract.negation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A lexicon line's {a|b|} groups stand for each alternative, so one line covers a family of phrases. */
class ContextTriggerFamiliesTest {

    @Test
    void eachGroupStandsForEachAlternativeAndAnEmptyOneDropsIt() {
        assertThat(ContextTriggers.expand("{when|reasons} to seek {urgent |}care"))
                .containsExactly("when to seek urgent care", "when to seek care", "reasons to seek urgent care", "reasons to seek care");
        assertThat(ContextTriggers.expand("no {  |}change")).containsExactly("no change", "no change");
        assertThat(ContextTriggers.expand("precautions given")).containsExactly("precautions given");
    }

    @Test
    void nestedOrUnbalancedGroupsAndRunawayFamiliesAreRefused() {
        assertThatThrownBy(() -> ContextTriggers.expand("seek {urgent {medical|}|}care")).hasMessageContaining("nested");
        assertThatThrownBy(() -> ContextTriggers.expand("seek {urgent care")).hasMessageContaining("unbalanced");
        String wide = "{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b}";
        assertThatThrownBy(() -> ContextTriggers.expand(wide)).hasMessageContaining("more than");
    }

    @Test
    void theStandardLexiconReadsAFamilyMemberLikeAnyPhrase() {
        assertThat(ContextTriggers.standard().find("Reviewed when to seek emergency medical attention (saddle numbness)."))
                .anySatisfy(m -> assertThat(m.trigger().category()).isEqualTo(TriggerCategory.HYPOTHETICAL));
    }
}
