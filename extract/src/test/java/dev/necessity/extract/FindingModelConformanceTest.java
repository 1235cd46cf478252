package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.Finding;
import dev.necessity.policy.FindingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every finding the extractor emits is one the finding model ({@code knowledge/schema/findings.yaml})
 * describes: its type, each attribute's name, the kind of each value and, for an enum, the value itself;
 * and every type of the model is emitted somewhere. Policies are linted against the same model, so a value
 * a reader emits that the model lacks could never be named by a policy. Read on the MTSamples corpus, the
 * examples, every policy's tests and the blind development cases (never the held-out ones).
 */
class FindingModelConformanceTest {
    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();
    private static final FindingModel MODEL = FindingModel.builtIn();

    private static Map<String, List<Finding>> fixtures;
    private static Map<String, List<Finding>> blindDev;

    @BeforeAll
    static void extractOnce() {
        fixtures = extract(FixtureDocuments.all());
        blindDev = extract(FixtureDocuments.blindDevDocuments());
    }

    @Test
    void everyFindingOnTheCorpusTheExamplesAndThePolicyTestsConformsToTheModel() {
        assertConforms(fixtures, 4_000);
    }

    @Test
    void everyFindingOnTheBlindDevelopmentCasesConformsToTheModel() {
        assertConforms(blindDev, 5_000);
    }

    @Test
    void everyTypeOfTheModelIsEmittedSomewhere() {
        Set<String> emitted = new TreeSet<>();
        Stream.of(fixtures, blindDev).flatMap(m -> m.values().stream()).flatMap(List::stream).forEach(f -> emitted.add(f.type()));

        assertThat(emitted).containsExactlyInAnyOrderElementsOf(MODEL.types().keySet());
    }

    private static Map<String, List<Finding>> extract(List<ClinicalDocument> docs) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        docs.forEach(d -> out.put(d.name(), EXTRACTOR.extract(d).findings()));
        return out;
    }

    /** Each problem once, with the first quote that shows it and how often it occurs, so a failure reads as a list of fixes. */
    private static void assertConforms(Map<String, List<Finding>> byDocument, int atLeast) {
        Map<String, String> problems = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int findings = 0;
        for (Map.Entry<String, List<Finding>> doc : byDocument.entrySet()) {
            for (Finding f : doc.getValue()) {
                findings++;
                for (String p : MODEL.problems(f)) {
                    problems.putIfAbsent(p, doc.getKey() + ": \"" + f.quote() + "\"");
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        List<String> report = problems.entrySet().stream()
                .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x, first in " + e.getValue() + ")").toList();
        assertThat(findings).isGreaterThan(atLeast);
        assertThat(report).as("findings outside knowledge/schema/findings.yaml").isEmpty();
    }
}
