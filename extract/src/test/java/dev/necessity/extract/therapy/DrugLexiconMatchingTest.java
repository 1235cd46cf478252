package dev.necessity.extract.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The indexed drug-name search finds exactly what the reference alternation finds. */
class DrugLexiconMatchingTest {

    private static final DrugLexicon DRUGS = DrugLexicon.standard();

    @Test
    void everyCorpusSentenceMatchesTheReferenceAlternation() throws Exception {
        Path dir = Path.of(getClass().getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Sentence s : new SentenceSplitter().split(Files.readString(p, StandardCharsets.UTF_8))) {
                    assertThat(DRUGS.find(s.text())).as(s.text()).isEqualTo(DRUGS.findByRegex(s.text()));
                }
            }
        }
    }

    @Test
    void wordSoupMatchesTheReferenceAlternation() {
        String[] words = {"Ibuprofen", "ibuprofen-", "Depo-Medrol", "Medrol", "NSAIDs", "NSAID", "muscle", "relaxants", "gabapentin",
                "Neurontin", "advil", "Tylenol", "acetaminophen", "-", "/", ",", "x", "2", "mg", "and"};
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                b.append(words[random.nextInt(words.length)]);
                if (random.nextInt(4) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            assertThat(DRUGS.find(text)).as(text).isEqualTo(DRUGS.findByRegex(text));
        }
        for (String text : List.of("", "medrol", "Depo-Medrol 80 mg", "ibuprofen2", "2ibuprofen")) {
            assertThat(DRUGS.find(text)).as(text).isEqualTo(DRUGS.findByRegex(text));
        }
    }
}
