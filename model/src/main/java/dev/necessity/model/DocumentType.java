package dev.necessity.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of clinical document a case may carry, with their wire names. */
public enum DocumentType {
    CLINICAL_NOTE("clinical-note"),
    IMAGING("imaging"),
    THERAPY_NOTE("therapy-note"),
    PROCEDURE_NOTE("procedure-note"),
    MEDICATION_LIST("medication-list"),
    OPERATIVE_NOTE("operative-note"),
    LAB("lab"),
    LETTER("letter"),
    OTHER("other");

    private final String wireName;

    DocumentType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DocumentType> fromWire(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(n)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
