package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * request.json is UTF-8 like every case file. Read from bytes, Jackson guessed the encoding from
 * the first bytes: a UTF-16 request was accepted, and a stray UTF-32 byte order mark gave
 * "could not be read: Invalid UTF-32 character 0x7b092020 (above 0x0010ffff) at char #0, byte #7)"
 * (found by the fuzz test, issue 13 item 8).
 */
class RequestEncodingTest {

    @TempDir
    Path dir;

    private CaseInputException problemReading(byte[] request) {
        return catchThrowableOfType(CaseInputException.class,
                () -> new CaseReader().read(CaseFixture.validCase(dir).bytes(CaseReader.REQUEST_FILE, request).dir()));
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] out = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }

    @Test
    void aUtf32ByteOrderMarkBeforeUtf8IsNamedAsTheBadByte() {
        CaseInputException problem = problemReading(withPrefix(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                CaseFixture.VALID_REQUEST.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.getMessage()).isEqualTo("request.json: is not valid UTF-8 (byte 0xFE at offset 2); save it as UTF-8 text");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-011");
    }

    @Test
    void aUtf16RequestIsRefusedLikeAUtf16Document() {
        CaseInputException problem = problemReading(CaseFixture.VALID_REQUEST.getBytes(StandardCharsets.UTF_16));

        assertThat(problem.getMessage()).isEqualTo("request.json: is not valid UTF-8 (byte 0xFE at offset 0); save it as UTF-8 text");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNotJson() {
        CaseInputException problem = problemReading(CaseFixture.VALID_REQUEST.getBytes(StandardCharsets.UTF_16LE));

        assertThat(problem.code()).isEqualTo("NEC-INTAKE-003");
        assertThat(problem.getMessage()).isEqualTo("request.json: invalid JSON at line 1, column 3: Illegal character ((CTRL-CHAR,"
                + " code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
    }

    @Test
    void aUtf8ByteOrderMarkAsWindowsEditorsWriteItIsAccepted() {
        byte[] request = withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CaseFixture.VALID_REQUEST.getBytes(StandardCharsets.UTF_8));

        assertThat(new CaseReader().read(CaseFixture.validCase(dir).bytes(CaseReader.REQUEST_FILE, request).dir()).caseId())
                .isEqualTo("case-4471");
    }
}
