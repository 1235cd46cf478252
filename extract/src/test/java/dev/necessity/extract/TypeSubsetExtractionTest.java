package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the extractor for some finding types gives exactly the findings of those types that full
 * extraction gives, in the same order, and the same sections: whichever readers it skips, nothing
 * asked for is lost and nothing else is let through. Checked on every fixture document.
 */
class TypeSubsetExtractionTest {

    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();
    private static final List<String> TYPES = List.copyOf(new TreeSet<>(FindingTypes.ALL));

    private static List<ClinicalDocument> docs;
    private static List<DocumentExtraction> full;

    @BeforeAll
    static void extractEverything() {
        docs = FixtureDocuments.all();
        full = docs.stream().map(EXTRACTOR::extract).toList();
    }

    /** Compares {@code extract(doc, types)} with the full extraction of every document; returns the findings kept. */
    private static int assertSubsetMatches(Set<String> types) {
        int kept = 0;
        for (int i = 0; i < docs.size(); i++) {
            kept += assertSubsetMatches(i, types);
        }
        return kept;
    }

    private static int assertSubsetMatches(int doc, Set<String> types) {
        DocumentExtraction all = full.get(doc);
        DocumentExtraction some = EXTRACTOR.extract(docs.get(doc), types);
        List<Finding> expected = all.findings().stream().filter(f -> types.contains(f.type())).toList();
        String what = docs.get(doc).name() + " (" + docs.get(doc).type() + ") asking for " + new TreeSet<>(types);
        assertThat(some.findings()).as(what).containsExactlyElementsOf(expected);
        assertThat(some.sections()).as(what).isEqualTo(all.sections());
        assertThat(some.document()).isSameAs(docs.get(doc));
        return expected.size();
    }

    @Test
    void theFixturesHoldFindingsOfEveryType() {
        Set<String> seen = new HashSet<>();
        full.forEach(x -> x.findings().forEach(f -> seen.add(f.type())));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(FindingTypes.ALL);
    }

    @Test
    void askingForEveryTypeIsFullExtraction() {
        for (int i = 0; i < docs.size(); i++) {
            assertThat(EXTRACTOR.extract(docs.get(i), FindingTypes.ALL)).isEqualTo(full.get(i));
        }
    }

    @Test
    void eachSingleType() {
        for (String type : TYPES) {
            assertThat(assertSubsetMatches(Set.of(type))).as(type).isPositive();
        }
    }

    /** A reader of several types must still yield only the ones asked for (exam, not the motor reader's red flags). */
    @Test
    void eachReadersOwnTypes() {
        Set<Set<String>> sets = new LinkedHashSet<>();
        EXTRACTOR.readers().forEach(r -> sets.add(Set.copyOf(r.types())));
        for (Set<String> types : sets) {
            assertThat(assertSubsetMatches(types)).as(types.toString()).isPositive();
        }
    }

    /** Each document leaves out a different type, so every type is left out of a dozen documents or so. */
    @Test
    void everyTypeButOne() {
        for (int i = 0; i < docs.size(); i++) {
            Set<String> types = new HashSet<>(FindingTypes.ALL);
            types.remove(TYPES.get(i % TYPES.size()));
            assertSubsetMatches(i, types);
        }
    }

    @Test
    void noTypesGiveNoFindingsButTheSameSections() {
        assertThat(assertSubsetMatches(Set.of())).isZero();
    }

    /** Twelve seeded random subsets for each document, different for each: a few thousand combinations in all. */
    @Test
    void randomSubsets() {
        Random random = new Random(20261127L);
        int kept = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (int n = 0; n < 12; n++) {
                Set<String> types = new HashSet<>();
                double p = random.nextDouble();
                for (String type : TYPES) {
                    if (random.nextDouble() < p) {
                        types.add(type);
                    }
                }
                kept += assertSubsetMatches(i, types);
            }
        }
        assertThat(kept).isPositive();
    }
}
