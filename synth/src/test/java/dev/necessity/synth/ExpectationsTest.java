package dev.necessity.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.engine.trace.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A scenario's decision tables: first rule that holds, facts by name, and loud failure on a gap. */
class ExpectationsTest {
    private static final String TABLES = """
            criteria:
              care-six-weeks:
                - { when: { careSpanWeeks: null }, status: NOT_DOCUMENTED }
                - { when: { careSpanWeeks: { ">=": 6 } }, status: MET }
                - { status: NOT_MET }
              radicular-sign:
                - { when: { sign: NORMAL_EXAM }, status: NOT_MET }
                - { when: { sign: [SPURLING, WEAKNESS], armPain: { ">": 3 } }, status: MET }
                - { when: { sign: { not: NOT_EXAMINED } }, status: NOT_DOCUMENTED }
            """;

    enum Sign { SPURLING, WEAKNESS, NORMAL_EXAM, NOT_EXAMINED }

    private final Expectations tables = Expectations.parse("test", new Yaml(new SafeConstructor(new LoaderOptions())).load(TABLES));

    @Test
    void theFirstRuleThatHoldsGivesTheStatus() {
        assertThat(tables.status("care-six-weeks", facts("careSpanWeeks", null))).contains(Status.NOT_DOCUMENTED);
        assertThat(tables.status("care-six-weeks", facts("careSpanWeeks", 6.0))).contains(Status.MET);
        assertThat(tables.status("care-six-weeks", facts("careSpanWeeks", 5.9))).contains(Status.NOT_MET);
    }

    @Test
    void everyConditionOfARuleMustHoldAndEnumsMatchByName() {
        assertThat(tables.status("radicular-sign", Map.of("sign", Sign.WEAKNESS, "armPain", 4))).contains(Status.MET);
        // Weakness, but the arm-pain condition fails: the next rule decides.
        assertThat(tables.status("radicular-sign", Map.of("sign", Sign.WEAKNESS, "armPain", 3))).contains(Status.NOT_DOCUMENTED);
        assertThat(tables.status("radicular-sign", Map.of("sign", Sign.NORMAL_EXAM, "armPain", 8))).contains(Status.NOT_MET);
    }

    @Test
    void aCriterionWithoutATableIsLeftToThePolicy() {
        assertThat(tables.status("functional-limitation", Map.of())).isEqualTo(Optional.empty());
    }

    @Test
    void aTableThatRunsOutFailsInsteadOfGuessing() {
        assertThatThrownBy(() -> tables.status("radicular-sign", Map.of("sign", Sign.NOT_EXAMINED, "armPain", 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no rule of criterion 'radicular-sign' holds");
    }

    @Test
    void aFactTheScenarioDoesNotDrawIsNamed() {
        assertThatThrownBy(() -> tables.status("care-six-weeks", Map.of("careWeeks", 7.0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names fact 'careSpanWeeks'").hasMessageContaining("careWeeks");
    }

    @Test
    void aRecordsComponentsAreItsFactsAndACourseIsHowTheRecordTellsIt() {
        record Drawn(String level, Course therapy, Integer armPain) {
        }

        Map<String, Object> facts = Expectations.facts(new Drawn("L4-L5", Course.dated(60, 20), null));

        assertThat(facts).containsEntry("level", "L4-L5").containsEntry("therapy", Course.Told.DATED).containsEntry("armPain", null);
        assertThat(List.copyOf(facts.keySet())).containsExactly("level", "therapy", "armPain");
    }

    @Test
    void everyShippedScenarioHasTablesThatLoad() {
        for (String policy : Synthesizer.policies()) {
            assertThat(Expectations.of(policy)).as(policy).isNotNull();
        }
    }

    private static Map<String, Object> facts(String name, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(name, value);
        return m;
    }
}
