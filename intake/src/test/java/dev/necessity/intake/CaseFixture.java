package dev.necessity.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes realistic case directories for tests. */
final class CaseFixture {

    static final String VALID_REQUEST = """
            {
              "caseId": "case-4471",
              "requestDate": "2026-03-02",
              "patient": { "id": "P-20931", "birthDate": "1968-11-02", "sex": "male" },
              "services": [
                { "sequence": 1, "code": "22630", "system": "CPT",
                  "description": "Posterior lumbar interbody fusion, L4-L5", "levels": ["L4-5"] },
                { "sequence": 2, "code": "22840", "system": "CPT", "primarySequence": 1 }
              ],
              "diagnoses": [ { "code": "M43.16", "system": "ICD-10-CM" } ],
              "documents": [
                { "file": "mri.txt", "type": "imaging", "date": "2026-01-12" }
              ]
            }
            """;

    static final String MRI_REPORT = """
            MRI LUMBAR SPINE WITHOUT CONTRAST
            Date of exam: 01/12/2026
            L4-L5: Grade 1 anterolisthesis of 6 mm with severe central canal stenosis.
            """;

    private final Path dir;

    private CaseFixture(Path dir) {
        this.dir = dir;
    }

    static CaseFixture in(Path dir) {
        return new CaseFixture(dir);
    }

    /** A valid case whose request lists one MRI document. */
    static CaseFixture validCase(Path dir) {
        return in(dir).request(VALID_REQUEST).file("mri.txt", MRI_REPORT);
    }

    CaseFixture request(String json) {
        return file(CaseReader.REQUEST_FILE, json);
    }

    CaseFixture file(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    CaseFixture bytes(String name, byte[] content) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid request with {@code target} replaced by {@code replacement} (which must occur). */
    CaseFixture requestWith(String target, String replacement) {
        if (!VALID_REQUEST.contains(target)) {
            throw new IllegalArgumentException("not in the valid request: " + target);
        }
        return request(VALID_REQUEST.replace(target, replacement));
    }

    /** The valid request without its "documents" list, so documents are discovered. */
    CaseFixture requestWithoutDocuments() {
        return request(VALID_REQUEST.replaceFirst(",\\s*\"documents\": \\[[^\\]]*\\]", ""));
    }

    Path dir() {
        return dir;
    }
}
