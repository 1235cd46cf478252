package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.necessity.model.CaseRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's files are read from inside the case directory only: a link that leads out of it
 * would put another file's text into the report as evidence "from the case".
 */
class CaseLinksTest {

    private static final String SECRET = "Patient: someone else entirely. L5-S1 severe central stenosis.\n";

    @TempDir
    Path tmp;

    private static CaseInputException refusal(Path caseDir) {
        return catchThrowableOfType(CaseInputException.class, () -> new CaseReader().read(caseDir));
    }

    private Path outsideFile() throws IOException {
        Path outside = tmp.resolve("elsewhere/other-patient-mri.txt");
        Files.createDirectories(outside.getParent());
        return Files.writeString(outside, SECRET);
    }

    @Test
    void aListedDocumentThatLinksOutOfTheCaseIsRefused() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case"));
        Files.delete(seed.file("mri-lumbar-2026-01-12.txt"));
        Files.createSymbolicLink(seed.file("mri-lumbar-2026-01-12.txt"), outsideFile());

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).isEqualTo("mri-lumbar-2026-01-12.txt: is a link to a file outside the case"
                + " directory; copy the file into the case instead");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-019");
        assertThat(problem.getMessage()).doesNotContain("elsewhere");
    }

    @Test
    void aDocumentInALinkedSubDirectoryOutsideTheCaseIsRefused() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case"));
        Files.createSymbolicLink(seed.file("imaging"), outsideFile().getParent());
        seed.editRequest(request -> request.withArray("documents").addObject()
                .put("file", "imaging/other-patient-mri.txt").put("type", "imaging"));

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).isEqualTo("imaging/other-patient-mri.txt: is reached through a linked directory"
                + " that leads outside the case directory; copy the file into the case instead");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-019");
    }

    @Test
    void aDiscoveredDocumentThatLinksOutOfTheCaseIsRefused() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case")).editRequest(request -> request.remove("documents"));
        Files.createSymbolicLink(seed.file("outside-note.txt"), outsideFile());

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).startsWith("outside-note.txt: is a link to a file outside the case directory");
    }

    @Test
    void aRequestJsonThatLinksOutOfTheCaseIsRefused() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case"));
        Path outside = Files.copy(seed.file("request.json"), tmp.resolve("shared-request.json"));
        Files.delete(seed.file("request.json"));
        Files.createSymbolicLink(seed.file("request.json"), outside);

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).startsWith("request.json: is a link to a file outside the case directory");
    }

    @Test
    void aLinkFromOneFileOfTheCaseToAnotherIsFollowed() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case"));
        Files.createDirectories(seed.file("originals"));
        Files.move(seed.file("mri-lumbar-2026-01-12.txt"), seed.file("originals/mri.txt"));
        Files.createSymbolicLink(seed.file("mri-lumbar-2026-01-12.txt"), Path.of("originals/mri.txt"));

        CaseRequest request = new CaseReader().read(seed.dir());

        assertThat(request.document("mri-lumbar-2026-01-12.txt").orElseThrow().text())
                .isEqualTo(readString(seed.file("originals/mri.txt")));
    }

    @Test
    void aCaseDirectoryReachedThroughALinkIsReadAsItself() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("cases/real"));
        Path linked = Files.createSymbolicLink(tmp.resolve("linked-case"), seed.dir());

        CaseRequest request = new CaseReader().read(linked);

        assertThat(request.documents()).hasSize(5);
    }

    @Test
    void aLinkThatLeadsNowhereIsReportedAsMissing() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp.resolve("case"));
        Files.delete(seed.file("medications.txt"));
        Files.createSymbolicLink(seed.file("medications.txt"), tmp.resolve("deleted.txt"));

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).startsWith("medications.txt: listed in request.json but not found in ");
    }

    private static String readString(Path file) throws IOException {
        return Files.readString(file);
    }
}
