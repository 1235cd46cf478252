package dev.necessity.model;

import java.time.LocalDate;

public record Patient(String id, LocalDate birthDate, String sex) {
}
