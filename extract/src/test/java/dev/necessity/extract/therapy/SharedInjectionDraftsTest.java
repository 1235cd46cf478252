package dev.necessity.extract.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * InjectionResponseReader builds on InjectionReader's drafts, read once per document and shared:
 * whichever runs first, each gives what it gives on a reading of its own.
 */
class SharedInjectionDraftsTest {

    private static final ClinicalDocument NOTE = new ClinicalDocument("clinic-2026-03-02.txt", DocumentType.CLINICAL_NOTE,
            LocalDate.of(2026, 3, 2), "Spine clinic follow-up",
            "HISTORY: She had a right L5-S1 transforaminal epidural steroid injection on 01/12/2026. "
                    + "She reports about 50% relief lasting three weeks, then the leg pain returned.\n"
                    + "PLAN: Repeat L5-S1 TFESI was discussed.\n");

    private static List<Finding> built(FindingReader reader, DocumentReading reading) {
        List<Finding> out = new ArrayList<>();
        for (FindingDraft d : reader.read(reading)) {
            out.addAll(d.build());
        }
        return out;
    }

    @Test
    void eachReaderGivesTheSameFindingsWhetherOrNotTheOtherReadTheDocumentFirst() {
        List<Finding> injections = built(new InjectionReader(), new DocumentReading(NOTE));
        List<Finding> responses = built(new InjectionResponseReader(), new DocumentReading(NOTE));
        assertThat(injections).isNotEmpty();
        assertThat(responses).isNotEmpty().allSatisfy(f -> {
            assertThat(String.valueOf(f.attributes().get("reliefPercent"))).isEqualTo("50");
            assertThat(f.date("date")).contains(LocalDate.of(2026, 1, 12));
        });

        DocumentReading responseFirst = new DocumentReading(NOTE);
        assertThat(built(new InjectionResponseReader(), responseFirst)).isEqualTo(responses);
        assertThat(built(new InjectionReader(), responseFirst)).isEqualTo(injections);

        DocumentReading injectionFirst = new DocumentReading(NOTE);
        assertThat(built(new InjectionReader(), injectionFirst)).isEqualTo(injections);
        assertThat(built(new InjectionResponseReader(), injectionFirst)).isEqualTo(responses);
        assertThat(new InjectionReader().read(injectionFirst)).isSameAs(new InjectionReader().read(injectionFirst));
    }
}
