package dev.necessity.extract;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor skips a reader when none of the types it declares is asked for, so a type a
 * reader emits without declaring it would be lost whenever only that type is asked for. Every
 * reader is run on every fixture text read as every kind of document (several readers behave
 * differently on imaging, therapy, procedure and medication documents).
 */
class ReaderDeclaredTypesTest {

    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();

    /** Reader class name to the types of the findings it emitted on the fixtures. */
    private static final Map<String, Set<String>> EMITTED = new TreeMap<>();
    /** "Reader emitted type in document as kind: quote", for every finding of an undeclared type. */
    private static final List<String> UNDECLARED = new ArrayList<>();
    private static int findings;

    @BeforeAll
    static void readEveryFixtureWithEveryReader() {
        for (ClinicalDocument text : FixtureDocuments.all()) {
            for (DocumentType kind : DocumentType.values()) {
                ClinicalDocument doc = new ClinicalDocument(text.name(), kind, text.date(), text.title(), text.text());
                DocumentReading reading = new DocumentReading(doc);
                for (FindingReader reader : EXTRACTOR.readers()) {
                    String name = reader.getClass().getSimpleName();
                    for (FindingDraft draft : reader.read(reading)) {
                        for (Finding f : draft.build()) {
                            findings++;
                            EMITTED.computeIfAbsent(name, k -> new TreeSet<>()).add(f.type());
                            if (!reader.types().contains(f.type())) {
                                UNDECLARED.add(name + " emitted " + f.type() + " in " + doc.name() + " as " + kind + ": \"" + f.quote() + "\"");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFixturesAreTheCorpusAndTheCaseDocuments() {
        assertThat(FixtureDocuments.corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(FixtureDocuments.caseDocuments()).hasSizeGreaterThanOrEqualTo(200)
                .extracting(ClinicalDocument::type).contains(DocumentType.IMAGING, DocumentType.CLINICAL_NOTE,
                        DocumentType.THERAPY_NOTE, DocumentType.PROCEDURE_NOTE, DocumentType.MEDICATION_LIST);
        assertThat(findings).isGreaterThan(10_000);
    }

    @Test
    void everyFindingAReaderEmitsIsOfATypeItDeclares() {
        assertThat(UNDECLARED).isEmpty();
    }

    /** Otherwise the test above says nothing about that reader. */
    @Test
    void everyReaderEmitsSomethingOnTheFixtures() {
        List<String> readers = EXTRACTOR.readers().stream().map(r -> r.getClass().getSimpleName()).toList();
        assertThat(EMITTED.keySet()).containsExactlyInAnyOrderElementsOf(readers);
    }

    @Test
    void everyReaderDeclaresKnownTypesOnly() {
        for (FindingReader reader : EXTRACTOR.readers()) {
            assertThat(reader.types()).as(reader.getClass().getSimpleName()).isNotEmpty().isSubsetOf(FindingTypes.ALL);
        }
    }

    @Test
    void everyFindingTypeIsDeclaredBySomeReader() {
        Set<String> declared = new HashSet<>();
        EXTRACTOR.readers().forEach(r -> declared.addAll(r.types()));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
    }
}
