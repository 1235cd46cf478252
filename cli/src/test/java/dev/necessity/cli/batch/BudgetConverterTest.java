package dev.necessity.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** --case-timeout as a user writes it. */
class BudgetConverterTest {
    private final BudgetConverter budget = new BudgetConverter();

    @Test
    void readsTheUnitsAUserWrites() {
        assertThat(budget.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(budget.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(budget.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(budget.convert(" 1H ")).isEqualTo(Duration.ofHours(1));
        assertThat(budget.convert("45")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void refusesNothingAndNonsense() {
        assertThatThrownBy(() -> budget.convert("0s")).isInstanceOf(TypeConversionException.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> budget.convert("-5s")).isInstanceOf(TypeConversionException.class).hasMessageContaining("like 30s, 500ms or 2m");
        assertThatThrownBy(() -> budget.convert("1.5s")).isInstanceOf(TypeConversionException.class);
    }
}
