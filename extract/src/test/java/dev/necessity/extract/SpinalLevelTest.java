package dev.necessity.extract;

import dev.necessity.extract.level.LevelFinder;
import dev.necessity.extract.level.LevelMention;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.SpinalLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpinalLevelTest {

    private final LevelFinder finder = new LevelFinder();

    private List<String> levels(String text) {
        return finder.find(text).stream().flatMap(m -> m.levels().stream()).map(SpinalLevel::toString).toList();
    }

    @Test
    void readsEverySpellingOfASegment() {
        assertThat(levels("L4-5; L4/5; L4-L5; L5-S1; L5/S1; L5S1; T12-L1"))
                .containsExactly("L4-L5", "L4-L5", "L4-L5", "L5-S1", "L5-S1", "L5-S1", "T12-L1");
    }

    @Test
    void expandsListsAndRanges() {
        assertThat(levels("L3-4 and L4-5")).containsExactly("L3-L4", "L4-L5");
        assertThat(levels("at L1-L2, L2-L3, and L3-L4")).containsExactly("L1-L2", "L2-L3", "L3-L4");
        assertThat(levels("T12-L1 through L3-L4")).containsExactly("T12-L1", "L1-L2", "L2-L3", "L3-L4");
        assertThat(levels("from L3 through L5")).containsExactly("L3-L4", "L4-L5");
        assertThat(levels("from L2 to L5")).containsExactly("L2-L3", "L3-L4", "L4-L5");
        assertThat(levels("the C4-6 levels")).containsExactly("C4-C5", "C5-C6");
    }

    @Test
    void readsVertebraOnVertebraAndEndplatePairs() {
        assertThat(levels("anterolisthesis of L4 on L5")).containsExactly("L4-L5");
        assertThat(levels("spondylolisthesis of L5 over S1")).containsExactly("L5-S1");
        assertThat(levels("at the inferior endplate of L5 and superior endplate of S1")).containsExactly("L5-S1");
    }

    @Test
    void allLevelPhrasesMeanEveryLevel() {
        List<LevelMention> mentions = finder.find("No high-grade canal or foraminal stenosis at any level.");
        assertThat(mentions).singleElement().satisfies(m -> assertThat(m.allLevels()).isTrue());
        assertThat(finder.find("grossly patent at all levels").get(0).allLevels()).isTrue();
    }

    @Test
    void mriSequenceNamesAreNotVertebrae() {
        assertThat(finder.find("Sagittal T1, T2 and STIR images.")).isEmpty();
    }

    @Test
    void aLevelHeaderHoldsForItsParagraph() {
        String mri = "L4-L5: Mild disc desiccation. No canal stenosis. Neural foramina are patent.\n\nNo spondylolisthesis.";
        var stenosis = Notes.ofType(Notes.imaging(mri), FindingTypes.STENOSIS);
        assertThat(Notes.levels(stenosis)).containsExactly("L4-L5", "L4-L5");
        assertThat(Notes.only(Notes.imaging(mri), FindingTypes.SPONDYLOLISTHESIS).level()).isNull();
    }

    @Test
    void atLevelCommaSetsTheLevelUntilTheNextOne() {
        String mri = "At L4-L5, there is an annular disc bulge. This yields moderate central stenosis. "
                + "At L5-S1, there is soft tissue density in the right neuroforamina.";
        assertThat(Notes.only(Notes.imaging(mri), FindingTypes.STENOSIS).level()).isEqualTo(SpinalLevel.of("L4-L5"));
    }

    @Test
    void aLevelNamedRightAfterTheFindingWinsOverAnEarlierOne() {
        String s = "There is disc desiccation at L4-L5 and L5-S1 with no significant central canal or foraminal stenosis "
                + "at L1-L2, L2-L3, and L3-L4.";
        var central = Notes.ofType(Notes.imaging(s), FindingTypes.STENOSIS).stream()
                .filter(f -> "central".equals(f.attributes().get("location"))).toList();
        assertThat(Notes.levels(central)).containsExactly("L1-L2", "L2-L3", "L3-L4");
    }
}
