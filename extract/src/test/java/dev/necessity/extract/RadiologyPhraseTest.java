package dev.necessity.extract;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Radiology phrasing the labelled set showed the extractor must read, each on the real sentence (MTSamples file named). */
class RadiologyPhraseTest {

    private static List<Finding> stenoses(String text) {
        return Notes.ofType(Notes.imaging(text), FindingTypes.STENOSIS);
    }

    @Test
    void aLevelNamedEarlierInTheParagraphIsTheTopicOfTheNextSentences() {
        // 004: the foramen sentence names no level; the paragraph's last level is L4-L5.
        List<Finding> f = stenoses("There was a right paracentral disc protrusion at L4-L5 narrowing of the right lateral recess. "
                + "The transversing nerve root on the right was impinged at that level. The right foramen was mildly compromised.");
        assertThat(f).extracting(x -> x.level().toString(), x -> x.attributes().get("location"), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L4-L5", "lateral_recess", Severity.UNSPECIFIED),
                        org.assertj.core.groups.Tuple.tuple("L4-L5", "foraminal", Severity.MILD));
    }

    @Test
    void anEmphasisedLevelIsNotTheParagraphTopic() {
        // 004: "especially ... at T5-T6" is inside a statement about the whole thoracic spine.
        List<Finding> f = stenoses("There was evidence of disc generation, especially anteriorly at the T5-T6 level.  "
                + "There was no significant central canal or foraminal compromise.");
        assertThat(Notes.levels(f)).containsOnly("none");
        assertThat(f).allMatch(Finding::negated).allMatch(x -> x.flag("imprecise"));
    }

    @Test
    void atTheLevelWithoutCommaIsAHeader() {
        // 010: the second sentence is about L3-4, not the previous paragraph's L4-5.
        List<Finding> f = stenoses("At the L4-5 level, mild bilateral facet arthrosis is present.\n"
                + "At the L3-4 level anterior spondylosis is present.  There are endplate degenerative changes with mild posterior "
                + "annular disk bulging, but no evidence of moderate or high-grade central canal or neural foraminal stenosis.");
        assertThat(Notes.levels(f)).containsOnly("L3-L4");
        assertThat(f).allMatch(x -> x.negated() && x.severity() == Severity.MODERATE).hasSize(2);
        assertThat(f.get(0).quote()).startsWith("no evidence of moderate or high-grade central canal");
    }

    @Test
    void theseLevelsPointBackToTheLastListOfLevels() {
        // 015
        List<Finding> f = stenoses("Superimposed on this is mild spondylosis and disc bulge at C6-7, C5-6, C4-5, and C3-4. "
                + "There is moderate central spinal stenosis at C3-4. Intervertebral foramina at these levels appear widely patent.");
        assertThat(f.stream().filter(x -> "foraminal".equals(x.attributes().get("location"))).map(x -> x.level().toString()))
                .containsExactly("C3-C4", "C4-C5", "C5-C6", "C6-C7");
        assertThat(f).filteredOn(x -> "foraminal".equals(x.attributes().get("location"))).allMatch(x -> x.severity() == Severity.NONE);
    }

    @Test
    void theNextSentenceCanLocateAStenosis() {
        // 033
        List<Finding> f = stenoses("It demonstrates evidence of moderate stenosis at C4-5, C5-6.  These stenosis is in the bilateral "
                + "neural foramina and there is also significant disk herniation noted at the C6-7 level.");
        assertThat(f).extracting(x -> x.level().toString()).containsExactly("C4-C5", "C5-C6");
        assertThat(f).allMatch(x -> "foraminal".equals(x.attributes().get("location")) && "bilateral".equals(x.attributes().get("side"))
                && x.severity() == Severity.MODERATE);
    }

    @Test
    void borderlineSubstantialAndThecalSacWording() {
        // 016, 012
        assertThat(stenoses("C4-5 borderline central canal stenosis with mild bilateral foraminal compromise."))
                .extracting(Finding::severity).containsExactly(Severity.MINIMAL, Severity.MILD);
        Finding substantial = Notes.only(Notes.imaging("There is minimal right-sided uncovertebral joint arthrosis but no substantial "
                + "foraminal compromise."), FindingTypes.STENOSIS);
        assertThat(substantial.negated()).isTrue();
        assertThat(substantial.severity()).isEqualTo(Severity.MODERATE);
        assertThat(substantial.flag("imprecise")).isTrue();
        assertThat(stenoses("The disc protrusion produces minimal rightward ventral thecal sac flattening but no cord impingement."))
                .extracting(Finding::severity, x -> x.attributes().get("location")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.MINIMAL, "central"));
        assertThat(stenoses("At C6-7, mild diffuse disk-osteophyte impresses on the ventral thecal sac and contacts the ventral cord surface."))
                .extracting(x -> x.attributes().get("location")).containsExactly("central");
        assertThat(stenoses("broad based posterior annular disk bulging or protrusion, which mildly effaces the anterior aspect of the thecal sac"))
                .extracting(Finding::severity).containsExactly(Severity.MILD);
    }

    @Test
    void activeVerbsAndSmallCanals() {
        // 007, 015, 012
        assertThat(stenoses("This disc was located more on the right than on the left , compromised the right neural foramen, "
                + "and narrowed the spinal canal.")).extracting(x -> x.attributes().get("location"), x -> x.attributes().get("side"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("foraminal", "right"), org.assertj.core.groups.Tuple.tuple("central", null));
        assertThat(stenoses("MRI C-spine, 12/1/92: Congenitally small spinal canal is present.")).extracting(x -> x.attributes().get("location"))
                .containsExactly("central");
        assertThat(stenoses("The AP diameter of the central canal has been narrowed to 9mm.")).hasSize(1);
        assertThat(stenoses("FINDINGS: Normal foramen magnum.")).isEmpty();
    }

    @Test
    void anImpressionRepeatingAFindingAgreesWithIt() {
        // 010: findings without a level in the sentence, impression with it; both read L5-S1 mild.
        List<Finding> f = stenoses("There is marked intervertebral disk space narrowing at the L5-S1 level with intervertebral disk vacuum "
                + "phenomenon.  There is mild neural foraminal stenosis present.\n\nCONCLUSIONS:\n3. Mild bilateral neural foraminal stenosis "
                + "at the L5-S1 level.");
        assertThat(f).hasSize(2).allMatch(x -> x.level().toString().equals("L5-S1") && x.severity() == Severity.MILD);
    }

    @Test
    void negatedQuotesCarryTheirTrigger() {
        List<Finding> f = Notes.read("No disc herniation, canal stenosis or foraminal narrowing. No fracture or marrow replacing lesion.");
        assertThat(f).allMatch(Finding::negated);
        assertThat(Notes.ofType(f, FindingTypes.STENOSIS)).extracting(Finding::quote)
                .containsExactly("No disc herniation, canal stenosis", "No disc herniation, canal stenosis or foraminal narrowing");
        assertThat(Notes.ofType(f, FindingTypes.RED_FLAG)).extracting(Finding::quote)
                .containsExactly("No fracture", "No fracture or marrow replacing lesion");
        // 017
        Finding cord = Notes.only(Notes.imaging("Distinct cord compression is not evident."), FindingTypes.CORD_COMPRESSION);
        assertThat(cord.negated()).isTrue();
        assertThat(cord.quote()).isEqualTo("cord compression is not evident");
    }

    @Test
    void cordContactIndentationAndSignal() {
        // 017, 013, 018
        Finding impress = Notes.only(Notes.imaging("At C5-6, central disk-osteophyte contacts and mildly impresses on the ventral cord contour."),
                FindingTypes.CORD_COMPRESSION);
        assertThat(impress.asserted()).isTrue();
        List<Finding> hedged = Notes.ofType(Notes.imaging("IMPRESSION: Disk/osteophyte at C4-5 through C6-7 with contact and may mildly "
                + "indent the ventral cord contour at these levels."), FindingTypes.CORD_COMPRESSION);
        assertThat(Notes.levels(hedged)).containsExactly("C4-C5", "C5-C6", "C6-C7");
        assertThat(hedged).allMatch(Finding::uncertain);
        assertThat(Notes.levels(Notes.ofType(Notes.imaging("MRI C-spine, 7/145/93, showed an area of decreased T1 and increased T2 signal at "
                + "the C4-6 levels within the right lateral spinal cord."), FindingTypes.CORD_SIGNAL_CHANGE))).containsExactly("C4-C5", "C5-C6");
        assertThat(Notes.ofType(Notes.imaging("An MRI of the C-T spine, 10/26/96, revealed a prominent cervicothoracic syrinx extending "
                + "down to T10."), FindingTypes.CORD_SIGNAL_CHANGE)).hasSize(1);
    }

    @Test
    void listhesisNeuralImpingementAndDiscWording() {
        // 011
        Finding slip = Notes.only(Notes.imaging("L5-S1: There is a laminectomy defect, spondylolisthesis with 3.5mm of anterolisthesis of L5."),
                FindingTypes.SPONDYLOLISTHESIS);
        assertThat(slip.level().toString()).isEqualTo("L5-S1");
        assertThat(slip.attributes()).containsEntry("mm", 3.5).containsEntry("direction", "antero");
        Finding root = Notes.only(Notes.imaging("posterior annular disc bulging greatest in the left foraminal region adjacent to the exiting "
                + "left L5 nerve root with questionable neural impingement."), FindingTypes.NERVE_ROOT);
        assertThat(root.uncertain()).isTrue();
        // 012, 010
        assertThat(Notes.only(Notes.imaging("T1-2: There is disc desiccation with no disc displacement."), FindingTypes.DISC_HERNIATION)
                .negated()).isTrue();
        assertThat(Notes.ofType(Notes.imaging("Small amount of extruded disk vacuum phenomenon is present on the left."),
                FindingTypes.DISC_HERNIATION)).isEmpty();
    }
}
