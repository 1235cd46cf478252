package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templated review-of-systems lines put the denial after the item: "Saddle numbness: denies." */
class TemplatedDenialTest {

    @Test
    void aDenialAfterTheColonNegatesTheItem() {
        List<Finding> flags = Notes.ofType(Notes.read("REVIEW OF SYSTEMS:\nSaddle numbness: denies. Fever: denied.\n"), "red_flag");
        assertThat(flags).extracting(f -> f.string("kind").orElse("")).contains("saddle_anesthesia", "fever");
        assertThat(flags).allSatisfy(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void anAssertedItemStaysAsserted() {
        List<Finding> flags = Notes.ofType(Notes.read("Saddle numbness: present since Tuesday.\n"), "red_flag");
        assertThat(flags).singleElement().satisfies(f -> assertThat(f.asserted()).isTrue());
    }
}
