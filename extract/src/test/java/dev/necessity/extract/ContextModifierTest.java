package dev.necessity.extract;

import dev.necessity.extract.negation.ContextAnalyzer;
import dev.necessity.extract.negation.Modifiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ConText scope rules, on sentences from the seed case and the MTSamples corpus. */
class ContextModifierTest {

    private static Modifiers of(String sentence, String concept) {
        int at = sentence.indexOf(concept);
        return new ContextAnalyzer(sentence).modifiers(at, at + concept.length());
    }

    @Test
    void negationCoversEveryItemOfACommaList() {
        String s = "No disc herniation, canal stenosis or foraminal narrowing.";
        assertThat(of(s, "disc herniation").negated()).isTrue();
        assertThat(of(s, "canal stenosis").negated()).isTrue();
        assertThat(of(s, "foraminal narrowing").negated()).isTrue();
    }

    @Test
    void butEndsTheScopeOfANegation() {
        String s = "There were minimal diffuse disc bulge and uncovertebral osteophytes without cord deformity but moderate foraminal narrowing.";
        assertThat(of(s, "cord deformity").negated()).isTrue();
        assertThat(of(s, "foraminal narrowing").negated()).isFalse();
    }

    @Test
    void eachDeniesNegatesWhatFollowsIt() {
        String s = "She denies bowel or bladder dysfunction and denies saddle numbness.";
        assertThat(of(s, "bladder dysfunction").negated()).isTrue();
        assertThat(of(s, "saddle numbness").negated()).isTrue();
    }

    @Test
    void aRefusalNegatesWhatWasRefusedButAWorseningIsNotARefusal() {
        assertThat(of("She declined a surgical consultation at this time.", "surgical consultation").negated()).isTrue();
        assertThat(of("He refused an MRI because of claustrophobia.", "MRI").negated()).isTrue();
        assertThat(of("Her walking tolerance has declined to one block with leg pain.", "leg pain").negated()).isFalse();
    }

    @Test
    void conceptsBeforeTheTriggerAreNotNegated() {
        assertThat(of("She attended 1 session on 01/26/2026, which she states was not tolerable.", "session").negated()).isFalse();
    }

    @Test
    void pseudoTriggersDoNotNegate() {
        assertThat(of("No change in the mild foraminal narrowing at L4-5.", "foraminal narrowing").negated()).isFalse();
        assertThat(of("No further disc extrusion is seen.", "disc extrusion").negated()).isFalse();
    }

    @Test
    void hedgesMakeAConceptUncertain() {
        assertThat(of("Questionable impingement of the left L5 nerve root.", "impingement").uncertain()).isTrue();
        assertThat(of("Findings may represent a facet synovial cyst.", "synovial cyst").uncertain()).isTrue();
        assertThat(of("A small extruded fragment cannot be excluded.", "extruded fragment").uncertain()).isTrue();
    }

    @Test
    void historyOfMakesAConceptHistorical() {
        assertThat(of("He also has a history of prostate cancer, which was treated by radiation.", "prostate cancer").historical()).isTrue();
    }

    @Test
    void aContractedNegationNegatesLikeItsWrittenOutForm() {
        assertThat(of("She doesn't have numbness or tingling in the legs.", "numbness").negated()).isTrue();
        assertThat(of("She doesn\u2019t have numbness or tingling in the legs.", "tingling").negated()).isTrue();
        assertThat(of("He isn't taking NSAIDs because of his ulcer.", "NSAIDs").negated()).isTrue();
        // The quote widens back to the whole contracted word, not to "n't".
        assertThat(of("She doesn't have numbness.", "numbness").negationStart()).isEqualTo("She ".length());
        // Backward triggers: "isn't seen" is "is not seen".
        assertThat(of("A disc extrusion isn't seen.", "disc extrusion").negated()).isTrue();
        assertThat(of("Cord compression isn\u2019t evident.", "Cord compression").negated()).isTrue();
    }

    @Test
    void aContractedPseudoOrHedgeTriggerKeepsItsMeaning() {
        assertThat(of("The injection didn't help her leg pain.", "leg pain").negated()).isFalse();
        assertThat(of("Gabapentin wasn't tolerated because of dizziness.", "dizziness").negated()).isFalse();
        Modifiers hedged = of("We can't exclude a small recurrent disc herniation.", "disc herniation");
        assertThat(hedged.uncertain()).isTrue();
        assertThat(hedged.negated()).isFalse();
        assertThat(of("Infection won't be treated with steroids.", "steroids").negated()).isTrue();
    }

    @Test
    void aDirectlyPrecedingNegationIsOfferedToTheQuote() {
        String s = "No spondylolisthesis.";
        assertThat(of(s, "spondylolisthesis").negationStart()).isZero();
    }
}
