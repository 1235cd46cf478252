package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code necessity score --labels LABELS}: the development-set table, and one-line errors for bad labels. */
class CorpusScoreCommandTest {

    private static final Path LABELS = Examples.root().getParent().resolve("extract/src/test/resources/corpus/labels.tsv");

    @Test
    void scoringTheDevelopmentSetPrintsTheTable() {
        CommandLineTest.Run r = CommandLineTest.run("score", "--labels", LABELS.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("| measure | labelled | extracted | matched | precision | recall | F1 |")
                .contains("| stenosis severity by level |").contains("| negation (all types) |");
    }

    @Test
    void aMissingLabelsFileIsABadInput(@TempDir Path tmp) {
        CommandLineTest.Run r = CommandLineTest.run("score", "--labels", tmp.resolve("none.tsv").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no such labels file");
    }

    @Test
    void aLabelForAMissingDocumentNamesTheLine(@TempDir Path tmp) throws IOException {
        Path labels = tmp.resolve("labels.tsv");
        Files.writeString(labels, "# types: stenosis\nabsent.txt\tstenosis\tL4-L5\t+\tseverity=mild\n");
        CommandLineTest.Run r = CommandLineTest.run("score", "--labels", labels.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("labels.tsv:2: document absent.txt not found");
    }

    @Test
    void extractWithoutInputIsAUsageError() {
        assertThat(CommandLineTest.run("extract").status()).isEqualTo(Main.BAD_INPUT);
    }
}
