package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedExampleTest {

    static final Path SEED = Path.of(System.getProperty("necessity.root", ".."), "examples", "l5-s1-alif");

    private final CaseRequest seed = new CaseReader().read(SEED);

    @Test
    void theSeedCaseReadsItsRequestFields() {
        assertThat(seed.caseId()).isEqualTo("seed-l5s1-alif");
        assertThat(seed.requestDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(seed.urgency()).isEqualTo("standard");
        assertThat(seed.patient().birthDate()).isEqualTo(LocalDate.of(1979, 6, 14));
        assertThat(seed.patient().sex()).isEqualTo("female");
        assertThat(seed.requestingProvider().npi()).isEqualTo("1234567893");
        assertThat(seed.diagnoses()).extracting(d -> d.code()).containsExactly("M48.062", "M51.36");
    }

    @Test
    void theFusionLineHasItsLevelAndTheGraftLineIsTiedToIt() {
        ServiceLine fusion = seed.service(1).orElseThrow();
        ServiceLine graft = seed.service(2).orElseThrow();

        assertThat(fusion.code()).isEqualTo("22558");
        assertThat(fusion.levels()).containsExactly(SpinalLevel.of("L5-S1"));
        assertThat(fusion.primarySequence()).isNull();
        assertThat(graft.code()).isEqualTo("20930");
        assertThat(graft.primarySequence()).isEqualTo(1);
    }

    @Test
    void theFiveDocumentsComeInTheListedOrderWithTypesAndDates() {
        assertThat(seed.documents())
                .extracting(ClinicalDocument::name, ClinicalDocument::type, ClinicalDocument::date)
                .containsExactly(
                        tuple("spine-consult-2026-02-20.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 2, 20)),
                        tuple("mri-lumbar-2026-01-12.txt", DocumentType.IMAGING, LocalDate.of(2026, 1, 12)),
                        tuple("pt-evaluation-2026-01-26.txt", DocumentType.THERAPY_NOTE, LocalDate.of(2026, 1, 26)),
                        tuple("esi-procedure-2025-11-03.txt", DocumentType.PROCEDURE_NOTE, LocalDate.of(2025, 11, 3)),
                        tuple("medications.txt", DocumentType.MEDICATION_LIST, LocalDate.of(2026, 2, 20)));
    }

    @Test
    void eachDocumentTextIsTheWholeFileExactly() throws IOException {
        for (ClinicalDocument document : seed.documents()) {
            assertThat(document.text()).isEqualTo(Files.readString(SEED.resolve(document.name())));
        }
    }
}
