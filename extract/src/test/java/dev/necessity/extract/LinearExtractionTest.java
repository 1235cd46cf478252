package dev.necessity.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingReader;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.necessity.extract.text.ExtractionWork;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Extraction work is linear in a document's length: a document twice as long costs at most about
 * twice the work. Work is counted, not timed ({@link ExtractionWork}: sentences a reader visits,
 * characters handed to a grammar or read from the whole text, findings compared with each other), so
 * the proof holds on a loaded machine, and a reader that rescans the document or every sentence for
 * each sentence it reads (work growing with the square of the length) fails it at once.
 *
 * <p>Documents are generated from units of real clinical text ({@code linear/units.tsv}, from every
 * reader's domain, and every example sentence of {@code examples/*.tsv}), repeated {@code n} and
 * {@code 2n} times, as one paragraph or as many, read as any document type: every domain alone, and
 * random mixtures (drawn with a seeded {@link Random} in plain JUnit rather than jqwik, whose 1.10
 * engine prints a request that AI agents, such as the one that wrote this test, not use it).
 */
class LinearExtractionTest {
    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();
    private static final LocalDate WRITTEN = LocalDate.of(2026, 6, 15);
    /**
     * How far over double the longer document's work may be. Linear work is a fixed part plus a part
     * per repetition, so doubling gives at most twice; quadratic work gives close to four times.
     */
    private static final double ROUGHLY_TWICE = 2.1;
    /** Work a count may grow by whatever the length, so that counts near zero do not fail on a step or two. */
    private static final int SLACK = 100;
    /** Repetitions of the shorter document: enough for a square term to outgrow the linear ones. */
    private static final int MIN_REPEATS = 30;
    private static final int MAX_REPEATS = 60;
    private static final int TRIES = 25;
    private static final List<String> SEPARATORS = List.of("\n", "\n\n", " ");

    record Unit(String domain, DocumentType type, String text) {
        @Override
        public String toString() {
            return domain + "/" + type.wireName() + ": " + text.replace("\n", "\\n");
        }
    }

    /** {@code units} one after another, the whole repeated; {@code separator} after each unit (a blank line makes paragraphs). */
    record Generated(List<Unit> units, DocumentType type, String separator, int repeats) {
        String text(int times) {
            StringBuilder unit = new StringBuilder();
            for (Unit u : units) {
                unit.append(u.text()).append(separator);
            }
            return unit.toString().repeat(times);
        }

        @Override
        public String toString() {
            return type.wireName() + " x" + repeats + " separated by " + separator.replace("\n", "\\n") + ": " + units;
        }
    }

    static final List<Unit> UNITS = units();

    /**
     * Generated documents, a new draw each run; a failure names its seed, and {@code -Dlinear.seed=S}
     * draws the same documents again.
     */
    @TestFactory
    Stream<DynamicTest> doublingADocumentAtMostDoublesItsExtractionWork() {
        long seed = Long.getLong("linear.seed", new Random().nextLong());
        Random random = new Random(seed);
        return IntStream.range(0, TRIES).mapToObj(i -> generated(random)).map(document -> DynamicTest.dynamicTest(
                "seed " + seed + ": " + document, () -> assertLinear(document, "seed " + seed + ", ")));
    }

    /** Every domain, alone, as its own document type, a clinical note and a procedure note, in one paragraph (the worst case for paragraph scans). */
    @Test
    void everyDomainIsLinearAlone() {
        Map<String, List<Unit>> byDomain = new LinkedHashMap<>();
        UNITS.forEach(u -> byDomain.computeIfAbsent(u.domain(), d -> new ArrayList<>()).add(u));
        for (List<Unit> units : byDomain.values()) {
            for (DocumentType type : new TreeSet<>(List.of(units.get(0).type(), DocumentType.CLINICAL_NOTE, DocumentType.PROCEDURE_NOTE))) {
                assertLinear(new Generated(units, type, "\n", MIN_REPEATS), "");
            }
        }
    }

    /** The reproduction of issue 13: a procedure note repeating one dated injection line. */
    @Test
    void aProcedureNoteRepeatingOneInjectionLine() {
        Unit line = new Unit("injection", DocumentType.PROCEDURE_NOTE,
                "01/15/2026: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy, 60% relief for 3 weeks.");
        assertLinear(new Generated(List.of(line), DocumentType.PROCEDURE_NOTE, "\n", 100), "");
    }

    /** Otherwise a domain whose reader finds nothing in the units would pass without being exercised. */
    @Test
    void everyReaderFindsSomethingInTheUnits() {
        List<String> silent = new ArrayList<>();
        for (FindingReader reader : EXTRACTOR.readers()) {
            boolean found = UNITS.stream().anyMatch(u -> !reader.read(new DocumentReading(document(u.type(), u.text()))).isEmpty());
            if (!found) {
                silent.add(reader.getClass().getSimpleName());
            }
        }
        assertThat(silent).as("readers that find nothing in linear/units.tsv").isEmpty();
    }

    /**
     * The whole text read per sentence is the quadratic reader's usual shape, so only {@link DocumentReading}
     * hands it out, and counts it as a scan of all of it.
     */
    @Test
    void readersReachTheWholeTextOnlyThroughTheReading() {
        noClasses().that().resideInAPackage("dev.necessity.extract..").and().doNotHaveSimpleName("DocumentReading")
                .should().callMethod(ClinicalDocument.class, "text")
                .because("DocumentReading.text() counts each read of the whole text, which LinearExtractionTest bounds")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.necessity.extract"));
    }

    /** One to five units of any domain, read as any document type, as lines, paragraphs or run together. */
    private static Generated generated(Random random) {
        List<Unit> units = new ArrayList<>();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            units.add(UNITS.get(random.nextInt(UNITS.size())));
        }
        DocumentType type = DocumentType.values()[random.nextInt(DocumentType.values().length)];
        String separator = SEPARATORS.get(random.nextInt(SEPARATORS.size()));
        return new Generated(units, type, separator, MIN_REPEATS + random.nextInt(MAX_REPEATS - MIN_REPEATS + 1));
    }

    private static void assertLinear(Generated document, String drawn) {
        ExtractionWork once = work(document.type(), document.text(document.repeats()));
        ExtractionWork twice = work(document.type(), document.text(2 * document.repeats()));
        assertAtMostRoughlyTwice(drawn + "sentences visited", ExtractionWork::sentencesVisited, once, twice, document);
        assertAtMostRoughlyTwice(drawn + "characters scanned", ExtractionWork::charactersScanned, once, twice, document);
        assertAtMostRoughlyTwice(drawn + "findings compared", ExtractionWork::findingsCompared, once, twice, document);
    }

    private static void assertAtMostRoughlyTwice(String what, ToLongFunction<ExtractionWork> count, ExtractionWork once,
            ExtractionWork twice, Generated document) {
        long a = count.applyAsLong(once);
        long b = count.applyAsLong(twice);
        assertThat((double) b).as("%s: %d for %d repetitions, %d for %d (x%.2f) in %s", what, a, document.repeats(), b,
                2 * document.repeats(), a == 0 ? 0.0 : (double) b / a, document).isLessThanOrEqualTo(ROUGHLY_TWICE * a + SLACK);
    }

    private static ExtractionWork work(DocumentType type, String text) {
        ExtractionWork work = new ExtractionWork();
        EXTRACTOR.extract(document(type, text), FindingTypes.ALL, work);
        return work;
    }

    private static ClinicalDocument document(DocumentType type, String text) {
        return new ClinicalDocument("generated.txt", type, WRITTEN, null, text);
    }

    private static List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        try (InputStream in = LinearExtractionTest.class.getResourceAsStream("linear/units.tsv")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t");
                out.add(new Unit(cols[0], DocumentType.fromWire(cols[1]).orElseThrow(), cols[2].replace("\\n", "\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ExampleSentencesTest.Example e : ExampleSentencesTest.examples()) {
            out.add(new Unit("example " + e.file(), e.type(), e.text()));
        }
        return List.copyOf(out);
    }
}
