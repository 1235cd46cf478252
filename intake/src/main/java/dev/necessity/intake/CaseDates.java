package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.IntakeWarning;
import dev.necessity.model.Patient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a case's dates against each other and against today (docs/limits.md, "Dates").
 *
 * <p>The request date is "now" for all time reasoning, so a wrong one silently moves every time
 * window: a request dated 2099 puts the MRI 73 years in the past. Such a case can still be read,
 * so a request dated after today (by the injected clock, with a day's grace for time zones) and a
 * document dated after the request are warnings, carried into every report and routed to a
 * reviewer. A birth date after the request date is an error: no reading of the case reconciles
 * it, because either the patient or the request's "now" is wrong.
 */
final class CaseDates {

    /** A request dated after today. */
    static final String FUTURE_REQUEST = "NEC-INTAKE-101";
    /** A document dated after the request. */
    static final String DOCUMENT_AFTER_REQUEST = "NEC-INTAKE-102";

    private final Clock clock;

    CaseDates(Clock clock) {
        this.clock = clock;
    }

    /** Throws for a birth date after the request date. */
    void requirePossible(InputFile requestFile, LocalDate requestDate, Patient patient) {
        if (patient != null && patient.birthDate() != null && patient.birthDate().isAfter(requestDate)) {
            throw requestFile.problem(Code.IMPOSSIBLE_DATES, "patient.birthDate " + patient.birthDate()
                    + " is after requestDate " + requestDate + "; one of them is wrong");
        }
    }

    /** The warnings for a request date after today and for documents dated after the request. */
    List<IntakeWarning> warnings(LocalDate requestDate, List<ClinicalDocument> documents) {
        List<IntakeWarning> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (requestDate.isAfter(today.plusDays(1))) {
            warnings.add(new IntakeWarning(FUTURE_REQUEST, CaseReader.REQUEST_FILE, "requestDate " + requestDate
                    + " is after today (" + today + "); every time window is measured back from it, so documents"
                    + " may fall outside windows they belong in: check the date before relying on this assessment"));
        }
        for (ClinicalDocument document : documents) {
            if (document.date() != null && document.date().isAfter(requestDate)) {
                warnings.add(new IntakeWarning(DOCUMENT_AFTER_REQUEST, document.name(), "dated " + document.date()
                        + ", after the request date " + requestDate + "; its findings are still read, so check which"
                        + " date is wrong before relying on this assessment"));
            }
        }
        return warnings;
    }
}
