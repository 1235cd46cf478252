package dev.necessity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Collapsing whitespace by hand gives exactly what the regex replacement it stands in for gives. */
class WhitespaceTest {

    @Test
    void aQuoteWrappedOverLinesReadsOnOneLine() {
        assertThat(Whitespace.collapse("moderate central\r\n   canal stenosis\tat L4-5"))
                .isEqualTo("moderate central canal stenosis at L4-5");
    }

    @Test
    void textWithSingleSpacesIsReturnedAsItIs() {
        String quote = "Mild central canal stenosis.";
        assertThat(Whitespace.collapse(quote)).isSameAs(quote);
    }

    @Test
    void agreesWithTheRegexOnRandomMixesOfWordsAndWhitespace() {
        String alphabet = "ab. \t\n\r\u000B\f\u00A0\u2003";
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(Whitespace.collapse(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }
}
