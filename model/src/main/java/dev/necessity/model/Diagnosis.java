package dev.necessity.model;

/** A coded diagnosis on the request, e.g. ICD-10-CM M48.062. */
public record Diagnosis(String code, String system, String description) {
}
