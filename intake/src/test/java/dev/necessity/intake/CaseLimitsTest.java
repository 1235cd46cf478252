package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.necessity.model.CaseRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented limits (docs/limits.md), each refused with one line naming the file. */
class CaseLimitsTest {

    @TempDir
    Path tmp;

    private static CaseInputException refusal(Path caseDir) {
        return refusal(caseDir, IntakeOptions.defaults());
    }

    private static CaseInputException refusal(Path caseDir, IntakeOptions limits) {
        return catchThrowableOfType(CaseInputException.class, () -> new CaseReader(limits).read(caseDir));
    }

    @Test
    void aSixMegabyteRequestWithAHundredThousandServiceLinesIsRefusedFromItsSizeAlone() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        try (BufferedWriter out = Files.newBufferedWriter(seed.file("request.json"), StandardCharsets.UTF_8)) {
            out.write("{\"caseId\": \"seed-l5s1-alif\", \"requestDate\": \"2026-03-02\", \"services\": [\n");
            for (int i = 1; i <= 100_000; i++) {
                out.write((i > 1 ? ",\n" : "") + "{\"sequence\": " + i + ", \"code\": \"22558\", \"levels\": [\"L5-S1\"]}");
            }
            out.write("]}\n");
        }
        assertThat(Files.size(seed.file("request.json"))).isGreaterThan(5_000_000);

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).matches("request\\.json: [0-9,]+ bytes exceeds the 1 MB request limit");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-010");
    }

    @Test
    void serviceLinesBeyondFiftyAreRefusedBeforeTheRestOfTheFileIsRead() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        StringBuilder json = new StringBuilder("{\"caseId\": \"seed-l5s1-alif\", \"requestDate\": \"2026-03-02\", \"services\": [");
        for (int i = 1; i <= 51; i++) {
            json.append("{\"sequence\": ").append(i).append(", \"code\": \"22558\", \"levels\": [\"L5-S1\"]},\n");
        }
        // Never reached: the scan stops at line 51, so this syntax error is not what is reported.
        json.append("this is not JSON");
        Files.writeString(seed.file("request.json"), json);

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage())
                .isEqualTo("request.json: services lists more than 50 service lines, the limit for one case");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-014");
    }

    @Test
    void fiftyServiceLinesAreRead() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> {
            ArrayNode services = request.putArray("services");
            for (int i = 1; i <= 50; i++) {
                services.addObject().put("sequence", i).put("code", "22558").putArray("levels").add("L5-S1");
            }
        });

        CaseRequest request = new CaseReader().read(seed.dir());

        assertThat(request.services()).hasSize(50);
    }

    @Test
    void moreListedDocumentsThanTheLimitAreRefused() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> {
            ArrayNode documents = request.putArray("documents");
            for (int i = 1; i <= 201; i++) {
                documents.addObject().put("file", "note-" + i + ".txt");
            }
        });

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage())
                .isEqualTo("request.json: documents lists more than 200 documents, the limit for one case");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-015");
    }

    @Test
    void moreDiscoveredDocumentsThanTheLimitAreRefusedNamingTheCaseDirectory() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> request.remove("documents"));
        String note = Files.readString(seed.file("pt-evaluation-2026-01-26.txt"));
        for (int i = 1; i <= 196; i++) {
            Files.writeString(seed.file(String.format("pt-visit-%03d.txt", i)), note);
        }

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).isEqualTo(seed.dir() + ": holds more than 200 documents, the limit for one case");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-015");
    }

    @Test
    void theDocumentThatTakesTheCaseOverItsByteLimitIsNamed() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        long requestAndConsult = Files.size(seed.file("request.json")) + Files.size(seed.file("spine-consult-2026-02-20.txt"));

        CaseInputException problem = refusal(seed.dir(), IntakeOptions.defaults().withMaxCaseBytes(requestAndConsult + 100));

        assertThat(problem.getMessage()).startsWith("mri-lumbar-2026-01-12.txt: brings the case to ")
                .endsWith(" bytes, over the " + String.format("%,d", requestAndConsult + 100)
                        + "-byte limit for request.json and documents together");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-016");
    }

    @Test
    void aDocumentWithAPathologicallyLongLineIsRefusedNamingTheLine() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        String mri = Files.readString(seed.file("mri-lumbar-2026-01-12.txt"));
        Files.writeString(seed.file("mri-lumbar-2026-01-12.txt"), mri + "L5-S1 mild stenosis. ".repeat(6_000) + "\n");
        long linesBefore = mri.lines().count();

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage()).isEqualTo("mri-lumbar-2026-01-12.txt: line " + (linesBefore + 1)
                + " is longer than 100,000 characters, the limit for one line of a document");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-017");
    }

    @Test
    void aDocumentWithOldMacLineEndingsIsManyShortLines() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        String mri = Files.readString(seed.file("mri-lumbar-2026-01-12.txt")).replace('\n', '\r');
        Files.writeString(seed.file("mri-lumbar-2026-01-12.txt"), mri.repeat(100));

        CaseRequest request = new CaseReader(IntakeOptions.defaults().withMaxLineLength(200)).read(seed.dir());

        assertThat(request.document("mri-lumbar-2026-01-12.txt")).isPresent();
    }

    @Test
    void deepNestingIsRefusedInPlainWordsNotJacksonsSetting() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        String request = Files.readString(seed.file("request.json"));
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        Files.writeString(seed.file("request.json"), request.replaceFirst("\\{", "{ \"x-site-trace\": " + deep + ","));

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage())
                .isEqualTo("request.json: JSON nested more than 32 levels deep at line 1, column 50 (a request is 4 levels deep)");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-018");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> {
            ArrayNode nested = request.putArray("x-site-trace");
            for (int i = 0; i < 30; i++) {
                nested = nested.addArray();
            }
        });

        assertThat(new CaseReader().read(seed.dir()).caseId()).isEqualTo("seed-l5s1-alif");
    }

    @Test
    void jacksonsOtherSizeLimitsAreWordedWithoutItsJavaNames() throws IOException {
        ExampleCase seed = ExampleCase.seed(tmp);
        String request = Files.readString(seed.file("request.json"));
        Files.writeString(seed.file("request.json"), request.replaceFirst("\\{", "{ \"x-n\": " + "9".repeat(2_000) + ","));

        CaseInputException problem = refusal(seed.dir());

        assertThat(problem.getMessage())
                .isEqualTo("request.json: invalid JSON: Number value length (2000) exceeds the maximum allowed (1000)");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        IntakeOptions limits = IntakeOptions.defaults();

        assertThat(limits).isEqualTo(new IntakeOptions(1024 * 1024, 50, 200, 4 * 1024 * 1024, 16 * 1024 * 1024, 100_000, 32));
    }

    @Test
    void theSeedCaseIsWellWithinEveryLimit() {
        assertThat(new CaseReader().read(ExampleCase.EXAMPLES.resolve("l5-s1-alif")).documents()).hasSize(5);
    }

}
