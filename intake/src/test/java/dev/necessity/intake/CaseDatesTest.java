package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.IntakeWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates that cannot be right are warnings on the case, or an error where nothing can reconcile them. */
class CaseDatesTest {

    /** The day these tests pretend it is. */
    private static final Clock DECEMBER_2_2026 = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static CaseRequest read(ExampleCase example, Clock clock) {
        return new CaseReader(IntakeOptions.defaults(), clock).read(example.dir());
    }

    @Test
    void theSeedCaseRaisesNoWarning() {
        assertThat(read(ExampleCase.seed(tmp), DECEMBER_2_2026).warnings()).isEmpty();
    }

    @Test
    void aRequestDated2099IsAWarningNamingTodayAndTheRisk() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> request.put("requestDate", "2099-03-02"));

        CaseRequest request = read(seed, DECEMBER_2_2026);

        assertThat(request.warnings()).extracting(IntakeWarning::code, IntakeWarning::file).containsExactly(
                tuple("NEC-INTAKE-101", "request.json"));
        assertThat(request.warnings().get(0).message()).isEqualTo("requestDate 2099-03-02 is after today (2026-12-02);"
                + " every time window is measured back from it, so documents may fall outside windows they belong in:"
                + " check the date before relying on this assessment");
    }

    @Test
    void todayIsTheInjectedClocksDay() {
        Clock januaryFirst = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

        CaseRequest seed = read(ExampleCase.seed(tmp), januaryFirst);

        assertThat(seed.warnings()).extracting(IntakeWarning::code).containsExactly("NEC-INTAKE-101");
    }

    @Test
    void aRequestDatedTomorrowIsNotWarnedAboutBecauseTimeZonesDiffer() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> request.put("requestDate", "2026-12-03"));

        assertThat(read(seed, DECEMBER_2_2026).warnings()).isEmpty();
    }

    @Test
    void aListedDocumentDatedAfterTheRequestIsAWarningNamingIt() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request ->
                ((ObjectNode) request.withArray("documents").get(2)).put("date", "2026-04-15"));

        CaseRequest request = read(seed, DECEMBER_2_2026);

        assertThat(request.warnings()).extracting(IntakeWarning::toString).containsExactly(
                "pt-evaluation-2026-01-26.txt: dated 2026-04-15, after the request date 2026-03-02; its findings are"
                        + " still read, so check which date is wrong before relying on this assessment");
        assertThat(request.warnings().get(0).code()).isEqualTo("NEC-INTAKE-102");
    }

    @Test
    void aDiscoveredDocumentWhoseInferredDateIsAfterTheRequestIsAWarning() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> request.remove("documents"));
        Files.move(seed.file("mri-lumbar-2026-01-12.txt"), seed.file("mri-lumbar-2027-01-12.txt"));

        CaseRequest request = read(seed, DECEMBER_2_2026);

        assertThat(request.warnings()).extracting(IntakeWarning::file).containsExactly("mri-lumbar-2027-01-12.txt");
    }

    @Test
    void aBirthDateAfterTheRequestDateIsAnError() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request ->
                request.withObjectProperty("patient").put("birthDate", "2026-06-14"));

        CaseInputException problem = catchThrowableOfType(CaseInputException.class, () -> read(seed, DECEMBER_2_2026));

        assertThat(problem.getMessage()).isEqualTo("request.json: patient.birthDate 2026-06-14 is after requestDate"
                + " 2026-03-02; one of them is wrong");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-020");
    }
}
