package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Back pain said not to radiate gives a negated radiculopathy. */
class RadiationDenialTest {

    private static List<Finding> radicular(String text) {
        return Notes.ofType(Notes.read(text), "symptom").stream()
                .filter(f -> "radiculopathy".equals(f.string("kind").orElse(""))).toList();
    }

    @Test
    void painThatDoesNotRadiate() {
        assertThat(radicular("The pain stays in the low back and does not radiate; he denies leg pain, numbness or tingling."))
                .isNotEmpty().allSatisfy(f -> assertThat(f.negated()).isTrue());
        assertThat(radicular("Non-radiating low back pain for 3 months.")).singleElement()
                .satisfies(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void noClaudication() {
        assertThat(Notes.ofType(Notes.read("Axial LBP w/ incidental stenosis L4-5, no claudication."), "symptom").stream()
                .filter(f -> "neurogenic_claudication".equals(f.string("kind").orElse(""))))
                .singleElement().satisfies(f -> assertThat(f.negated()).isTrue());
    }

    @Test
    void radiatingPainIsStillAsserted() {
        assertThat(radicular("Pain radiates down the left leg to the foot.")).singleElement()
                .satisfies(f -> assertThat(f.asserted()).isTrue());
    }
}
