package dev.necessity.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directories a batch treats as cases, and in what order. */
class CaseDirectoriesTest {

    @TempDir
    Path tmp;

    private Path root() throws IOException {
        return Files.createDirectories(tmp.resolve("cases"));
    }

    private Path caseAt(String relative) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(relative));
        Files.writeString(dir.resolve("request.json"), "{}");
        Files.writeString(dir.resolve("note.txt"), "Clinic note.");
        return dir;
    }

    private static List<String> keys(Path root) {
        try (Stream<Path> cases = CaseDirectories.under(root)) {
            return cases.map(c -> CaseDirectories.key(root, c)).toList();
        }
    }

    @Test
    void findsCasesAtEveryDepthInPathOrder() throws Exception {
        Path root = root();
        caseAt("cases/payer-b/2026/03/case-2");
        caseAt("cases/payer-a/case-1");
        caseAt("cases/case-0");
        caseAt("cases/archive/2019/q3/payer-c/region-4/batch-17/case-9");
        Files.createDirectories(root.resolve("empty/folder"));

        assertThat(keys(root)).containsExactly("archive/2019/q3/payer-c/region-4/batch-17/case-9", "case-0", "payer-a/case-1",
                "payer-b/2026/03/case-2");
        assertThat(CaseDirectories.count(root)).isEqualTo(4);
    }

    @Test
    void aCaseDirectorysOwnFoldersAreItsDocumentsNotFurtherCases() throws Exception {
        Path outer = caseAt("cases/case-1");
        caseAt("cases/case-1/attachments");
        Files.writeString(outer.resolve("attachments").resolve("scan.txt"), "MRI text.");

        assertThat(keys(root())).containsExactly("case-1");
    }

    @Test
    void aRootThatIsItselfACaseIsTheOnlyCase() throws Exception {
        Path root = caseAt("cases");

        assertThat(keys(root)).containsExactly("cases");
    }

    @Test
    void aSymbolicallyLinkedRootIsFollowed() throws Exception {
        caseAt("real/payer-a/case-1");
        caseAt("real/case-0");
        Path root = link(tmp.resolve("cases"), tmp.resolve("real"));

        assertThat(keys(root)).containsExactly("case-0", "payer-a/case-1");
    }

    @Test
    void symbolicallyLinkedCaseDirectoriesAreCases() throws Exception {
        Path root = root();
        caseAt("cases/local-case");
        Path shared = caseAt("shared/2026/case-from-intake");
        link(root.resolve("linked-case"), shared);
        link(root.resolve("linked-folder"), tmp.resolve("shared"));

        // The same case reached twice (a link to it, a link to its folder) is assessed once, under the first name.
        assertThat(keys(root)).containsExactly("linked-case", "local-case");
    }

    @Test
    void aLinkBackToAnAncestorEndsInsteadOfLooping() throws Exception {
        Path root = root();
        caseAt("cases/payer-a/case-1");
        link(root.resolve("payer-a/again"), root);
        link(root.resolve("payer-a/self"), root.resolve("payer-a"));

        assertThat(keys(root)).containsExactly("payer-a/case-1");
    }

    @Test
    void aLinkToNothingIsNotACaseAndNotAProblem() throws Exception {
        Path root = root();
        caseAt("cases/case-1");
        link(root.resolve("moved-away"), tmp.resolve("nowhere"));

        CaseDirectories.Listing listing = CaseDirectories.find(root);

        assertThat(listing.cases()).containsExactly(root.resolve("case-1"));
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void anUnreadableDirectoryIsAProblemAndTheWalkGoesOn() throws Exception {
        Path root = root();
        caseAt("cases/payer-a/case-1");
        caseAt("cases/payer-b/case-2");
        Path locked = caseAt("cases/payer-c/case-3").getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");

            CaseDirectories.Listing listing = CaseDirectories.find(root);

            assertThat(listing.cases()).containsExactly(root.resolve("payer-a/case-1"), root.resolve("payer-b/case-2"));
            assertThat(listing.problems()).singleElement().satisfies(p -> {
                assertThat(p.directory()).isEqualTo(locked);
                assertThat(p.message()).isEqualTo(locked + ": permission denied (directory not searched for cases)");
            });
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
            return link;
        }
    }
}
