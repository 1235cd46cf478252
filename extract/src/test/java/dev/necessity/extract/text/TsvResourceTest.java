package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one way the extractor reads its TSV data, and the whole-word regex its lexicons share. */
class TsvResourceTest {

    private static final String SAMPLE = "/dev/necessity/extract/text/tsv-resource-sample.tsv";

    @Test
    void skipsBlankAndCommentLinesAndSplitsTheRestOnTabs() {
        List<TsvResource.Row> rows = TsvResource.rows(TsvResourceTest.class, SAMPLE);

        assertThat(rows).extracting(TsvResource.Row::line).containsExactly(3, 6, 8);
        assertThat(rows.get(0).columns()).containsExactly("alpha", "one", " two ");
        assertThat(rows.get(1).columns()).containsExactly("beta");
        // As String.split gives them: an empty middle column kept, a trailing one dropped.
        assertThat(rows.get(2).columns()).containsExactly("gamma", "", "three");
        assertThat(rows.get(2).text()).isEqualTo("gamma\t\tthree\t");
    }

    @Test
    void reportsAMalformedRowWithItsResourceAndLineNumber() {
        TsvResource.Row beta = TsvResource.rows(TsvResourceTest.class, SAMPLE).stream()
                .filter(r -> r.columns().length < 2).findFirst().orElseThrow();

        assertThat(beta.error("expected word<TAB>meaning"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(SAMPLE + ":6: expected word<TAB>meaning");
    }

    @Test
    void aMissingResourceFailsByName() {
        assertThatThrownBy(() -> TsvResource.rows(TsvResourceTest.class, "/no/such.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource /no/such.tsv");
    }

    @Test
    void wholeWordGuardsOnlyTheEndsThatAreLettersOrDigits() {
        assertThat(WholeWord.of("no")).isEqualTo("(?<![A-Za-z0-9])\\Qno\\E(?![A-Za-z0-9])");
        assertThat(WholeWord.of("w/o")).isEqualTo("(?<![A-Za-z0-9])\\Qw/o\\E(?![A-Za-z0-9])");
        assertThat(WholeWord.of("(-)")).isEqualTo("\\Q(-)\\E");
        Pattern no = Pattern.compile(WholeWord.of("no"));
        assertThat(no.matcher("there is no stenosis").find()).isTrue();
        assertThat(no.matcher("nodular").find()).isFalse();
        assertThat(no.matcher("piano").find()).isFalse();
    }
}
