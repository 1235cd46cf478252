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

    @Test
    void aLabelNoAnswerNegatesItsItemOutsideAScreenSection() {
        // A lumbar MRI note: the answer line sits in the HPI, the history runs on below it.
        String note = "HPI:\nProgressive weakness: No\nLow back pain for 3 weeks after lifting boxes at work, worse with bending.\n";
        List<Finding> findings = Notes.read(note);
        Finding flag = Notes.only(findings, "red_flag");
        assertThat(flag.string("kind")).hasValue("progressive_deficit");
        assertThat(flag.negated()).isTrue();
        // The "No" answers the label; it does not deny the next line's back pain.
        Finding pain = Notes.ofType(findings, "symptom").stream().filter(f -> "axial_pain".equals(f.attributes().get("kind")))
                .findFirst().orElseThrow();
        assertThat(pain.negated()).isFalse();
        assertThat(pain.quote()).isEqualTo("Low back pain");
    }

    @Test
    void eachAnswerLineOfAScreenIsItsOwnSentence() {
        String screen = "RED FLAG SCREEN:\nOsteoporosis: No\nLong-term steroid use: No\nSaddle anesthesia: No\n";
        List<Finding> flags = Notes.ofType(Notes.read(screen), "red_flag");
        // The quote runs on to the answer it relies on, so it never reads as a positive flag out of context.
        assertThat(flags).extracting(Finding::quote).contains("Long-term steroid use: No", "Saddle anesthesia: No");
        assertThat(flags).allSatisfy(f -> assertThat(f.negated()).isTrue());
    }
}
