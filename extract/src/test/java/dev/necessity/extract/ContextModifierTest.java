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
    void aDirectlyPrecedingNegationIsOfferedToTheQuote() {
        String s = "No spondylolisthesis.";
        assertThat(of(s, "spondylolisthesis").negationStart()).isZero();
    }
}
