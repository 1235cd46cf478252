package dev.necessity.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each format promises whatever the wording: the text wraps for a terminal or fax, Markdown and
 * HTML escape what the case wrote, and the JSON is the contract's shape with every citation number
 * resolving. The whole rendering is {@link ReportGoldenTest}'s.
 */
class RenderersTest {
    private static String render(ReportFormat format) {
        return format.render(SampleTrace.fusionNotNecessary(), SampleTrace.sources());
    }

    @Test
    void textItemsWrapAtOneHundredColumnsAndQuotesKeepTheirPlaces() {
        String text = render(ReportFormat.TEXT);
        List<String> lines = text.lines().toList();
        // The title, the case line and headings are not wrapped (in the shipped cases some run to 159 columns).
        List<String> items = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            boolean heading = i + 1 < lines.size() && lines.get(i + 1).matches("[=-]+");
            if (!heading && !lines.get(i).matches("[=-]+")) {
                items.add(lines.get(i));
            }
        }

        assertThat(items).hasSizeGreaterThan(40).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(text).contains("    Evidence: \u201cMild bilateral neuroforaminal narrowing\u201d (mri-lumbar_2026-01-12.txt, characters\n"
                + "      902-941)");
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        String markdown = render(ReportFormat.MARKDOWN);

        assertThat(markdown).contains("A supervised programme of \\*at least\\* 6 weeks")
                .contains("structured physical therapy\\_with dates").contains("radiographs \\[standing\\]")
                .contains("spinal surgery &lt;lumbar> & \"fusion\"");
        assertThat(markdown).contains("  > \u201cmild impression on the thecal sac\u201d (`mri-lumbar_2026-01-12.txt` 844-877)");
    }

    @Test
    void htmlEscapesTheCaseTextAndIsASelfContainedPage() {
        String html = render(ReportFormat.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body></html>\n").doesNotContain("<script")
                .contains("spinal surgery &lt;lumbar&gt; &amp; &quot;fusion&quot;");
    }

    @Test
    void jsonHasTheContractsShapeAndEveryCitationNumberResolves() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render(ReportFormat.JSON));

        assertThat(iterable(root.fieldNames())).containsExactly("caseId", "outcome", "requiresPhysicianReview", "warnings", "lines",
                "discordances", "alternatives", "reconsideration", "pitfalls", "citations");
        List<Integer> numbers = root.get("citations").findValues("number").stream().map(JsonNode::asInt).toList();
        assertThat(numbers).containsExactly(1, 2);
        root.findValues("citations").stream().filter(c -> c.isArray() && (c.isEmpty() || c.get(0).isInt()))
                .flatMap(c -> iterable(c.elements()).stream()).forEach(n -> assertThat(numbers).contains(n.asInt()));
        JsonNode quote = root.get("lines").get(0).get("criteria").get(1).get("evidence").get(1);
        assertThat(quote.get("quote").asText()).isEqualTo("Mild bilateral neuroforaminal\nnarrowing");
        assertThat(quote.get("end").asInt() - quote.get("start").asInt()).isEqualTo(quote.get("quote").asText().length());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
