package dev.necessity.synth;

import java.util.List;
import java.util.Map;

/**
 * What a scenario generates: the request's services and diagnoses, its documents, and the outcome
 * the scenario expects, per line and for the case.
 *
 * @param birthDate the patient's birth date, ISO (some policies have age criteria)
 * @param facts   the drawn facts, written into expected.yaml as a comment so a disagreement can be read
 * @param lineOutcomes expected outcome per service sequence number
 */
record SynthCase(String birthDate, List<Service> services, List<Diagnosis> diagnoses, List<Document> documents, String outcome,
                 Map<Integer, String> lineOutcomes, String facts) {

    /** A service line; {@code primarySequence} is 0 for a primary line. */
    record Service(int sequence, String code, String description, List<String> levels, int primarySequence) {
    }

    record Diagnosis(String code, String description) {
    }

    /** A document file; {@code type} is one of the contract's document types. */
    record Document(String file, String type, String text) {
    }
}
