package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton finds exactly the literals a text contains, overlapping and nested ones included. */
class LiteralScanTest {

    private static boolean has(long[] bits, int id) {
        return (bits[id >>> 6] & (1L << id)) != 0;
    }

    @Test
    void findsOverlappingNestedAndNonAsciiLiterals() {
        List<String> literals = List.of("stenosis", "sten", "nosis", "osis", "is", "l4-5", "≥ 50%", "she", "he", "hers");
        LiteralScan.Automaton a = new LiteralScan.Automaton(literals);
        long[] bits = a.scan("mild stenosis at l4-5, ≥ 50% ushers");
        for (int id = 0; id < literals.size(); id++) {
            assertThat(has(bits, id)).as(literals.get(id)).isTrue();
        }
        long[] none = a.scan("mild narrowing at l3-4 ≥ 40%");
        for (int id = 0; id < literals.size(); id++) {
            assertThat(has(none, id)).as(literals.get(id)).isFalse();
        }
        assertThat(a.scan("")).hasSize(1).containsExactly(0L);
    }

    @Test
    void agreesWithContainsOnRandomTextsAndLiterals() {
        Random random = new Random(11);
        String alphabet = "abcs -4é";
        for (int round = 0; round < 200; round++) {
            List<String> literals = new ArrayList<>();
            int count = 1 + random.nextInt(150);
            while (literals.size() < count) {
                String w = word(random, alphabet, 1 + random.nextInt(6));
                if (!literals.contains(w)) {
                    literals.add(w);
                }
            }
            LiteralScan.Automaton a = new LiteralScan.Automaton(literals);
            assertThat(a.literals()).isEqualTo(count);
            for (int t = 0; t < 20; t++) {
                String text = word(random, alphabet + "xyz.", random.nextInt(120));
                long[] bits = a.scan(text);
                for (int id = 0; id < count; id++) {
                    assertThat(has(bits, id)).as("%s in %s", literals.get(id), text).isEqualTo(text.contains(literals.get(id)));
                }
            }
        }
    }

    @Test
    void registeringGivesStableIdsAndRejectsEmptyLiterals() {
        LiteralScan scan = new LiteralScan();
        int[] first = scan.register(new String[] {"disc", "bulge"});
        int[] again = scan.register(new String[] {"bulge", "herniat", "disc"});
        assertThat(first).containsExactly(0, 1);
        assertThat(again).containsExactly(1, 2, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scan.register(new String[] {""}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildsToCoverNewLiteralsAfterEnoughMisses() {
        LiteralScan scan = new LiteralScan();
        scan.register(new String[] {"disc", "bulge"});
        assertThat(scan.automaton().literals()).isZero();
        for (int i = 0; i < 64; i++) {
            scan.missed();
        }
        assertThat(scan.automaton().literals()).isEqualTo(2);
        assertThat(has(scan.automaton().scan("a disc bulge"), 1)).isTrue();
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
