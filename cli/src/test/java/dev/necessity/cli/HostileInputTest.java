package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions from the command line: each ends in exit status 2 and plain lines
 * naming the file and the problem, with no stack trace and no Java class name.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static void assertRefusedInOneLine(Run r, String line) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(line);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.out()).isEmpty();
    }

    private Path seed() {
        return Examples.copy("l5-s1-alif", tmp.resolve("case"));
    }

    @Test
    void aSixMegabyteRequestOfAHundredThousandServiceLines() throws IOException {
        Path caseDir = seed();
        try (BufferedWriter out = Files.newBufferedWriter(caseDir.resolve("request.json"), StandardCharsets.UTF_8)) {
            out.write("{\"caseId\": \"seed-l5s1-alif\", \"requestDate\": \"2026-03-02\", \"services\": [");
            for (int i = 1; i <= 100_000; i++) {
                out.write((i > 1 ? "," : "") + "{\"sequence\": " + i + ", \"code\": \"22558\", \"levels\": [\"L5-S1\"]}");
            }
            out.write("]}");
        }
        long size = Files.size(caseDir.resolve("request.json"));

        assertRefusedInOneLine(run("assess", caseDir.toString()),
                String.format("necessity: request.json: %,d bytes exceeds the 1 MB request limit", size));
    }

    @Test
    void deepNestingIsNotReportedWithJacksonsSettingName() throws IOException {
        Path caseDir = seed();
        String request = Files.readString(caseDir.resolve("request.json"));
        Files.writeString(caseDir.resolve("request.json"), request.replaceFirst("\\{", "{\"x-a\": " + "[".repeat(2_000) + "]".repeat(2_000) + ","));

        assertRefusedInOneLine(run("assess", caseDir.toString()), "necessity: request.json: JSON nested more than 32 levels"
                + " deep at line 1, column 40 (a request is 4 levels deep)");
    }

    @Test
    void aDocumentLinkedToAnotherPatientsFileOutsideTheCase() throws IOException {
        Path caseDir = seed();
        Path other = Files.writeString(tmp.resolve("other-patient-mri.txt"), "L5-S1: severe central canal stenosis.\n");
        Files.delete(caseDir.resolve("mri-lumbar-2026-01-12.txt"));
        Files.createSymbolicLink(caseDir.resolve("mri-lumbar-2026-01-12.txt"), other);

        assertRefusedInOneLine(run("assess", caseDir.toString()), "necessity: mri-lumbar-2026-01-12.txt: is a link to a file"
                + " outside the case directory; copy the file into the case instead");
    }

    @Test
    void aDocumentThatIsNotUtf8() throws IOException {
        Path caseDir = seed();
        Files.write(caseDir.resolve("medications.txt"), "Ibuprofen 600 mg, Dr. Mu\u00f1oz\n".getBytes(StandardCharsets.ISO_8859_1));

        Run r = run("assess", caseDir.toString());

        assertRefusedInOneLine(r, "necessity: medications.txt: is not valid UTF-8 (byte 0xF1 at offset 24); save it as UTF-8 text");
        assertThat(r.err()).doesNotContain("Input length");
    }

    @Test
    void aBirthDateAfterTheRequest() throws IOException {
        Path caseDir = Examples.editRequest(seed(), "\"birthDate\": \"1979-06-14\"", "\"birthDate\": \"2029-06-14\"");

        assertRefusedInOneLine(run("assess", caseDir.toString()),
                "necessity: request.json: patient.birthDate 2029-06-14 is after requestDate 2026-03-02; one of them is wrong");
    }

    @Test
    void twoServiceLinesThatAreAddOnsOfEachOther() throws IOException {
        Path caseDir = Examples.editRequest(seed(), "\"levels\": [\"L5-S1\"] }", "\"levels\": [\"L5-S1\"], \"primarySequence\": 2 }");

        assertRefusedInOneLine(run("assess", caseDir.toString()), "necessity: request.json: primarySequence links form a cycle"
                + " (line 1 -> line 2 -> line 1); an add-on must lead to a primary line");
    }

    @Test
    void anOverlayAliasBombIsBadInputNotAnInternalError() throws IOException {
        Path overlay = tmp.resolve("overlay");
        Path policy = Files.createDirectories(overlay.resolve("policies/lumbar-fusion")).resolve("policy.yaml");
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "a" : "b" + (i - 1);
            bomb.append("b").append(i).append(": &b").append(i).append(" [*").append(previous).append(", *").append(previous).append("]\n");
        }
        Files.writeString(policy, bomb);

        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--knowledge", overlay.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("/policies/lumbar-fusion/policy.yaml:1:1: more than 10 aliases of lists or mappings,"
                + " the limit for a knowledge file").doesNotContain("YAMLException").doesNotContain("internal error");
    }

    @Test
    void anOverlayWhoseNamedCriteriaMultiplyIsBadInputNotAnInternalError() throws IOException {
        Path overlay = tmp.resolve("overlay");
        Path policy = Files.createDirectories(overlay.resolve("policies/lumbar-fusion")).resolve("policy.yaml");
        StringBuilder text = new StringBuilder("""
                id: lumbar-fusion
                version: "2026.11.2-bomb"
                title: Lumbar spinal fusion
                extends: lumbar-fusion@2026.11.2
                patches:
                  - { add: { id: bomb, use: d0 }, to: leg-symptoms }
                definitions:
                """);
        for (int i = 0; i < 60; i++) {
            text.append("  d").append(i).append(": { title: T, any: [ { id: a").append(i).append(", use: d").append(i + 1)
                    .append(" }, { id: b").append(i).append(", use: d").append(i + 1).append(" } ] }\n");
        }
        text.append("  d60: { title: Leaf, finding: { type: bmi } }\n");
        Files.writeString(policy, text);

        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--knowledge", overlay.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).contains("/policies/lumbar-fusion/policy.yaml:6:")
                .contains("named criteria expand to more than 5000 criterion nodes, the limit for a policy").doesNotContain("Exception");
    }

    @Test
    void anOverlayPolicyWithAMalformedThreeByteSequenceIsOneFileLineColumnLine() throws IOException {
        Path overlay = tmp.resolve("overlay");
        Path policy = Files.createDirectories(overlay.resolve("policies/lumbar-fusion")).resolve("policy.yaml");
        // An encoded surrogate (ED A0 80): Java's decoder once reported it as "cannot read: Input length = 3".
        Files.write(policy, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});

        Run r = run("assess", Examples.example("l5-s1-alif").toString(), "--knowledge", overlay.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .endsWith("/policies/lumbar-fusion/policy.yaml:1:8: not valid UTF-8 text (byte 0xED at offset 7); save the file as UTF-8");
        assertThat(r.err()).doesNotContain("Input length").doesNotContain("cannot read").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anOverlayThatTakesOver22558UnderAnotherIdIsRefusedByLintAndAssess() throws IOException {
        Path overlay = tmp.resolve("overlay");
        Path policy = Files.createDirectories(overlay.resolve("policies/acme-fusion")).resolve("policy.yaml");
        String fusion = Files.readString(Path.of(System.getProperty("necessity.root", ".."), "knowledge/policies/lumbar-fusion/policy.yaml"));
        Files.writeString(policy, fusion.replace("\nid: lumbar-fusion\n", "\nid: acme-fusion\n"));

        Run lint = run("policies", "lint", overlay.toString());
        Run assess = run("assess", Examples.example("l5-s1-alif").toString(), "--knowledge", overlay.toString());

        assertThat(lint.status()).isEqualTo(2);
        int line = fusion.substring(0, fusion.indexOf("code: \"22558\"")).split("\n", -1).length;
        assertThat(lint.out()).contains("acme-fusion/policy.yaml:" + line + ":15: primary code 22558 is already covered by policy"
                + " 'lumbar-fusion'").contains("add 'replaces: lumbar-fusion' to take that policy's place");
        assertThat(assess.status()).isEqualTo(2);
        assertThat(assess.err()).contains("primary code 22558 is already covered").doesNotContain("Exception");
        assertThat(assess.out()).isEmpty();
    }

    @Test
    void aPolicyTestWhoseExpectedYamlIsBrokenFailsWithOneLineNamingThePlace() throws IOException {
        Path payer = Path.of(System.getProperty("necessity.root", "..")).resolve("knowledge-overlays/payer-fusion-3-months");
        Path overlay = tmp.resolve("overlay");
        try (var files = Files.walk(payer)) {
            for (Path from : files.toList()) {
                Path to = overlay.resolve(payer.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path expected = overlay.resolve("policies/lumbar-fusion/tests/eight-weeks-of-pt-is-not-enough/expected.yaml");
        Files.writeString(expected, Files.readString(expected).replace("lines: { 1: NOT_MEDICALLY_NECESSARY,", "lines: { 1: [NOT_MEDICALLY_NECESSARY,"));

        Run r = run("policies", "test", overlay.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL lumbar-fusion/eight-weeks-of-pt-is-not-enough\n       could not run: expected.yaml:3:")
                .contains("PASS lumbar-fusion/fourteen-weeks-of-pt").doesNotContain("YAMLException").doesNotContain(" in 'reader'");
    }
}
