package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * A batch interrupts the worker of a case that ran past its time budget; extraction must stop
 * rather than run on abandoned, holding a core (issue 13: time stays bounded).
 */
class InterruptedExtractionTest {

    private static final String NOTE = "Chief complaint: low back pain radiating down the left leg for 4 months.\n"
            + "She completed 8 weeks of physical therapy without relief. MRI showed L4-5 stenosis.\n";

    private static ClinicalDocument note() {
        return new ClinicalDocument("clinic-note.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 10, 1), null, NOTE);
    }

    @Test
    void anInterruptedThreadStopsExtractionAndKeepsItsFlag() {
        ClinicalExtractor extractor = new ClinicalExtractor();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> extractor.extract(note()))
                    .isInstanceOf(CancellationException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).as("the flag is left for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theSameNoteOnAnUninterruptedThreadIsRead() {
        assertThat(new ClinicalExtractor().extract(note()).findings())
                .extracting(f -> f.type())
                .contains("symptom", "therapy", "stenosis");
    }
}
