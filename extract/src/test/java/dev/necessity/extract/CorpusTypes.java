package dev.necessity.extract;

import dev.necessity.model.DocumentType;

/** Document types of MTSamples corpus files, inferred from the file name as the corpus index files them. */
final class CorpusTypes {
    private CorpusTypes() {
    }

    static DocumentType typeOf(String file) {
        String f = file.toLowerCase();
        if (f.contains("mri") || f.contains("-ct-") || f.matches("\\d{3}-ct-.*") || f.contains("radiologic")) {
            return DocumentType.IMAGING;
        }
        if (f.contains("physical-therapy")) {
            return DocumentType.THERAPY_NOTE;
        }
        if (f.contains("injection") || f.contains("block") || f.contains("radiofrequency") || f.contains("epidurogram")
                || f.contains("rhizotomy") || f.contains("discogram") || f.contains("arthrogram")) {
            return DocumentType.PROCEDURE_NOTE;
        }
        if (f.matches("\\d{3}-(.*fusion.*|.*laminect.*|.*discectomy.*|.*diskectomy.*|.*laminotomy.*|.*foraminotomy.*|.*decompress.*"
                + "|.*arthroplasty.*|.*tlif.*|.*kyphoplasty\\.txt|.*vertebroplasty.*|.*re-exploration.*|.*facetectomy.*)")
                && !f.contains("discharge") && !f.contains("consult") && !f.contains("followup")) {
            return DocumentType.OPERATIVE_NOTE;
        }
        return DocumentType.CLINICAL_NOTE;
    }
}
