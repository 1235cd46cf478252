package dev.necessity.intake;

import dev.necessity.model.Diagnosis;
import dev.necessity.model.Patient;
import dev.necessity.model.Provider;
import dev.necessity.model.ServiceLine;
import java.time.LocalDate;
import java.util.List;

/**
 * The validated content of request.json, before documents are read.
 * {@code documents} is null when request.json has no "documents" field.
 */
record ParsedRequest(String caseId, LocalDate requestDate, String urgency, Patient patient,
                     Provider requestingProvider, List<ServiceLine> services,
                     List<Diagnosis> diagnoses, List<ListedDocument> documents) {
}
