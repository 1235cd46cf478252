package dev.necessity.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** NestedSpans answers what comparing every quote with every other answered, on any spans. */
class NestedSpansTest {

    record Quote(String document, int start, int end) {
    }

    /** 2,000 random sets of overlapping, nested, repeated and empty spans in two documents; {@code -Dnested.seed=S} repeats a run. */
    @Test
    void agreesWithThePairwiseDefinition() {
        long seed = Long.getLong("nested.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            List<Quote> quotes = new ArrayList<>();
            for (int n = random.nextInt(31); n > 0; n--) {
                int start = random.nextInt(41);
                quotes.add(new Quote(random.nextBoolean() ? "a.txt" : "b.txt", start, start + random.nextInt(13)));
            }
            boolean[] fast = NestedSpans.nested(quotes, Quote::document, Quote::start, Quote::end);
            for (int i = 0; i < quotes.size(); i++) {
                assertThat(fast[i]).as("seed %d: %s in %s", seed, quotes.get(i), quotes).isEqualTo(pairwise(quotes, quotes.get(i)));
            }
        }
    }

    @Test
    void aQuoteInsideALongerOneOfTheSameDocumentIsNested() {
        List<Quote> quotes = List.of(new Quote("a", 10, 20), new Quote("a", 10, 30), new Quote("b", 0, 50), new Quote("a", 12, 18),
                new Quote("a", 12, 18), new Quote("a", 25, 25));
        assertThat(NestedSpans.nested(quotes, Quote::document, Quote::start, Quote::end))
                .containsExactly(true, false, false, true, true, true);
    }

    /** The definition: another quote of the same document contains this one and is longer. */
    private static boolean pairwise(List<Quote> quotes, Quote q) {
        return quotes.stream().anyMatch(o -> o != q && o.document().equals(q.document()) && o.start() <= q.start()
                && q.end() <= o.end() && o.end() - o.start() > q.end() - q.start());
    }
}
