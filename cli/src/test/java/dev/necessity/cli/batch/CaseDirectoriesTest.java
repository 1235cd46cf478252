package dev.necessity.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directories a batch treats as cases, and in what order. */
class CaseDirectoriesTest {

    @TempDir
    Path root;

    private Path caseAt(String relative) throws Exception {
        Path dir = Files.createDirectories(root.resolve(relative));
        Files.writeString(dir.resolve("request.json"), "{}");
        Files.writeString(dir.resolve("note.txt"), "Clinic note.");
        return dir;
    }

    private List<String> keys() {
        try (Stream<Path> cases = CaseDirectories.under(root)) {
            return cases.map(c -> CaseDirectories.key(root, c)).toList();
        }
    }

    @Test
    void findsCasesAtEveryDepthDownToFourInPathOrder() throws Exception {
        caseAt("payer-b/2026/03/case-2");
        caseAt("payer-a/case-1");
        caseAt("case-0");
        caseAt("a/b/c/d/too-deep");
        Files.createDirectories(root.resolve("empty/folder"));

        assertThat(keys()).containsExactly("case-0", "payer-a/case-1", "payer-b/2026/03/case-2");
        assertThat(CaseDirectories.count(root)).isEqualTo(3);
    }

    @Test
    void aCaseDirectorysOwnFoldersAreItsDocumentsNotFurtherCases() throws Exception {
        Path outer = caseAt("case-1");
        caseAt("case-1/attachments");
        Files.writeString(outer.resolve("attachments").resolve("scan.txt"), "MRI text.");

        assertThat(keys()).containsExactly("case-1");
    }

    @Test
    void aRootThatIsItselfACaseIsTheOnlyCase() throws Exception {
        Files.writeString(root.resolve("request.json"), "{}");

        assertThat(keys()).containsExactly(root.getFileName().toString());
    }
}
