package dev.necessity.scoring.blind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blind-set scorer counts what it says it counts, on real cases with written expectations. */
class BlindScoreTest {

    private static Path copyOfSeed(Path root, String name, String expected) throws IOException {
        Path dir = Examples.copy("l5-s1-alif", root.resolve(name));
        Files.writeString(dir.resolve("expected.yaml"), expected);
        return dir;
    }

    @Test
    void countsRightAndWrongLinesAndAnEmergencyRecommendedNotNecessary(@TempDir Path tmp) throws IOException {
        copyOfSeed(tmp, "right", "lines: { 1: NOT_MEDICALLY_NECESSARY, 2: NOT_MEDICALLY_NECESSARY }\nclasses: [stated-duration]\n");
        copyOfSeed(tmp.resolve("nested"), "wrong-emergency",
                "lines: { 1: MEDICALLY_NECESSARY, 2: NOT_MEDICALLY_NECESSARY }\nemergency: true\nclasses: [emergency]\n");
        copyOfSeed(tmp.resolve("nested"), "right-emergency",
                "lines: { 1: NOT_MEDICALLY_NECESSARY, 2: NOT_MEDICALLY_NECESSARY }\nemergency: true\n");

        BlindScore.Report report = new BlindScore(new Pipeline(KnowledgeLoader.builtIn())).run(tmp);

        assertThat(report.cases()).extracting(BlindScore.CaseScore::name).containsExactly("right-emergency", "wrong-emergency", "right");
        assertThat(report.lines()).isEqualTo(6);
        assertThat(report.linesRight()).isEqualTo(5);
        assertThat(report.casesRight()).isEqualTo(2);
        assertThat(report.emergenciesDenied()).extracting(BlindScore.CaseScore::name).containsExactly("wrong-emergency");
        assertThat(report.tally((c, l) -> c.classes())).containsOnlyKeys("emergency", "stated-duration");
        assertThat(report.tally((c, l) -> c.classes()).get("emergency")).containsExactly(1, 2);
    }
}
