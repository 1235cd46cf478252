package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A normal bowel and bladder statement is a documented absence of the red flag, never the flag:
 * an asserted bowel_bladder_dysfunction waives conservative care in the discectomy policy.
 */
class NormalFunctionRedFlagTest {

    @ParameterizedTest
    @ValueSource(strings = {"Normal bowel and bladder function.", "Bladder and bowel control intact.", "Bowel and bladder function normal.",
        "Bowel and bladder function are normal.", "Intact bowel and bladder control.", "Bowel and bladder function preserved.",
        "Continent of bowel and bladder."})
    void aNormalStatementDeniesTheFlag(String sentence) {
        Finding flag = Notes.only(Notes.read("REVIEW OF SYSTEMS:\n" + sentence + "\n"), FindingTypes.RED_FLAG);
        assertThat(flag.string("kind")).contains("bowel_bladder_dysfunction");
        assertThat(flag.negated()).as(sentence).isTrue();
    }

    @Test
    void theQuoteCarriesTheWordThatMakesItNormal() {
        Finding flag = Notes.only(Notes.read("Normal bowel and bladder function. Sensation intact in the saddle region.\n"), FindingTypes.RED_FLAG);
        assertThat(flag.quote()).isEqualTo("Normal bowel and bladder function");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He reports abnormal bowel and bladder function since Monday.", "She has new bowel and bladder incontinence.",
        "Loss of normal bladder control over the last two days.", "Loss of bowel and bladder control."})
    void aDysfunctionStaysAsserted(String sentence) {
        List<Finding> flags = Notes.ofType(Notes.read(sentence + "\n"), FindingTypes.RED_FLAG);
        assertThat(flags).as(sentence).isNotEmpty().allSatisfy(f -> assertThat(f.asserted()).isTrue());
    }
}
