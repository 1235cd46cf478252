package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real MTSamples text (see src/test/resources/corpus/README.md) reads without failing, exactly and deterministically. */
class CorpusRobustnessTest {

    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();

    private static List<ClinicalDocument> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusRobustnessTest.class.getResource("/corpus").toURI());
        List<ClinicalDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                docs.add(new ClinicalDocument(name, CorpusTypes.typeOf(name), null, null, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    @Test
    void everyCorpusFileReadsWithExactQuotesAndKnownTypes() throws Exception {
        List<ClinicalDocument> docs = corpus();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        int findings = 0;
        for (ClinicalDocument doc : docs) {
            DocumentExtraction x = EXTRACTOR.extract(doc);
            for (Finding f : x.findings()) {
                assertThat(doc.slice(f.span())).as(doc.name()).isEqualTo(f.quote());
                assertThat(FindingTypes.ALL).contains(f.type());
                assertThat(f.quote()).as(doc.name() + " " + f.type()).isNotBlank();
            }
            findings += x.findings().size();
        }
        assertThat(findings).isGreaterThan(300);
    }

    @Test
    void findingsAreOrderedAndRepeatable() throws Exception {
        Comparator<Finding> byStartThenType = Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::type);
        for (ClinicalDocument doc : corpus()) {
            List<Finding> first = EXTRACTOR.extract(doc).findings();
            assertThat(first).isSortedAccordingTo(byStartThenType);
            assertThat(EXTRACTOR.extract(doc).findings()).isEqualTo(first);
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<ClinicalDocument> docs = corpus();
        List<List<Finding>> serial = docs.stream().map(d -> EXTRACTOR.extract(d).findings()).toList();
        List<List<Finding>> parallel = docs.parallelStream().map(d -> EXTRACTOR.extract(d).findings()).toList();
        assertThat(parallel).isEqualTo(serial);
    }

    @Test
    void eachImagingReportHasExactlyOneStudy() throws Exception {
        for (ClinicalDocument doc : corpus()) {
            long studies = EXTRACTOR.extract(doc).findings().stream().filter(f -> f.type().equals(FindingTypes.IMAGING_STUDY)).count();
            assertThat(studies).as(doc.name()).isEqualTo(doc.type() == dev.necessity.model.DocumentType.IMAGING ? 1 : 0);
        }
    }
}
