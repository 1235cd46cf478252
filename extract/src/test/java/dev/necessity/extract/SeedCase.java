package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The five documents of the seed case in examples/l5-s1-alif, read as the request types them. */
final class SeedCase {

    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();

    private SeedCase() {
    }

    static Path root() {
        String configured = System.getProperty("necessity.root");
        Path base = configured != null ? Path.of(configured) : Path.of("..");
        return base.resolve("examples/l5-s1-alif");
    }

    static ClinicalDocument document(String file, DocumentType type, String date) {
        try {
            String text = Files.readString(root().resolve(file), StandardCharsets.UTF_8);
            return new ClinicalDocument(file, type, LocalDate.parse(date), null, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentExtraction consult() {
        return EXTRACTOR.extract(document("spine-consult-2026-02-20.txt", DocumentType.CLINICAL_NOTE, "2026-02-20"));
    }

    static DocumentExtraction mri() {
        return EXTRACTOR.extract(document("mri-lumbar-2026-01-12.txt", DocumentType.IMAGING, "2026-01-12"));
    }

    static DocumentExtraction physicalTherapy() {
        return EXTRACTOR.extract(document("pt-evaluation-2026-01-26.txt", DocumentType.THERAPY_NOTE, "2026-01-26"));
    }

    static DocumentExtraction injection() {
        return EXTRACTOR.extract(document("esi-procedure-2025-11-03.txt", DocumentType.PROCEDURE_NOTE, "2025-11-03"));
    }

    static DocumentExtraction medications() {
        return EXTRACTOR.extract(document("medications.txt", DocumentType.MEDICATION_LIST, "2026-02-20"));
    }

    static String describe(Finding f) {
        return f.type() + (f.level() == null ? "" : " " + f.level())
                + (f.negated() ? " NEG" : "") + (f.uncertain() ? " UNC" : "") + (f.historical() ? " HIST" : "")
                + " " + f.attributes() + " \"" + f.quote().replace("\n", "\\n") + "\" [" + f.section() + "]";
    }

    public static void main(String[] args) {
        for (DocumentExtraction x : new DocumentExtraction[] {mri(), consult(), physicalTherapy(), injection(), medications()}) {
            System.out.println("=== " + x.document().name());
            x.findings().forEach(f -> System.out.println("  " + describe(f)));
        }
    }
}
