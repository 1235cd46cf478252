package dev.necessity.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.policy.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caret stays under the column whatever the line holds, and a line that cannot be read is left out. */
class SourceExcerptTest {
    @TempDir
    Path tmp;

    @Test
    void theCaretIsUnderTheColumnCountedInCharacters() {
        assertThat(SourceExcerpt.render("title: Café – “quoted”: x", 25))
                .containsExactly(" | title: Café – “quoted”: x", " |                         ^");
    }

    @Test
    void aTabBeforeTheColumnIsRepeatedSoTheCaretStaysUnderIt() {
        assertThat(SourceExcerpt.render("\tkey: value", 7)).containsExactly(" | \tkey: value", " | \t     ^");
    }

    @Test
    void aControlCharacterIsShownEscapedAndTheCaretMovedToMatch() {
        assertThat(SourceExcerpt.render("a\u001bb: c", 3)).containsExactly(" | a\\u001bb: c", " |        ^");
    }

    @Test
    void aLongLineIsCutToAWindowAroundTheColumn() {
        String line = "x".repeat(300) + "HERE" + "y".repeat(300);

        var excerpt = SourceExcerpt.render(line, 301);

        assertThat(excerpt.get(0)).startsWith(" | ...x").endsWith("y...").hasSize(3 + 3 + SourceExcerpt.WIDTH + 3);
        assertThat(excerpt.get(0).charAt(excerpt.get(1).length() - 1)).isEqualTo('H');
    }

    @Test
    void aColumnPastTheEndPointsJustAfterTheLastCharacter() {
        assertThat(SourceExcerpt.render("key:", 9)).containsExactly(" | key:", " |     ^");
    }

    @Test
    void aWindowsLineEndingIsNotShownAndALineOutsideTheFileIsLeftOut() throws IOException {
        Path file = Files.writeString(tmp.resolve("policy.yaml"), "id: x\r\ntitle: y\r\n");

        assertThat(SourceExcerpt.of(new SourcePosition(file.toString(), 2, 8))).containsExactly(" | title: y", " |        ^");
        assertThat(SourceExcerpt.of(new SourcePosition(file.toString(), 9, 1))).isEmpty();
        assertThat(SourceExcerpt.of(new SourcePosition(tmp.resolve("gone.yaml").toString(), 1, 1))).isEmpty();
        assertThat(SourceExcerpt.of(new SourcePosition(tmp.toString(), 1, 1))).as("a directory").isEmpty();
    }
}
