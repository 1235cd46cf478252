package dev.necessity.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A timed-out case's line names its budget the way the user wrote it. */
class CaseFailureTest {
    @Test
    void writesABudgetBackAsItWasMeant() {
        assertThat(CaseFailure.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(CaseFailure.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(CaseFailure.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(CaseFailure.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }
}
