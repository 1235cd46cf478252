package dev.necessity.synth;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What a scenario generates: the request's services and diagnoses, its documents, and the facts it
 * drew, from which its {@link Expectations} declare what each criterion of the policy should find.
 *
 * @param birthDate the patient's birth date, ISO (some policies have age criteria)
 * @param facts     the drawn facts, written into expected.yaml as a comment so a disagreement can be read
 * @param lineFacts the facts by name that decide each line (by service sequence): the case's facts and
 *                  what the record shows at that line's own level
 */
record SynthCase(String birthDate, List<Service> services, List<Diagnosis> diagnoses, List<Document> documents, String facts,
                 IntFunction<Map<String, Object>> lineFacts) {

    /** A service line; {@code primarySequence} is 0 for a primary line. */
    record Service(int sequence, String code, String description, List<String> levels, int primarySequence) {
    }

    record Diagnosis(String code, String description) {
    }

    /** A document file; {@code type} is one of the contract's document types. */
    record Document(String file, String type, String text) {
    }
}
