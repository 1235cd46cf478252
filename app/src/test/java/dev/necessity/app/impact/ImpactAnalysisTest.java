package dev.necessity.app.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two knowledge bases that differ only in the fusion conservative-care requirement (6 weeks built in,
 * 13 weeks in the payer overlay) change exactly the cases whose documented therapy lies in between.
 */
class ImpactAnalysisTest {
    private static final Path ROOT = Path.of(System.getProperty("necessity.root", "..")).toAbsolutePath().normalize();
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Test
    void onlyCasesBetweenTheTwoThresholdsChange(@TempDir Path tmp) throws IOException {
        int[] weeks = {4, 6, 8, 10, 12, 13, 16};
        for (int w : weeks) {
            writeCase(tmp.resolve("pt-" + String.format("%02d", w) + "-weeks"), w);
        }

        ImpactAnalysis.Result r = new ImpactAnalysis(KnowledgeLoader.builtIn(),
                KnowledgeLoader.withOverlays(List.of(ROOT.resolve("knowledge-overlays/payer-fusion-3-months"))), 10).run(tmp);

        assertThat(r.cases()).isEqualTo(weeks.length);
        assertThat(r.changedCases()).containsExactly("pt-06-weeks", "pt-08-weeks", "pt-10-weeks", "pt-12-weeks");
        assertThat(r.lineChanges()).containsKey("lumbar-fusion 22558: MEDICALLY_NECESSARY -> NOT_MEDICALLY_NECESSARY");
        assertThat(r.lineChanges().get("lumbar-fusion 22558: MEDICALLY_NECESSARY -> NOT_MEDICALLY_NECESSARY").count()).isEqualTo(4);
        assertThat(r.criterionChanges()).containsKey("lumbar-fusion/physical-therapy-six-weeks: MET -> NOT_MET");
    }

    /** The approvable example with a PT course of {@code weeks} weeks, weekly visits ending 03/02/2026. */
    private static void writeCase(Path dir, int weeks) throws IOException {
        Path source = ROOT.resolve("examples/l5-s1-alif-approvable");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        LocalDate last = LocalDate.of(2026, 3, 2);
        List<String> visits = new ArrayList<>();
        for (int i = weeks; i >= 0; i--) {
            visits.add(US.format(last.minusWeeks(i)));
        }
        String discharge = """
                PHYSICAL THERAPY DISCHARGE SUMMARY
                Date: 03/02/2026
                Diagnosis: Lumbar spinal stenosis with neurogenic claudication.

                Dates of service: %s.
                Total visits attended: %d.
                Outcome: Oswestry Disability Index 50 %% at discharge; walking tolerance about 10 minutes.
                Assessment: Discharged from PT after %d visits; no meaningful improvement in leg symptoms.
                """.formatted(String.join(", ", visits), visits.size(), visits.size());
        Files.writeString(dir.resolve("pt-discharge-2026-03-02.txt"), discharge);
        Path consult = dir.resolve("spine-consult-2026-03-09.txt");
        String text = Files.readString(consult)
                .replace("She completed 8 weeks of formal physical therapy from 01/05/2026 to 03/02/2026\nwith no meaningful improvement.",
                        "She completed a course of formal physical therapy ending 03/02/2026\nwith no meaningful improvement.")
                .replace("failed 8 weeks of physical therapy", "failed physical therapy");
        Files.writeString(consult, text);
        assertThat(text).doesNotContain("8 weeks");
    }
}
