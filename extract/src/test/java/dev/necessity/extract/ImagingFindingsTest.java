package dev.necessity.extract;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Severity;
import dev.necessity.model.SpinalLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imaging grammars, on sentences from MTSamples radiology reports (file named) and the seed MRI. */
class ImagingFindingsTest {

    private static Finding stenosis(String text) {
        return Notes.only(Notes.imaging(text), FindingTypes.STENOSIS);
    }

    @Test
    void stenosisSeverityCombinationsStayOnTheOrderedScale() {
        assertThat(stenosis("There is minimal to mild right foraminal narrowing.").severity()).isEqualTo(Severity.MINIMAL);
        assertThat(stenosis("Mild-to-moderate central canal stenosis.").severity()).isEqualTo(Severity.MILD_TO_MODERATE);
        assertThat(stenosis("Moderate to severe left foraminal stenosis.").severity()).isEqualTo(Severity.MODERATE_TO_SEVERE);
        assertThat(stenosis("Moderate-severe central stenosis.").severity()).isEqualTo(Severity.MODERATE_TO_SEVERE);
        assertThat(stenosis("Marked central canal narrowing.").severity()).isEqualTo(Severity.SEVERE);
        assertThat(stenosis("Critical central canal stenosis.").severity()).isEqualTo(Severity.SEVERE);
        assertThat(stenosis("Slight narrowing of the left neural foramen.").severity()).isEqualTo(Severity.MILD);
    }

    @Test
    void mildIsNeverRoundedUp() {
        Finding f = stenosis("Mild bilateral neuroforaminal narrowing.");
        assertThat(f.severity()).isEqualTo(Severity.MILD);
        assertThat(f.attributes()).containsEntry("location", "foraminal").containsEntry("side", "bilateral");
        assertThat(f.quote()).isEqualTo("Mild bilateral neuroforaminal narrowing");
    }

    @Test
    void significantIsAnImpreciseModerate() {
        // 004-mri-spine.txt
        List<Finding> f = Notes.ofType(Notes.imaging("There was no significant central canal or foraminal compromise."), FindingTypes.STENOSIS);
        assertThat(f).hasSize(2).allSatisfy(s -> {
            assertThat(s.negated()).isTrue();
            assertThat(s.severity()).isEqualTo(Severity.MODERATE);
            assertThat(s.flag("imprecise")).isTrue();
        });
    }

    @Test
    void aNegatedListRulesOutItsLowestNamedGrade() {
        List<Finding> f = Notes.ofType(Notes.imaging("No moderate or high-grade stenosis at any level."), FindingTypes.STENOSIS);
        assertThat(f).singleElement().satisfies(s -> {
            assertThat(s.negated()).isTrue();
            assertThat(s.severity()).isEqualTo(Severity.MODERATE);
            assertThat(s.flag("allLevels")).isTrue();
            assertThat(s.level()).isNull();
        });
    }

    @Test
    void thecalSacImpressionIsCentralAndPatentForaminaAreNone() {
        assertThat(stenosis("Broad-based disc bulge causing mild impression on the thecal sac.").attributes())
                .containsEntry("location", "central").containsEntry("severity", "mild");
        // 005-mri-of-lumbar-spine-w-o-contrast.txt
        List<Finding> patent = Notes.ofType(Notes.imaging("L5-S1:  Central canal, neural foramina are patent."), FindingTypes.STENOSIS);
        assertThat(patent).extracting(s -> s.attributes().get("location")).containsExactly("central", "foraminal");
        assertThat(patent).allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.NONE));
        assertThat(Notes.levels(patent)).containsOnly("L5-S1");
    }

    @Test
    void lateralRecessAndPredicateForms() {
        // 004-mri-spine.txt
        Finding recess = stenosis("There was a right paracentral disc protrusion at L4-L5 narrowing of the right lateral recess.");
        assertThat(recess.attributes()).containsEntry("location", "lateral_recess").containsEntry("side", "right");
        assertThat(recess.level()).isEqualTo(SpinalLevel.of("L4-L5"));
        Finding foramen = stenosis("The right foramen was mildly compromised.");
        assertThat(foramen.attributes()).containsEntry("location", "foraminal").containsEntry("severity", "mild");
    }

    @Test
    void severityStatedAfterTheStenosis() {
        // 049-low-back-pain-consult.txt
        Finding f = stenosis("At L5-S1, there is an annular disc bulge more to the right causing right-sided neuroforaminal stenosis, "
                + "which is quite severe compared to that on the left.");
        assertThat(f.severity()).isEqualTo(Severity.SEVERE);
        assertThat(f.attributes()).containsEntry("side", "right");
    }

    @Test
    void spondylolisthesisWithGradeMillimetresAndLevel() {
        // 154-physical-therapy-low-back-pain.txt
        Finding graded = Notes.only(Notes.imaging("The x-ray showed an anterior grade 1 spondylolisthesis of L5 over S1."),
                FindingTypes.SPONDYLOLISTHESIS);
        assertThat(graded.attributes()).containsEntry("grade", 1).containsEntry("direction", "antero");
        assertThat(graded.level()).isEqualTo(SpinalLevel.of("L5-S1"));
        // 010-ct-lumbar-spine.txt
        Finding mm = Notes.only(Notes.imaging("There is a laminectomy defect, spondylolisthesis with 3.5mm of anterolisthesis of L5."),
                FindingTypes.SPONDYLOLISTHESIS);
        assertThat(mm.number("mm")).contains(3.5);
        assertThat(mm.attributes()).containsEntry("direction", "antero");
        assertThat(mm.level()).isEqualTo(SpinalLevel.of("L5-S1"));
        assertThat(mm.quote()).isEqualTo("spondylolisthesis with 3.5mm of anterolisthesis");
        assertThat(Notes.only(Notes.imaging("No spondylolisthesis."), FindingTypes.SPONDYLOLISTHESIS).negated()).isTrue();
        assertThat(Notes.only(Notes.imaging("Grade II retrolisthesis of L4 on L5."), FindingTypes.SPONDYLOLISTHESIS).attributes())
                .containsEntry("direction", "retro").containsEntry("grade", 2);
    }

    @Test
    void instabilityOnFlexionExtensionViews() {
        Finding f = Notes.only(Notes.imaging("At L4-5 there is 4 mm of translation on flexion-extension views, with 12 degrees of angulation."),
                FindingTypes.INSTABILITY);
        assertThat(f.number("translationMm")).contains(4.0);
        assertThat(f.number("angulationDeg")).contains(12.0);
        assertThat(f.flag("dynamic")).isTrue();
        assertThat(f.level()).isEqualTo(SpinalLevel.of("L4-L5"));
    }

    @Test
    void discMorphologyAndNerveRootRelation() {
        Finding contact = Notes.only(Notes.imaging("L5-S1: Left paracentral disc protrusion contacting the traversing left S1 nerve root."),
                FindingTypes.DISC_HERNIATION);
        assertThat(contact.attributes()).containsEntry("morphology", "protrusion").containsEntry("side", "left")
                .containsEntry("nerveRoot", "contact");
        Finding root = Notes.only(Notes.imaging("L5-S1: Left paracentral disc protrusion contacting the traversing left S1 nerve root."),
                FindingTypes.NERVE_ROOT);
        assertThat(root.attributes()).containsEntry("degree", "contact").containsEntry("root", "S1").containsEntry("side", "left");
        assertThat(Notes.only(Notes.imaging("Large extruded disc fragment compressing the right L5 nerve root."), FindingTypes.DISC_HERNIATION)
                .attributes()).containsEntry("morphology", "extrusion").containsEntry("nerveRoot", "compression");
    }

    @Test
    void nerveRootsThatDoNotAppearImpingedAreNegated() {
        // 046-lumbar-radiculopathy-consult.txt
        Finding f = Notes.only(Notes.imaging("At L4-L5, there is an annular disc bulge with fissuring yielding moderate central stenosis "
                + "and neuroforaminal narrowing but the nerves do not appear to be impinged."), FindingTypes.NERVE_ROOT);
        assertThat(f.negated()).isTrue();
        assertThat(f.attributes()).containsEntry("degree", "impingement");
    }

    @Test
    void nerveRootsThatAreNotCompressedAreANegatedCompressionAtTheTopicLevel() {
        Finding traversing = Notes.only(Notes.imaging("L5-S1: Small central disc protrusion with mild bilateral foraminal narrowing. "
                + "The traversing nerve roots are not compressed."), FindingTypes.NERVE_ROOT);
        assertThat(traversing.negated()).isTrue();
        assertThat(traversing.level()).isEqualTo(SpinalLevel.of("L5-S1"));
        assertThat(traversing.attributes()).containsEntry("degree", "compression");
        assertThat(traversing.quote()).isEqualTo("The traversing nerve roots are not compressed");
        // cervical-acdf/tests/normal-exam-indication-fails: the exiting root is spared beside a moderate foraminal stenosis.
        Finding exiting = Notes.only(Notes.imaging("C6-C7: Left paracentral disc-osteophyte complex. Moderate left neural foraminal "
                + "stenosis. The\nexiting left C7 nerve root is not compressed."), FindingTypes.NERVE_ROOT);
        assertThat(exiting.negated()).isTrue();
        assertThat(exiting.level()).isEqualTo(SpinalLevel.of("C6-C7"));
        assertThat(exiting.attributes()).containsEntry("root", "C7").containsEntry("side", "left");
        Finding named = Notes.only(Notes.imaging("The exiting L5 nerve root is not compressed."), FindingTypes.NERVE_ROOT);
        assertThat(named.negated()).isTrue();
        assertThat(named.attributes()).containsEntry("root", "L5");
        assertThat(named.level()).isNull();
        Finding impinged = Notes.only(Notes.imaging("At L4-L5, the nerve roots are not impinged."), FindingTypes.NERVE_ROOT);
        assertThat(impinged.negated()).isTrue();
        assertThat(impinged.attributes()).containsEntry("degree", "impingement");
    }

    @Test
    void aDenialCoordinatingRootAndCordDeniesBoth() {
        for (String impression : List.of("L4-5 disc protrusion without nerve root or cord compression.",
                "L4-5 disc protrusion without cord or nerve root compression.",
                "L4-5 disc protrusion. No compression of the cord or nerve roots.",
                "L4-5 disc protrusion. No compression of the nerve roots or cord.")) {
            List<Finding> findings = Notes.imaging("IMPRESSION:\n" + impression + "\n");
            for (String type : List.of(FindingTypes.NERVE_ROOT, FindingTypes.CORD_COMPRESSION)) {
                Finding denied = Notes.only(findings, type);
                assertThat(denied.negated()).as(type + " in " + impression).isTrue();
                assertThat(denied.level()).as(type + " in " + impression).isEqualTo(SpinalLevel.of("L4-L5"));
            }
            assertThat(Notes.only(findings, FindingTypes.NERVE_ROOT).attributes()).containsEntry("degree", "compression");
        }
        Finding root = Notes.only(Notes.imaging("C5-6: No cord or root impingement."), FindingTypes.NERVE_ROOT);
        assertThat(root.negated()).isTrue();
        assertThat(root.attributes()).containsEntry("degree", "impingement");
        assertThat(root.quote()).isEqualTo("No cord or root impingement");
        assertThat(Notes.only(Notes.imaging("C7-T1: Mild compression of the cord and exiting nerve roots."), FindingTypes.NERVE_ROOT)
                .negated()).isFalse();
    }

    @Test
    void aHedgedDenialOfCompressionIsNegatedLikeNoSignificantImpingement() {
        Finding hedged = Notes.only(Notes.imaging("L4-5: Broad-based disc bulge. The traversing L5 nerve roots are not significantly "
                + "compressed."), FindingTypes.NERVE_ROOT);
        assertThat(hedged.negated()).isTrue();
        assertThat(hedged.level()).isEqualTo(SpinalLevel.of("L4-L5"));
        assertThat(hedged.attributes()).containsEntry("degree", "compression").containsEntry("root", "L5");
        assertThat(Notes.only(Notes.imaging("L4-5: There is no significant nerve root impingement."), FindingTypes.NERVE_ROOT).negated())
                .isTrue();
    }

    @Test
    void deniedRootCompressionPhrasedAsANounStaysNegatedAndAStatedCompressionStaysPositive() {
        Finding noun = Notes.only(Notes.imaging("L5-S1: Central protrusion. No compression of the traversing S1 nerve roots."),
                FindingTypes.NERVE_ROOT);
        assertThat(noun.negated()).isTrue();
        assertThat(noun.level()).isEqualTo(SpinalLevel.of("L5-S1"));
        assertThat(noun.attributes()).containsEntry("degree", "compression").containsEntry("root", "S1");
        Finding without = Notes.only(Notes.imaging("L4-5: Mild disc bulge without compression of the exiting nerve root."),
                FindingTypes.NERVE_ROOT);
        assertThat(without.negated()).isTrue();
        assertThat(without.level()).isEqualTo(SpinalLevel.of("L4-L5"));
        Finding positive = Notes.only(Notes.imaging("L4-5: Right subarticular extrusion. The traversing L5 nerve root is compressed."),
                FindingTypes.NERVE_ROOT);
        assertThat(positive.negated()).isFalse();
        assertThat(positive.uncertain()).isFalse();
        assertThat(positive.level()).isEqualTo(SpinalLevel.of("L4-L5"));
        assertThat(positive.attributes()).containsEntry("degree", "compression").containsEntry("root", "L5");
        assertThat(Notes.only(Notes.imaging("L4-5: The traversing L5 nerve root is significantly compressed."), FindingTypes.NERVE_ROOT)
                .negated()).isFalse();
    }

    @Test
    void questionableImpingementIsUncertain() {
        Finding f = Notes.only(Notes.imaging("Questionable impingement of the left L5 nerve root."), FindingTypes.NERVE_ROOT);
        assertThat(f.uncertain()).isTrue();
        assertThat(f.asserted()).isFalse();
    }

    @Test
    void modicTypeAndCordFindings() {
        assertThat(Notes.only(Notes.imaging("Type 1 endplate changes at L4-5."), FindingTypes.MODIC_CHANGE).attributes())
                .containsEntry("modicType", 1);
        // 014-mri-c-spine-c5-6-disk-herniation.txt
        List<Finding> c = Notes.imaging("MRI C-spine revealed a central C5-6 disk herniation with compression of the spinal cord at that level.");
        assertThat(Notes.only(c, FindingTypes.CORD_COMPRESSION).level()).isEqualTo(SpinalLevel.of("C5-C6"));
        assertThat(Notes.only(Notes.imaging("There is increased T2 signal within the cervical cord at C4."), FindingTypes.CORD_SIGNAL_CHANGE)
                .negated()).isFalse();
    }

    @Test
    void redFlagsInImagingAreUsuallyNegated() {
        // 008-ct-of-lumbar-spine-w-o-contrast.txt
        List<Finding> flags = Notes.ofType(Notes.imaging("There is no evidence for acute fracture or subluxation.  There are no abnormal "
                + "paraspinal masses."), FindingTypes.RED_FLAG);
        assertThat(flags).extracting(f -> f.attributes().get("kind")).containsExactly("fracture", "tumor");
        assertThat(flags).allMatch(Finding::negated);
    }

    @Test
    void oneImagingStudyPerReportFromItsTitleLine() {
        String report = "MRI LUMBAR SPINE WITHOUT CONTRAST\nDate of exam: 01/12/2026\n\nFINDINGS:\nNo spondylolisthesis.";
        Finding study = Notes.only(Notes.imaging(report), FindingTypes.IMAGING_STUDY);
        assertThat(study.quote()).isEqualTo("MRI LUMBAR SPINE WITHOUT CONTRAST");
        assertThat(study.attributes()).containsEntry("modality", "MRI").containsEntry("region", "lumbar")
                .containsEntry("date", java.time.LocalDate.of(2026, 1, 12)).containsEntry("flexionExtension", false);
        // 008-ct-of-lumbar-spine-w-o-contrast.txt
        Finding ct = Notes.only(Notes.imaging("EXAM: Lumbar spine CT without contrast.\nHISTORY: Back pain after a fall."), FindingTypes.IMAGING_STUDY);
        assertThat(ct.attributes()).containsEntry("modality", "CT").containsEntry("region", "lumbar");
        assertThat(Notes.ofType(Notes.read(report), FindingTypes.IMAGING_STUDY)).isEmpty();
    }
}
