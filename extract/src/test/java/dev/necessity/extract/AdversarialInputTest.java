package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long line (a megabyte when run by hand, see SIZE), made of one phrase repeated, is read without error and with exact
 * quotes. These inputs once took minutes (work per finding grew with the sentence length); the
 * test asserts no time, only that extraction completes, so a regression shows as a hung build.
 */
class AdversarialInputTest {

    /** 128 KB keeps the suite fast; run with -Dadversarial.size=1048576 for the full megabyte. */
    private static final int SIZE = Integer.getInteger("adversarial.size", 1 << 17);
    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"L4-5 ", "no ", "mild to moderate ",
        "Patient reports low back pain radiating to the left leg with numbness and mild stenosis at L4-L5, denies fever, ",
        "No disc herniation, canal stenosis or foraminal narrowing; "})
    void aMegabyteLineOfOnePhraseIsExtracted(String phrase) {
        String text = phrase.repeat(SIZE / phrase.length() + 1).substring(0, SIZE);
        ClinicalDocument doc = new ClinicalDocument("adversarial.txt", DocumentType.IMAGING, LocalDate.of(2026, 1, 1), null, text);
        DocumentExtraction x = EXTRACTOR.extract(doc);
        for (Finding f : x.findings()) {
            assertThat(doc.slice(f.span())).isEqualTo(f.quote());
        }
    }
}
