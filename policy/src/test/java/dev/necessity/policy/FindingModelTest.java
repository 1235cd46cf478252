package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;
import dev.necessity.model.SpinalLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingModelTest {
    private static final FindingModel MODEL = FindingModel.builtIn();

    @Test
    void theModelNamesExactlyTheTypesTheExtractorDeclares() {
        assertThat(MODEL.types().keySet()).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
    }

    @Test
    void everyTypeAndAttributeIsDescribed() {
        MODEL.types().values().forEach(t -> {
            assertThat(t.description()).as(t.name()).isNotBlank();
            t.attributes().values().forEach(a -> assertThat(a.description()).as(t.name() + "." + a.name()).isNotBlank());
        });
    }

    @Test
    void aConformingFindingHasNoProblems() {
        Finding stenosis = finding("stenosis", SpinalLevel.of("L4-L5"), Map.of("location", "central", "severity", "moderate",
                "side", "bilateral", "imagingReport", true, "date", LocalDate.of(2026, 1, 12), "exceptLevels", List.of("L3-L4")));

        assertThat(MODEL.problems(stenosis)).isEmpty();
    }

    @Test
    void aFindingOutsideTheModelIsDescribed() {
        Finding symptom = finding("symptom", null, Map.of("kind", "radiculopaty", "durationWeeks", "six", "knid", "x"));
        Finding study = finding("imaging_study", SpinalLevel.of("L4-L5"), Map.of());

        assertThat(MODEL.problems(symptom)).containsExactlyInAnyOrder(
                "symptom.kind: 'radiculopaty' (String) is not one of neurogenic_claudication, radiculopathy, axial_pain, myelopathy,"
                        + " numbness, weakness, night_pain, functional_limitation, arm_pain, knee_pain, gait_imbalance, hand_clumsiness,"
                        + " symptom_change",
                "symptom.durationWeeks: 'six' (String) is not a number",
                "unknown attribute 'knid' of symptom");
        assertThat(MODEL.problems(study)).containsExactly("imaging_study has a level (L4-L5), which the model says it never has");
        assertThat(MODEL.problems(finding("stenossis", null, Map.of()))).containsExactly("unknown finding type 'stenossis'");
    }

    @Test
    void aLabValueIsANumberOrAQualitativeResult() {
        assertThat(MODEL.problems(finding("lab", null, Map.of("test", "cotinine", "value", 410.0)))).isEmpty();
        assertThat(MODEL.problems(finding("lab", null, Map.of("test", "cotinine", "value", "negative")))).isEmpty();
        assertThat(MODEL.problems(finding("lab", null, Map.of("test", "cotinine", "value", "high")))).hasSize(1);
    }

    @Test
    void aMalformedModelIsAProblemAtItsPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("findings.yaml");
        Files.writeString(file, """
                title: Broken
                types:
                  symptom:
                    description: A symptom.
                    level: optional
                    groups: [studdy]
                    attributes:
                      kind: { type: enum, description: the symptom }
                      side: { type: enum, values: sides, description: the side }
                      onset: { type: datetime, description: when }
                """);

        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> FindingModel.read(file));

        assertThat(e.problems()).extracting(PolicyProblem::code).containsOnly("NEC-KB-060");
        assertThat(e.problems()).extracting(p -> p.position().line() + ": " + p.message()).containsExactlyInAnyOrder(
                "8: enum attribute 'kind' needs 'values'",
                "9: no value set 'sides' (valueSets: )",
                "10: attribute 'onset' has unknown value type 'datetime' (enum, string, integer, number, date, boolean, level, list)",
                "6: no attribute group 'studdy' (groups: )");
    }

    private static Finding finding(String type, SpinalLevel level, Map<String, Object> attributes) {
        return new Finding(type, "note.txt", new Span(0, 1), "x", null, level, false, false, false, attributes);
    }
}
