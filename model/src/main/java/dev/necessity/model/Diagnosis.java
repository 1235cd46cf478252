package dev.necessity.model;

/** A coded diagnosis on the request, e.g. ICD-10-CM M48.062. */
public record Diagnosis(String code, String system, String description) {

    /** Whether the code starts with one of {@code prefixes} ("M48.06" covers M48.061 and M48.062); dots and case are ignored. */
    public boolean inFamily(java.util.List<String> prefixes) {
        String c = code == null ? "" : code.replace(".", "").toUpperCase(java.util.Locale.ROOT);
        return prefixes.stream().anyMatch(p -> c.startsWith(p.replace(".", "").toUpperCase(java.util.Locale.ROOT)));
    }
}
