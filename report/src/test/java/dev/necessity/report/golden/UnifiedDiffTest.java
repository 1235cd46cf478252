package dev.necessity.report.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A failed golden comparison reads like {@code git diff}: only what changed, with three lines of context. */
class UnifiedDiffTest {
    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "same\n", "b", "same\n", 60)).isEmpty();
        assertThat(UnifiedDiff.firstDifferingLine("same\n", "same\n")).isZero();
    }

    @Test
    void aChangedLineIsShownRemovedThenAddedWithThreeLinesOfContext() {
        String expected = numbered(1, 20);
        String actual = expected.replace("line 10\n", "line ten\n");

        assertThat(UnifiedDiff.of("expected/report.txt", expected, "this build's output", actual, 60)).isEqualTo("""
                --- expected/report.txt
                +++ this build's output
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13
                """);
        assertThat(UnifiedDiff.firstDifferingLine(expected, actual)).isEqualTo(10);
    }

    /** The same hunks as GNU {@code diff -u} prints for these two texts. */
    @Test
    void distantChangesAreSeparateHunksAndNearOnesOne() {
        String expected = numbered(1, 40);
        String actual = expected.replace("line 5\n", "").replace("line 30\n", "line 30\nline 30a\n").replace("line 33\n", "line 33!\n");

        assertThat(UnifiedDiff.of("a", expected, "b", actual, 60)).contains("@@ -2,7 +2,6 @@\n line 2\n line 3\n line 4\n-line 5\n line 6\n")
                .contains("@@ -28,9 +27,10 @@\n line 28\n line 29\n line 30\n+line 30a\n line 31\n line 32\n-line 33\n+line 33!\n line 34\n");
    }

    @Test
    void aMissingFinalNewlineIsNamed() {
        assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny", 60)).isEqualTo("""
                --- a
                +++ b
                @@ -1,2 +1,2 @@
                 x
                -y
                +y
                \\ No newline at end of file
                """);
    }

    @Test
    void aCarriageReturnIsShownNotObeyed() {
        assertThat(UnifiedDiff.of("a", "x\n", "b", "x\r\n", 60)).contains("-x\n+x\\r\n");
    }

    @Test
    void aLongDiffStopsAtItsLimitAndSaysHowMuchMoreDiffers() {
        String diff = UnifiedDiff.of("a", numbered(1, 100), "b", numbered(1, 100).replace("line", "LINE"), 10);

        assertThat(diff.lines()).hasSize(2 + 1 + 10 + 1);
        assertThat(diff).endsWith("... (190 more changed lines not shown)\n");
    }

    @Test
    void anAddedFileIsOneHunkFromNothing() {
        assertThat(UnifiedDiff.of("a", "", "b", "new\n", 60)).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n");
    }
}
