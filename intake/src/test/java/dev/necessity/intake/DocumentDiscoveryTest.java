package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentDiscoveryTest {

    @TempDir
    Path dir;

    private CaseRequest read(CaseFixture fixture) {
        return new CaseReader().read(fixture.dir());
    }

    private ClinicalDocument onlyDocument(String name, String text) {
        return read(CaseFixture.in(dir).requestWithoutDocuments().file(name, text)).document(name).orElseThrow();
    }

    @Test
    void theSeedCaseWithoutADocumentListInfersTheSameTypesAndDates() throws IOException {
        try (Stream<Path> files = Files.list(SeedExampleTest.SEED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }

        CaseRequest request = read(CaseFixture.in(dir).requestWithoutDocuments());

        assertThat(request.documents())
                .extracting(ClinicalDocument::name, ClinicalDocument::type, ClinicalDocument::date)
                .containsExactly(
                        tuple("esi-procedure-2025-11-03.txt", DocumentType.PROCEDURE_NOTE, LocalDate.of(2025, 11, 3)),
                        tuple("medications.txt", DocumentType.MEDICATION_LIST, LocalDate.of(2026, 2, 20)),
                        tuple("mri-lumbar-2026-01-12.txt", DocumentType.IMAGING, LocalDate.of(2026, 1, 12)),
                        tuple("pt-evaluation-2026-01-26.txt", DocumentType.THERAPY_NOTE, LocalDate.of(2026, 1, 26)),
                        tuple("spine-consult-2026-02-20.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 2, 20)));
    }

    @Test
    void onlyVisibleTextAndMarkdownFilesDirectlyInTheCaseAreDocuments() {
        CaseRequest request = read(CaseFixture.in(dir).requestWithoutDocuments()
                .file("b-notes.md", "# Follow-up visit\nDate: 02/20/2026\n")
                .file("a-lab-results.TXT", "LAB RESULTS\nHbA1c 6.1%\n")
                .bytes("scan.pdf", new byte[] {'%', 'P', 'D', 'F'})
                .file(".draft.txt", "unfinished")
                .file("old/mri.txt", CaseFixture.MRI_REPORT));

        assertThat(request.documents()).extracting(ClinicalDocument::name)
                .containsExactly("a-lab-results.TXT", "b-notes.md");
    }

    @Test
    void aCaseWithNoDocumentsReadsWithAnEmptyList() {
        assertThat(read(CaseFixture.in(dir).requestWithoutDocuments()).documents()).isEmpty();
    }

    @Test
    void theFileNameDecidesTheTypeByWholeWords() {
        assertThat(onlyDocument("lumbar-x-ray.txt", "Two views.").type()).isEqualTo(DocumentType.IMAGING);
        assertThat(onlyDocument("ct_lumbar.txt", "Axial images.").type()).isEqualTo(DocumentType.IMAGING);
        assertThat(onlyDocument("physical-therapy-discharge.txt", "12 visits.").type()).isEqualTo(DocumentType.THERAPY_NOTE);
        assertThat(onlyDocument("injection-log.txt", "Right L5 TFESI.").type()).isEqualTo(DocumentType.PROCEDURE_NOTE);
        assertThat(onlyDocument("meds.md", "- gabapentin").type()).isEqualTo(DocumentType.MEDICATION_LIST);
        assertThat(onlyDocument("operative-report.txt", "Procedure: L4-L5 TLIF").type())
                .isEqualTo(DocumentType.OPERATIVE_NOTE);
        assertThat(onlyDocument("labs.txt", "Cotinine negative").type()).isEqualTo(DocumentType.LAB);
        assertThat(onlyDocument("postoperative-visit.txt", "Doing well.").type()).isEqualTo(DocumentType.CLINICAL_NOTE);
        assertThat(onlyDocument("transcript.txt", "Phone call.").type()).isEqualTo(DocumentType.CLINICAL_NOTE);
    }

    @Test
    void theTitleLineDecidesTheTypeWhenTheNameSaysNothing() {
        assertThat(onlyDocument("report-3.txt", "\nMRI LUMBAR SPINE WITHOUT CONTRAST\nImpression: stenosis.")
                .type()).isEqualTo(DocumentType.IMAGING);
        assertThat(onlyDocument("report-4.txt", "OUTPATIENT PHYSICAL THERAPY - DISCHARGE\n").type())
                .isEqualTo(DocumentType.THERAPY_NOTE);
        assertThat(onlyDocument("report-5.txt", "ORTHOPEDIC SPINE CLINIC - FOLLOW-UP VISIT\nPT twice weekly.").type())
                .isEqualTo(DocumentType.CLINICAL_NOTE);
    }

    @Test
    void anIsoDateInTheFileNameIsTheDocumentDate() {
        assertThat(onlyDocument("mri-lumbar-2026-01-12.txt", "Date of exam: 12/30/2025\n").date())
                .isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void theFirstDatedLineIsTheDateAndBirthDatesAreSkipped() {
        ClinicalDocument note = onlyDocument("consult.txt", """
                SPINE CONSULTATION
                Patient: Jane Roe   Date of birth: 06/14/1979
                Date of service: 02/20/2026
                Date: 03/01/2026
                """);

        assertThat(note.date()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void isoAndWrittenOutDatesAreRecognisedOnDatedLines() {
        assertThat(onlyDocument("a.txt", "Exam date: 2026-01-12\n").date()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(onlyDocument("b.txt", "DATE: January 12, 2026\n").date()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(onlyDocument("c.txt", "Date of procedure: Nov 3, 2025\n").date()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void aDocumentWithoutAnyDateHasNoDate() {
        assertThat(onlyDocument("notes.txt", "Date: pending\nFollow up in 6 weeks.\n").date()).isNull();
    }

    @Test
    void aListedEntryWithoutTypeOrDateHasThemInferred() {
        CaseRequest request = read(CaseFixture.validCase(dir).requestWith(
                "{ \"file\": \"mri.txt\", \"type\": \"imaging\", \"date\": \"2026-01-12\" }",
                "{ \"file\": \"mri.txt\", \"title\": \"MRI lumbar spine\" }"));

        assertThat(request.documents()).extracting(ClinicalDocument::type, ClinicalDocument::date, ClinicalDocument::title)
                .containsExactly(tuple(DocumentType.IMAGING, LocalDate.of(2026, 1, 12), "MRI lumbar spine"));
    }

    @Test
    void aListedDocumentMayLiveInASubdirectory() {
        CaseRequest request = read(CaseFixture.in(dir)
                .requestWith("\"file\": \"mri.txt\"", "\"file\": \"imaging/mri.txt\"")
                .file("imaging/mri.txt", CaseFixture.MRI_REPORT));

        assertThat(request.documents()).extracting(ClinicalDocument::name).containsExactly("imaging/mri.txt");
    }
}
