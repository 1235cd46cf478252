package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    private final SectionSplitter splitter = new SectionSplitter();

    @Test
    void upperCaseHeadingsAndTitleCaseHeadingsAloneOnTheirLineOpenSections() {
        String note = """
                SPINE CLINIC 10/01/2026
                HPI: Right arm pain for about 5 weeks.
                FH: father MI age 52.

                Assessment:
                Right C6 radiculopathy, about 6 weeks duration.

                Physical Exam:
                Spurling positive on the right.
                """;

        assertThat(splitter.headings(note)).extracting(SectionSplitter.Heading::name)
                .containsExactly("HPI", "FH", "ASSESSMENT", "PHYSICAL EXAM");
    }

    @Test
    void aTitleCaseLabelWithItsValueOnTheLineIsNoHeading() {
        String note = """
                Patient: Jane Roe
                Referring physician: Dr Amal Haddad
                Chief complaint: low back pain
                """;

        assertThat(splitter.headings(note)).isEmpty();
    }
}
