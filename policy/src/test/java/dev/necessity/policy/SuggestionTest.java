package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
    @Test
    void aSlipOfATypistIsSuggested() {
        assertThat(Suggestion.closest("knid", List.of("kind", "side"))).contains("kind");
        assertThat(Suggestion.closest("radiculopaty", List.of("axial_pain", "radiculopathy"))).contains("radiculopathy");
        assertThat(Suggestion.closest("physical therapy", List.of("physical_therapy", "home_exercise"))).contains("physical_therapy");
        assertThat(Suggestion.closest("Stenossis", List.of("stenosis"))).contains("stenosis");
    }

    @Test
    void somethingElseEntirelyIsNot() {
        assertThat(Suggestion.closest("PT", List.of("physical_therapy"))).isEmpty();
        assertThat(Suggestion.closest("xyz", List.of("kind"))).isEmpty();
        assertThat(Suggestion.closest("gait", List.of("grade"))).isEmpty();
    }

    @Test
    void theNearestWinsAndTheFirstWrittenBreaksATie() {
        assertThat(Suggestion.closest("sida", List.of("site", "side"))).contains("side");
        assertThat(Suggestion.closest("cat", List.of("bat", "hat"))).contains("bat");
    }
}
