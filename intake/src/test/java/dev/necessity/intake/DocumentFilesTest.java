package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    private CaseInputException problemReading(Path caseDir) {
        return catchThrowableOfType(CaseInputException.class, () -> new CaseReader().read(caseDir));
    }

    @Test
    void aMissingCaseDirectoryIsReported() {
        Path missing = dir.resolve("examples/x");

        CaseInputException problem = problemReading(missing);

        assertThat(problem.getMessage()).isEqualTo(missing + ": case directory does not exist");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-001");
    }

    @Test
    void aCaseDirectoryWithoutRequestJsonIsReported() {
        CaseFixture.in(dir).file("mri.txt", CaseFixture.MRI_REPORT);

        CaseInputException problem = problemReading(dir);

        assertThat(problem.getMessage())
                .isEqualTo("request.json: not found in " + dir + " (every case directory needs one)");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-002");
    }

    @Test
    void aListedDocumentThatIsMissingIsReportedWithTheCaseDirectory() {
        CaseInputException problem = problemReading(CaseFixture.in(dir).request(CaseFixture.VALID_REQUEST).dir());

        assertThat(problem.getMessage()).isEqualTo("mri.txt: listed in request.json but not found in " + dir);
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-008");
        assertThat(problem.file()).isEqualTo(dir.resolve("mri.txt"));
    }

    @Test
    void anEmptyListedDocumentIsReported() {
        CaseInputException problem = problemReading(CaseFixture.validCase(dir).file("mri.txt", "").dir());

        assertThat(problem.getMessage()).isEqualTo("mri.txt: document is empty");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-009");
    }

    @Test
    void aWhitespaceOnlyDiscoveredDocumentIsReportedAsEmpty() {
        CaseInputException problem = problemReading(CaseFixture.validCase(dir)
                .requestWithoutDocuments().file("notes.txt", " \n\t\n").dir());

        assertThat(problem.getMessage()).isEqualTo("notes.txt: document is empty");
    }

    @Test
    void aFiftyMegabyteDocumentIsRejectedWithoutBeingRead() throws IOException {
        CaseFixture.validCase(dir).requestWith("\"file\": \"mri.txt\"", "\"file\": \"big.txt\"");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
            big.setLength(FIFTY_MB);
        }

        CaseInputException problem = problemReading(dir);

        assertThat(problem.getMessage()).isEqualTo("big.txt: 52,428,800 bytes exceeds the 4 MB document limit");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-010");
        assertThat(Files.size(dir.resolve("big.txt"))).isEqualTo(FIFTY_MB);
    }

    @Test
    void theDocumentLimitCanBeConfigured() {
        CaseFixture.validCase(dir).file("mri.txt", "L4-L5 stenosis. ".repeat(100));

        CaseInputException problem = catchThrowableOfType(CaseInputException.class,
                () -> new CaseReader(new IntakeOptions(1_000)).read(dir));

        assertThat(problem.getMessage()).isEqualTo("mri.txt: 1,600 bytes exceeds the 1,000-byte document limit");
    }

    @Test
    void anOversizedRequestJsonIsRejectedToo() {
        CaseFixture.validCase(dir);

        CaseInputException problem = catchThrowableOfType(CaseInputException.class,
                () -> new CaseReader(IntakeOptions.defaults().withMaxRequestBytes(100)).read(dir));

        assertThat(problem.getMessage()).startsWith("request.json: ").endsWith("bytes exceeds the 100-byte request limit");
    }

    @Test
    void aLatin1DocumentIsReportedAsNotUtf8() {
        byte[] latin1 = "Patient seen by Dr. Mu\u00f1oz for L4-L5 stenosis.\n".getBytes(StandardCharsets.ISO_8859_1);

        CaseInputException problem = problemReading(CaseFixture.validCase(dir).bytes("mri.txt", latin1).dir());

        assertThat(problem.getMessage())
                .isEqualTo("mri.txt: is not valid UTF-8 (byte 0xF1 at offset 22); save it as UTF-8 text");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-011");
    }

    @Test
    void aListedNameThatIsADirectoryIsReported() throws IOException {
        CaseFixture.validCase(dir).requestWith("\"file\": \"mri.txt\"", "\"file\": \"imaging.txt\"");
        Files.createDirectory(dir.resolve("imaging.txt"));

        assertThat(problemReading(dir).getMessage()).isEqualTo("imaging.txt: is not a regular file");
    }

    @Test
    void aListedPdfIsReportedAsUnsupported() {
        CaseInputException problem = problemReading(CaseFixture.validCase(dir)
                .requestWith("\"file\": \"mri.txt\"", "\"file\": \"mri.pdf\"").bytes("mri.pdf", new byte[] {'%', 'P'}).dir());

        assertThat(problem.getMessage()).isEqualTo("mri.pdf: only .txt and .md documents can be read so far");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-013");
    }

    @Test
    void textWithAccentsAndAByteOrderMarkIsKeptExactly() {
        String text = "\uFEFFMRI LUMBAR SPINE \u2014 Dr. Mu\u00f1oz\nL4\u2013L5: severe stenosis.\n";

        var request = new CaseReader().read(CaseFixture.validCase(dir).file("mri.txt", text).dir());

        assertThat(request.documents().get(0).text()).isEqualTo(text);
    }

    @Test
    void readingNeverChangesTheCaseFiles() throws Exception {
        CaseFixture.validCase(dir).file("notes.txt", "unlisted note");
        Map<String, String> beforeSuccess = fingerprints(dir);
        new CaseReader().read(dir);
        assertThat(fingerprints(dir)).isEqualTo(beforeSuccess);

        CaseFixture.in(dir).file("mri.txt", "");
        Map<String, String> beforeFailure = fingerprints(dir);
        problemReading(dir);
        assertThat(fingerprints(dir)).isEqualTo(beforeFailure);
    }

    private static Map<String, String> fingerprints(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> fingerprints = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                FileTime modified = Files.getLastModifiedTime(file);
                fingerprints.put(file.getFileName().toString(), HexFormat.of().formatHex(digest) + "@" + modified);
            }
        }
        return fingerprints;
    }
}
