package dev.necessity.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.policy.FindingAttribute;
import dev.necessity.policy.FindingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attributes and values the engine reads by name are those of the finding model
 * ({@code knowledge/schema/findings.yaml}), so renaming one in the model and the readers cannot leave the
 * engine silently reading nothing.
 */
class ModelVocabularyTest {
    private static final FindingModel MODEL = FindingModel.builtIn();

    @Test
    void recordDateIsTheModelsVirtualAttribute() {
        assertThat(MODEL.virtualAttributes()).containsKey(FindingTestEvaluator.RECORD_DATE);
    }

    @Test
    void everyTypeAStudyShowsCarriesTheImagingReportFlagTheScopeReads() {
        MODEL.types().values().stream().filter(t -> t.groups().contains("study"))
                .forEach(t -> assertThat(t.attributes()).as(t.name()).containsKeys(FindingScope.IMAGING_REPORT, "date", "exceptLevels"));
        assertThat(MODEL.groups().get("levels").attributes()).containsKey("allLevels");
    }

    @Test
    void theTherapyAttributesAndValuesCareDurationReadsAreTherapys() {
        assertThat(attribute("therapy", "kind").valueNames()).contains("injection", "medication", "physical_therapy", "aquatic_therapy");
        assertThat(attribute("therapy", "status").valueNames()).contains("planned", "ongoing", "completed", "discharged", "stopped");
        assertThat(attribute("therapy", "tolerance").valueNames()).contains("not_tolerated");
        for (String name : List.of("startDate", "endDate", "date", "dates", "durationWeeks", "visits", "noShows", "datesUnknown", "datePrecision")) {
            attribute("therapy", name);
        }
    }

    @Test
    void theSymptomsThatBoundCareArePainKindsWithAnOnset() {
        assertThat(attribute("symptom", "kind").valueNames()).containsAll(SymptomBound.PAIN);
        attribute("symptom", "onset");
        attribute("symptom", "durationWeeks");
    }

    private static FindingAttribute attribute(String type, String name) {
        return MODEL.type(type).flatMap(t -> t.attribute(name))
                .orElseThrow(() -> new AssertionError("the engine reads " + type + "." + name + ", which the model lacks"));
    }
}
