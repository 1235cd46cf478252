package dev.necessity.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The batch summary reports the whole run's rate and the rate once warm-up is over. */
class ThroughputTest {

    @Test
    void aRunSlowedByWarmUpShowsItsSecondHalfSeparately() {
        // 10,000 cases in 40 s, of which the last 5,000 took 12.5 s.
        Throughput t = new Throughput(10_000, 40.0, 12.5);

        assertThat(t.overallRate()).isEqualTo(250.0);
        assertThat(t.secondHalfRate()).isEqualTo(400.0);
        assertThat(t.describe()).isEqualTo("10000 cases in 40.0 s: 250 cases/s overall, 400 cases/s over the second half");
    }

    @Test
    void anOddCountGivesTheSecondHalfTheExtraCase() {
        assertThat(new Throughput(101, 10.0, 5.1).secondHalfRate()).isEqualTo(51 / 5.1);
    }

    @Test
    void aTinyOrResumedRunWithNothingLeftReportsOnlyWhatItKnows() {
        assertThat(new Throughput(3, 0.5, 0.2).describe()).isEqualTo("3 cases in 0.5 s: 6 cases/s overall");
        assertThat(new Throughput(0, 0.1, 0).describe()).isEqualTo("0 cases in 0.1 s: 0 cases/s overall");
    }
}
