package dev.necessity.model;

public record Provider(String name, String npi) {
}
