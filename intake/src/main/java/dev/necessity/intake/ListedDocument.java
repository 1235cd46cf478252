package dev.necessity.intake;

import dev.necessity.model.DocumentType;
import java.time.LocalDate;

/**
 * A document entry from request.json. {@code type} and {@code date} are null when the entry
 * leaves them out (they are then inferred from the file).
 */
record ListedDocument(String file, DocumentType type, LocalDate date, String title) {
}
