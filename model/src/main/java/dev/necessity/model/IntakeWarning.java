package dev.necessity.model;

import java.util.Objects;

/**
 * Something about a case that intake accepted but a reviewer must check before relying on the
 * assessment (a request dated in the future, a document dated after the request). Warnings travel
 * with the case into the determination and every report, so nothing doubtful is used silently.
 *
 * @param code    a stable identifier, e.g. {@code NEC-INTAKE-101}
 * @param file    the case file it is about, as named in the case (e.g. {@code request.json})
 * @param message one plain sentence, without the file name
 */
public record IntakeWarning(String code, String file, String message) {
    public IntakeWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
