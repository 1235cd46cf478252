package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Every unit of real text the linearity test uses (every reader's domain, every example sentence) with a line of
     * 100,000 characters of its own words under it and the unit again after it: whatever a reader is primed to read
     * (a table header whose rows it splits into cells, a list it walks item by item), a long line where its next item
     * would be must not overflow the stack. A repeated group in a regular expression recurses once per repetition in
     * {@code java.util.regex}; the case fuzz test found one (a pain flowsheet's row split into cells) that way.
     */
    @TestFactory
    Stream<DynamicTest> aLongLineWhereAReaderExpectsItsNextItem() {
        return LinearExtractionTest.UNITS.stream().map(u -> DynamicTest.dynamicTest(u.toString(), () -> {
            String words = u.text().replaceAll("\\s+", " ").trim() + " ";
            String line = words.repeat(LONG_LINE / words.length() + 1).substring(0, LONG_LINE);
            String text = u.text() + "\n" + line + "\n" + u.text();
            ClinicalDocument doc = new ClinicalDocument("long-line.txt", u.type(), LocalDate.of(2026, 6, 15), null, text);
            DocumentExtraction x = onSmallStack(() -> EXTRACTOR.extract(doc));
            for (Finding f : x.findings()) {
                assertThat(doc.slice(f.span())).isEqualTo(f.quote());
            }
        }));
    }

    /**
     * A phrase that primes a reader, then 25,000 characters of one token and a line after it: the shapes that once
     * overflowed the stack (a run of side and direction abbreviations after "radiating down the") or took minutes (a
     * run of spaces, which a form-field pattern divided between two quantifiers every way it could). No time is
     * asserted; the bound only stops a build that would otherwise hang for hours.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Tried physical therapy|' '", "Saddle anesthesia|' '", "Fever|'\t'", "radiating down the|'L '", "radiating down the|'post '",
        "Leg pain  Back pain  VAS\\n05/11/26  5  4\\n|'severe stenosis '", "Medications:|'and '", "Prior injections: L4-5 TFESI|'L4-5, '",
        "Procedure: bilateral L4-5|'left right '", "Denies fever|'no/'", "HbA1c|'(, - '"})
    void aPrimingPhraseThenALongRunOfOneToken(String lead, String token) {
        String run = token.repeat(LONG_LINE / token.length() + 1).substring(0, LONG_LINE);
        String text = lead.replace("\\n", "\n") + " " + run + "\nReviewed with the patient.";
        ClinicalDocument doc = new ClinicalDocument("long-run.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 6, 15), null, text);
        DocumentExtraction x = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> onSmallStack(() -> EXTRACTOR.extract(doc)));
        for (Finding f : x.findings()) {
            assertThat(doc.slice(f.span())).isEqualTo(f.quote());
        }
    }

    /**
     * A quarter of the fuzz test's long line, read on a quarter of the usual stack (a megabyte): recursion that grows with
     * the line overflows just the same, in a quarter of the time.
     */
    private static final int LONG_LINE = 25_000;
    private static final long SMALL_STACK = 256 * 1024;

    private static DocumentExtraction onSmallStack(Supplier<DocumentExtraction> work) throws Throwable {
        AtomicReference<DocumentExtraction> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
