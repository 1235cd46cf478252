package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contracted negation ("doesn't", "hasn't", "aren’t" with a typographic apostrophe) denies what
 * its written-out form denies, in the ConText triggers and in the readers' own denial grammars.
 */
class ContractedNegationTest {

    private static final String HPI = "HISTORY OF PRESENT ILLNESS:\n";

    private static List<Finding> therapy(String text, String kind) {
        return Notes.ofType(Notes.read(HPI + text + "\n"), FindingTypes.THERAPY).stream()
                .filter(f -> kind.equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void aContractedDenialOfASymptomIsNegatedAndQuotesTheWholeWord() {
        for (String apostrophe : List.of("'", "\u2019")) {
            Finding numbness = Notes.only(Notes.read(HPI + "She doesn" + apostrophe + "t have numbness in her feet.\n"),
                    FindingTypes.SYMPTOM);
            assertThat(numbness.negated()).isTrue();
            assertThat(numbness.quote()).isEqualTo("doesn" + apostrophe + "t have numbness");
        }
    }

    @Test
    void nerveRootsThatArentCompressedAreANegatedCompression() {
        for (String apostrophe : List.of("'", "\u2019")) {
            Finding root = Notes.only(Notes.imaging("IMPRESSION:\nAt L4-5 the traversing nerve roots aren" + apostrophe
                    + "t compressed.\n"), FindingTypes.NERVE_ROOT);
            assertThat(root.negated()).as(apostrophe).isTrue();
            assertThat(root.string("degree")).contains("compression");
        }
    }

    @Test
    void aContractedDenialOfTreatmentIsNotTreatmentReceived() {
        for (String note : List.of("He hasn't had physical therapy.", "He hasn\u2019t had physical therapy.",
                "He didn't try physical therapy.", "Physical therapy wasn't done because of his work schedule.")) {
            assertThat(therapy(note, "physical_therapy")).as(note).singleElement()
                    .satisfies(f -> assertThat(f.negated()).isTrue());
        }
        assertThat(therapy("She isn't taking NSAIDs.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
        assertThat(therapy("He hasn't had an epidural steroid injection.", "injection"))
                .allSatisfy(f -> assertThat(f.negated()).isTrue()).isNotEmpty();
        assertThat(therapy("She isn't on any pain medication.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void aContractedOutcomeIsTheOutcomeNotItsOpposite() {
        assertThat(therapy("She did 6 weeks of physical therapy which wasn't helpful.", "physical_therapy")).singleElement()
                .satisfies(f -> assertThat(f.string("response")).contains("no_relief"));
        assertThat(therapy("Gabapentin didn't help.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.string("response")).contains("no_relief"));
        assertThat(therapy("Meloxicam hasn't helped.", "medication")).singleElement()
                .satisfies(f -> assertThat(f.string("response")).contains("no_relief"));
        // A missed visit is no visit on that date.
        assertThat(therapy("He didn't attend PT on 01/29/2026.", "physical_therapy"))
                .allSatisfy(f -> assertThat(f.attributes()).doesNotContainKeys("dates", "startDate"));
    }

    @Test
    void aContractedDenialOfSmokingOrRadiationIsADenial() {
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nShe doesn't smoke.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "never");
        assertThat(Notes.only(Notes.read("SOCIAL HISTORY:\nHe isn't a smoker.\n"), FindingTypes.NICOTINE).attributes())
                .containsEntry("status", "never");
        assertThat(Notes.ofType(Notes.read(HPI + "The pain stays in her low back and doesn't radiate.\n"), FindingTypes.SYMPTOM).stream()
                .filter(f -> "radiculopathy".equals(f.string("kind").orElse(""))))
                .isNotEmpty().allSatisfy(f -> assertThat(f.negated()).isTrue());
    }
}
