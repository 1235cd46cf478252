package dev.necessity.extract;

import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.SentenceSplitter;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextStructureTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void upperCaseHeadingsAtLineStartOpenSections() {
        String text = "CHIEF COMPLAINT: Low back pain.\n\nHPI: Pain for 7 months.\nPAST MEDICAL HISTORY: Hypertension.\n"
                + "ADDENDUM 02/16/2026: Discharged from PT after 1 visit.";
        List<Section> sections = new ClinicalExtractor()
                .extract(new ClinicalDocument("n.txt", DocumentType.CLINICAL_NOTE, Notes.DATE, null, text)).sections();
        assertThat(sections).extracting(Section::name)
                .containsExactly("CHIEF COMPLAINT", "HPI", "PAST MEDICAL HISTORY", "ADDENDUM");
        assertThat(text.substring(sections.get(0).span().start(), sections.get(0).span().end()))
                .isEqualTo("CHIEF COMPLAINT: Low back pain.");
    }

    @Test
    void aRunOnWithoutASentenceEndIsCutAtSpacesIntoBoundedSentences() {
        // A dictation that never says "period": 240 KB on wrapped lines, no sentence end anywhere.
        String text = "pain radiating to the left leg with numbness and tingling, worse with walking,\n".repeat(3_000);
        List<Sentence> split = splitter.split(text);
        assertThat(split).hasSizeGreaterThan(100)
                .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
        for (int i = 1; i < split.size(); i++) {
            // Cut at whitespace: no word is broken, and nothing between two sentences is lost but the space.
            assertThat(text.substring(split.get(i - 1).end(), split.get(i).start())).isBlank();
        }
        assertThat(split.get(0).start()).isZero();
        assertThat(split.get(split.size() - 1).end()).isEqualTo(text.length() - 1);
    }

    @Test
    void aWordLongerThanASentenceIsCutWhereItMust() {
        String text = "x".repeat(5_000);
        assertThat(splitter.split(text)).extracting(s -> s.end() - s.start())
                .containsExactly(SentenceSplitter.MAX_SENTENCE, SentenceSplitter.MAX_SENTENCE, 1_000);
    }

    @Test
    void levelHeadersAndMixedCaseLabelsAreNotSections() {
        String text = "FINDINGS:\nAlignment: Normal lumbar lordosis.\nL5-S1: Disc desiccation.\nT12-L1 through L3-L4: No disc herniation.";
        List<Section> sections = new ClinicalExtractor()
                .extract(new ClinicalDocument("n.txt", DocumentType.IMAGING, Notes.DATE, null, text)).sections();
        assertThat(sections).extracting(Section::name).containsExactly("FINDINGS");
    }

    @Test
    void measurementsLevelsGradesAndDecimalsDoNotEndSentences() {
        assertThat(sentences("Height 5 ft 5 in, weight 196 lb, BMI 32.6. Reflexes 2+ and symmetric at the knees. "
                + "Degenerative disc at L5-S1. Seen by Dr. Smith approx. 2 weeks ago."))
                .containsExactly("Height 5 ft 5 in, weight 196 lb, BMI 32.6.", "Reflexes 2+ and symmetric at the knees.",
                        "Degenerative disc at L5-S1.", "Seen by Dr. Smith approx. 2 weeks ago.");
    }

    @Test
    void lineWrappedSentencesStayWholeAndNumberedItemsSplit() {
        String impression = "IMPRESSION:\n1. Degenerative disc disease at L5-S1 with broad-based disc bulge causing mild impression\n"
                + "   on the thecal sac.\n2. Type II Modic endplate changes at L5-S1.\n3. No spondylolisthesis.";
        assertThat(sentences(impression)).containsExactly(
                "Degenerative disc disease at L5-S1 with broad-based disc bulge causing mild impression on the thecal sac.",
                "Type II Modic endplate changes at L5-S1.", "No spondylolisthesis.");
    }

    @Test
    void labelLinesAndTitlesStartNewSentences() {
        assertThat(sentences("PROCEDURE NOTE\nDate: 11/03/2025\nProcedure: L5-S1 interlaminar epidural steroid injection."))
                .containsExactly("PROCEDURE NOTE", "Date: 11/03/2025", "Procedure: L5-S1 interlaminar epidural steroid injection.");
    }

    @Test
    void normalizedSentenceTextMapsBackToExactDocumentOffsets() {
        String text = "causing mild impression\n   on the thecal sac.";
        Sentence s = splitter.split(text).get(0);
        int at = s.text().indexOf("mild");
        var span = s.span(at, s.text().indexOf(" sac") + 4);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("mild impression\n   on the thecal sac");
    }
}
