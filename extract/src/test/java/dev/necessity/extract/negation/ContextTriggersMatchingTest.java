package dev.necessity.extract.negation;

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

/** The indexed trigger matcher finds exactly what the reference alternation finds. */
class ContextTriggersMatchingTest {

    private static final ContextTriggers TRIGGERS = ContextTriggers.standard();

    @Test
    void everyCorpusSentenceMatchesTheReferenceAlternation() throws Exception {
        Path dir = Path.of(getClass().getResource("/corpus").toURI());
        int sentences = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Sentence s : new SentenceSplitter().split(Files.readString(p, StandardCharsets.UTF_8))) {
                    assertThat(TRIGGERS.find(s.text())).as(s.text()).isEqualTo(TRIGGERS.findByRegex(s.text()));
                    sentences++;
                }
            }
        }
        assertThat(sentences).isGreaterThan(1000);
    }

    @Test
    void edgeCasesMatchTheReferenceAlternation() {
        for (String text : List.of("No change in the NO-change area; no", "Denies: denies, Denied? r/o h/o s/p",
                "ruled out. Cannot be excluded!", "no.no,no;no:no", "NOT", "knot", "anon", "history of: none", "İstanbul no", "",
                "She doesn't have it; it isn\u2019t seen", "Can't exclude. WON'T", "didn't help n't don'", "ain't no")) {
            assertThat(TRIGGERS.find(text)).as(text).isEqualTo(TRIGGERS.findByRegex(text));
        }
    }

    @Test
    void randomWordSoupMatchesTheReferenceAlternation() {
        String[] words = {"no", "No", "NOT", "denies", "without", "ruled", "out", "history", "of", "h/o", "s/p", "r/o", "change",
                "possible", "but", "however", ";", ":", ",", ".", "mother", "pain", "stenosis", "prior", "to", "x", "1", "-", "/"};
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(15);
            for (int w = 0; w < n; w++) {
                b.append(words[random.nextInt(words.length)]);
                if (random.nextInt(4) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            assertThat(TRIGGERS.find(text)).as(text).isEqualTo(TRIGGERS.findByRegex(text));
        }
    }
}
