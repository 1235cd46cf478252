package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claudication described leg symptom first; physical therapy that has not happened yet. */
class ClaudicationPhraseTest {

    private static List<Finding> claudication(String text) {
        return Notes.ofType(Notes.read(text), "symptom").stream()
                .filter(f -> "neurogenic_claudication".equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void legSymptomFirst() {
        assertThat(claudication("3 weeks of bilateral leg weakness and leg pain when walking, relieved by sitting.")).hasSize(1);
        assertThat(claudication("Heaviness in both thighs when she walks, which eases when she sits down.")).hasSize(1);
        assertThat(claudication("Leg pain at night, relieved by sitting up.")).isEmpty();
    }

    @Test
    void havingToSitDownForReliefAfterTheSemicolon() {
        assertThat(claudication("Pain in both legs when he walks more than a block; he has to sit down to get relief.")).singleElement()
                .satisfies(f -> assertThat(f.asserted()).isTrue());
        assertThat(claudication("Pain in both legs when he walks. He has to sit down to get relief.")).isEmpty();
    }

    @Test
    void noPhysicalTherapyYetIsADenial() {
        List<Finding> pt = Notes.ofType(Notes.read("No physical therapy yet. No PT notes are available."), "therapy");
        assertThat(pt).hasSize(2);
        assertThat(pt.get(0).negated()).isTrue();
        assertThat(pt.get(1).negated()).isFalse();
    }
}
