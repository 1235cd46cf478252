package dev.necessity.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.report.ReportDocument.Block;
import dev.necessity.report.ReportDocument.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessment is laid out in the order a utilization reviewer reads, from the trace alone. */
class AssessmentBuilderTest {

    private static ReportDocument layout(dev.necessity.engine.trace.Determination d) {
        return new AssessmentBuilder(d, new CitationIndex(d, SampleTrace.sources())).build();
    }

    private static List<String> headings(ReportDocument doc) {
        return doc.sections().stream().map(Section::heading).toList();
    }

    @Test
    void warningsLeadThenTheDeterminationThenWhatFailedThenWhatWouldSettleIt() {
        List<String> headings = headings(layout(SampleTrace.fusionNotNecessary()));

        assertThat(headings.subList(0, 5)).containsExactly("Intake Warnings: Check Before Relying on This Assessment",
                "Primary Determination", "Service Lines", "Critical Deficiencies in Meeting Criteria",
                "Not Documented: Records That Would Settle It");
        assertThat(headings.get(headings.size() - 1)).isEqualTo("References");
    }

    @Test
    void anExclusionThatAppliesLeadsTheReasonsAndOneThatCannotBeRuledOutFollowsThem() {
        List<String> excluded = headings(layout(SampleTrace.fusionExcluded()));
        List<String> open = headings(layout(SampleTrace.fusionNotNecessary()));

        assertThat(excluded.indexOf("Exclusions")).isLessThan(excluded.indexOf("Critical Deficiencies in Meeting Criteria"));
        assertThat(open.indexOf("Exclusions")).isGreaterThan(open.indexOf("Not Documented: Records That Would Settle It"));
        assertThat(section(layout(SampleTrace.fusionExcluded()), "Primary Determination").blocks().get(2).text())
                .startsWith("Based on the documented evidence, the requested Anterior lumbar interbody fusion (ALIF), L5-S1 (CPT 22558)"
                        + " does not meet medical necessity criteria because an exclusion applies, modic changes alone do not justify fusion");
    }

    @Test
    void anAdverseRecommendationSaysAPhysicianMustConfirmItAndANecessaryOneDoesNot() {
        String reviewer = "This is a recommendation, not a decision";

        assertThat(paragraphs(layout(SampleTrace.fusionNotNecessary()))).anySatisfy(p -> assertThat(p).startsWith(reviewer));
        assertThat(paragraphs(layout(SampleTrace.necessary()))).noneSatisfy(p -> assertThat(p).startsWith(reviewer));
    }

    @Test
    void eachDeficiencyCarriesItsQuotesAndCitationMark() {
        Block imaging = section(layout(SampleTrace.fusionNotNecessary()), "Critical Deficiencies in Meeting Criteria").blocks().get(0);

        assertThat(imaging.text()).startsWith("Imaging Severity Does Not Meet Threshold. Required: moderate or worse stenosis");
        assertThat(imaging.cite()).isEqualTo("[2 (grade B)]");
        assertThat(imaging.evidence()).extracting(e -> e.quote()).containsExactly("mild impression on the thecal sac",
                "Mild bilateral neuroforaminal\nnarrowing");
    }

    @Test
    void alternativeRoutesOfAFailingAnyOfAreListedOneByOne() {
        Section routes = layout(SampleTrace.fusionNotNecessary()).sections().stream()
                .filter(s -> s.heading().startsWith("Appropriate Indications")).findFirst().orElseThrow();

        assertThat(routes.heading()).isEqualTo("Appropriate Indications (Not Met in This Case): A fusion indication at the requested level");
        assertThat(routes.blocks()).extracting(Block::text).containsExactly(
                "Spondylolisthesis at the requested level: not met. The record documents its absence at L5-S1.",
                "Dynamic instability on flexion-extension radiographs: not documented. The record does not document it at L5-S1.");
    }

    private static Section section(ReportDocument doc, String heading) {
        return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static List<String> paragraphs(ReportDocument doc) {
        return doc.sections().stream().flatMap(s -> s.blocks().stream()).map(Block::text).toList();
    }
}
