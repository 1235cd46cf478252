package dev.necessity.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** NestedSpans answers what comparing every quote with every other answered, on any spans. */
class NestedSpansTest {

    record Quote(String document, int start, int end) {
    }

    @Property(tries = 500)
    void agreesWithThePairwiseDefinition(@ForAll("quotes") List<Quote> quotes) {
        boolean[] fast = NestedSpans.nested(quotes, Quote::document, Quote::start, Quote::end);
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(fast[i]).as("%s in %s", quotes.get(i), quotes).isEqualTo(pairwise(quotes, quotes.get(i)));
        }
    }

    @Example
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

    @Provide
    Arbitrary<List<Quote>> quotes() {
        Arbitrary<Quote> quote = Combinators.combine(Arbitraries.of("a.txt", "b.txt"), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 12)).as((d, start, length) -> new Quote(d, start, start + length));
        return quote.list().ofMaxSize(30).map(ArrayList::new);
    }
}
