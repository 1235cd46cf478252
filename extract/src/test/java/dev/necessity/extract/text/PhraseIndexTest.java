package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The phrase index finds exactly what its specification, a longest-first regex alternation, finds. */
class PhraseIndexTest {

    @Test
    void prefersTheLongestPhraseAndRespectsWordEdges() {
        PhraseIndex triggers = new PhraseIndex(List.of("no", "no evidence of", "not", ";"), PhraseIndex.Edges.WHERE_PHRASE_HAS_WORD_CHARACTER);
        assertThat(triggers.find("No evidence of stenosis; nothing else, not now"))
                .extracting(PhraseIndex.Hit::phrase, PhraseIndex.Hit::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no evidence of", 0), org.assertj.core.groups.Tuple.tuple(";", 23),
                        org.assertj.core.groups.Tuple.tuple("not", 39));
        PhraseIndex drugs = new PhraseIndex(List.of("medrol", "depo-medrol"), PhraseIndex.Edges.ALWAYS_HYPHEN_JOINS_BEFORE);
        assertThat(drugs.find("Depo-Medrol 80 mg; Medrol dose pack; x-medrol"))
                .extracting(PhraseIndex.Hit::phrase).containsExactly("depo-medrol", "medrol");
    }

    @Test
    void rejectsPhrasesThatDoNotStartWithALowerCaseAsciiCharacter() {
        assertThatThrownBy(() -> new PhraseIndex(List.of("No"), PhraseIndex.Edges.WHERE_PHRASE_HAS_WORD_CHARACTER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheRegexAlternationOnRandomPhrasesAndTexts() {
        Random random = new Random(5);
        for (PhraseIndex.Edges edges : PhraseIndex.Edges.values()) {
            for (int round = 0; round < 300; round++) {
                Set<String> phrases = new LinkedHashSet<>();
                int count = 1 + random.nextInt(12);
                while (phrases.size() < count) {
                    String p = "ab1;".charAt(random.nextInt(4)) + word(random, "ab -;1", random.nextInt(5));
                    phrases.add(p);
                }
                PhraseIndex index = new PhraseIndex(phrases, edges);
                Pattern oracle = oracle(phrases, edges);
                for (int t = 0; t < 30; t++) {
                    String text = word(random, "abAB -;1.x", random.nextInt(40));
                    List<String> expected = new ArrayList<>();
                    Matcher m = oracle.matcher(text);
                    while (m.find()) {
                        expected.add(m.start() + ":" + m.group().toLowerCase());
                    }
                    assertThat(index.find(text).stream().map(h -> h.start() + ":" + h.phrase()).toList())
                            .as("%s in '%s' (%s)", phrases, text, edges).isEqualTo(expected);
                }
            }
        }
    }

    /** The alternation the index stands in for: longest phrase first, each end guarded where the index guards it. */
    private static Pattern oracle(Set<String> phrases, PhraseIndex.Edges edges) {
        String alternatives = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> {
                    boolean always = edges == PhraseIndex.Edges.ALWAYS_HYPHEN_JOINS_BEFORE;
                    String before = always ? "(?<![A-Za-z0-9-])" : Character.isLetterOrDigit(p.charAt(0)) ? "(?<![A-Za-z0-9])" : "";
                    String after = always || Character.isLetterOrDigit(p.charAt(p.length() - 1)) ? "(?![A-Za-z0-9])" : "";
                    return before + Pattern.quote(p) + after;
                })
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?i)(?:" + alternatives + ")");
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
