package dev.necessity.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A prior-authorization request with its documents. {@code requestDate} is "now" for all
 * time reasoning, so the same case always gives the same answer. {@code warnings} are what intake
 * accepted but a reviewer must check (dates that cannot be right); never null.
 */
public record CaseRequest(String caseId, LocalDate requestDate, String urgency, Patient patient,
                          Provider requestingProvider, List<ServiceLine> services,
                          List<Diagnosis> diagnoses, List<ClinicalDocument> documents,
                          List<IntakeWarning> warnings) {
    public CaseRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestDate, "requestDate");
        urgency = urgency == null ? "standard" : urgency;
        services = List.copyOf(services);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        documents = documents == null ? List.of() : List.copyOf(documents);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A request without intake warnings (built in code rather than read from a case directory). */
    public CaseRequest(String caseId, LocalDate requestDate, String urgency, Patient patient,
                       Provider requestingProvider, List<ServiceLine> services,
                       List<Diagnosis> diagnoses, List<ClinicalDocument> documents) {
        this(caseId, requestDate, urgency, patient, requestingProvider, services, diagnoses, documents, List.of());
    }

    public Optional<ServiceLine> service(int sequence) {
        return services.stream().filter(s -> s.sequence() == sequence).findFirst();
    }

    public Optional<ClinicalDocument> document(String name) {
        return documents.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
