package dev.necessity.synth;

import static dev.necessity.synth.Judgement.MET;
import static dev.necessity.synth.Judgement.NOT_DOCUMENTED;
import static dev.necessity.synth.Judgement.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenarios' three-valued criterion logic: silence stays unknown, and an add-on never beats its primary. */
class JudgementTest {

    @Test
    void allIsDecidedByAFailureBeforeAnUnknown() {
        assertThat(Judgement.all(MET, NOT_DOCUMENTED, NOT_MET)).isEqualTo(NOT_MET);
        assertThat(Judgement.all(MET, NOT_DOCUMENTED)).isEqualTo(NOT_DOCUMENTED);
        assertThat(Judgement.all(MET, MET)).isEqualTo(MET);
    }

    @Test
    void anyIsDecidedByOneMetBeforeAnUnknown() {
        assertThat(Judgement.any(NOT_MET, NOT_DOCUMENTED, MET)).isEqualTo(MET);
        assertThat(Judgement.any(NOT_MET, NOT_DOCUMENTED)).isEqualTo(NOT_DOCUMENTED);
        assertThat(Judgement.any(NOT_MET, NOT_MET)).isEqualTo(NOT_MET);
    }

    @Test
    void atLeastFailsOnlyWhenTheUnknownsCouldNotMakeUpTheCount() {
        assertThat(Judgement.atLeast(2, MET, NOT_DOCUMENTED, NOT_MET)).isEqualTo(NOT_DOCUMENTED);
        assertThat(Judgement.atLeast(2, MET, NOT_MET, NOT_MET)).isEqualTo(NOT_MET);
        assertThat(Judgement.atLeast(2, MET, NOT_MET, MET)).isEqualTo(MET);
    }

    @Test
    void aWaiverSatisfiesAFailureAndNothingElse() {
        assertThat(NOT_MET.waivedBy(true)).isEqualTo(MET);
        assertThat(NOT_DOCUMENTED.waivedBy(true)).isEqualTo(MET);
        assertThat(NOT_MET.waivedBy(false)).isEqualTo(NOT_MET);
    }

    @Test
    void anAddOnTakesTheLessFavourableOfItsOwnOutcomeAndItsPrimarys() {
        assertThat(Judgement.capped("MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION")).isEqualTo("INSUFFICIENT_DOCUMENTATION");
        assertThat(Judgement.capped("NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION")).isEqualTo("NOT_MEDICALLY_NECESSARY");
        assertThat(Judgement.caseOutcome(List.of("MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION", "MEDICALLY_NECESSARY")))
                .isEqualTo("INSUFFICIENT_DOCUMENTATION");
    }
}
