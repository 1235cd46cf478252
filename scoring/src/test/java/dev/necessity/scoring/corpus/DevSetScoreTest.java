package dev.necessity.scoring.corpus;

import dev.necessity.app.Examples;
import dev.necessity.extract.ClinicalExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The extractor against the hand-labelled development set (extract/src/test/resources/corpus/labels.tsv).
 * Thresholds sit at the README's reported scores minus a small margin, so a regression fails the build.
 */
class DevSetScoreTest {

    private static ScoreTable table;

    @BeforeAll
    static void score() throws Exception {
        Path labels = Examples.root().getParent().resolve("extract/src/test/resources/corpus/labels.tsv");
        table = new Scorer(new ClinicalExtractor()).score(DevSet.load(labels));
    }

    @Test
    void theSetHasAtLeastFortyDocuments() {
        assertThat(table.documents()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void stenosisSeverityByLevelMeetsItsThreshold() {
        assertThat(table.row(Scorer.SEVERITY_BY_LEVEL).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(table.row(Scorer.SEVERITY_BY_LEVEL).recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void negationMeetsItsThreshold() {
        assertThat(table.row(Scorer.NEGATION).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(table.row(Scorer.NEGATION).recall()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void everyScoredTypeMeetsItsThreshold() {
        for (String type : new String[] {"stenosis", "spondylolisthesis", "disc_herniation", "cord_compression",
                "cord_signal_change", "red_flag", "nicotine"}) {
            assertThat(table.row(type).f1()).as(type).isGreaterThanOrEqualTo(0.93);
        }
        assertThat(table.row(Scorer.ALL).f1()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void theTableIsMarkdown() {
        assertThat(table.markdown()).startsWith("| measure | labelled | extracted | matched | precision | recall | F1 |")
                .contains("| " + Scorer.SEVERITY_BY_LEVEL + " |");
    }

    @Test
    void aBadLabelLineNamesItsFileAndLine(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.tsv");
        Files.writeString(labels, "# types: stenosis\nnote.txt\tstenosis\tL9-L10\t+\n");
        assertThatThrownBy(() -> DevSet.load(labels)).isInstanceOf(LabelFormatException.class)
                .hasMessage("labels.tsv:2: level 'L9-L10' is not a spinal level, 'all' or '-'");
    }
}
