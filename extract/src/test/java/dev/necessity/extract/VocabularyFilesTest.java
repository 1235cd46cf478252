package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.policy.FindingAttribute;
import dev.necessity.policy.FindingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The extraction vocabulary files name values of the finding model: a symptom phrase's kind, a drug's
 * generic name and class, a study region. A value the model lacks would be emitted but could never be named
 * by a policy (lint rejects it); so each such column is checked against the model, and a value the model
 * lists for these attributes is one the file can produce.
 */
class VocabularyFilesTest {
    private static final FindingModel MODEL = FindingModel.builtIn();

    @Test
    void everySymptomPhraseKindIsASymptomKind() {
        Set<String> kinds = column("symptom-phrases.tsv", 0);
        kinds.removeIf(k -> k.startsWith("@")); // macros, not kinds

        assertThat(kinds).isNotEmpty().isSubsetOf(values("symptom", "kind"));
    }

    @Test
    void everyDrugClassAndGenericNameIsAValueOfTheModel() {
        Set<String> generics = column("drugs.tsv", 1);
        generics.remove("-"); // a class word ("NSAIDs") names no drug

        assertThat(column("drugs.tsv", 2)).containsExactlyInAnyOrderElementsOf(values("therapy", "drugClass"));
        assertThat(generics).containsExactlyInAnyOrderElementsOf(values("therapy", "drug"));
    }

    @Test
    void everyStudyRegionIsAnImagingStudyRegion() {
        Set<String> regions = new TreeSet<>();
        column("imaging-vocabulary.tsv", 1).stream().filter(r -> r.startsWith("region-") && !r.equals("region-other"))
                .forEach(r -> regions.add(r.substring("region-".length())));

        assertThat(regions).containsExactlyInAnyOrderElementsOf(values("imaging_study", "region"));
    }

    private static List<String> values(String type, String attribute) {
        FindingAttribute a = MODEL.type(type).flatMap(t -> t.attribute(attribute))
                .orElseThrow(() -> new AssertionError("the model has no " + type + "." + attribute));
        return a.valueNames();
    }

    /** The values of one tab-separated column of a vocabulary file, without comments and blank lines. */
    private static Set<String> column(String file, int index) {
        String resource = "/dev/necessity/extract/" + file;
        try (InputStream in = VocabularyFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Set<String> out = new TreeSet<>();
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells.length).as(file + ": " + line).isGreaterThan(index);
                out.add(cells[index].strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
