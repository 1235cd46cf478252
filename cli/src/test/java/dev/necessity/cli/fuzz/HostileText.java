package dev.necessity.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The strings and byte runs the fuzzer splices into cases: what a careless export, another
 * encoding, or an attacker puts where text is expected. Each is here because some reader, parser or
 * writer could take it for something else: a terminal for a command, a path for a way out, a date
 * or number parser for a value it cannot hold.
 */
final class HostileText {
    private HostileText() {
    }

    /** Values for a JSON string field (caseId, a code, a file name, a date, a type). */
    static final List<String> STRINGS = List.of(
            "", " ", "\t", "\u0000", "x\u0000y.txt", "\u001b[2J\u001b[31mred", "\u001b]0;title\u0007", "\r", "line\nbreak",
            "\u009b31m", "\u202eevil.txt", "\u200b", "\ufeff", "a\u0301\u0301\u0301", "\ud83e\uddb4", "\u0663\u0660\u0662\u0666",
            "\uff12\uff10\uff12\uff16-03-02", "../outside/other-patient.txt", "../../../../../../etc/passwd", "/etc/passwd",
            "/dev/zero", "request.json", ".", "..", "sub/../medications.txt", "expected.yaml", "./medications.txt",
            "medications.TXT", "MEDICATIONS.txt", "notes.pdf", ".hidden.txt", "-rf.txt", "x".repeat(300) + ".txt",
            "2026-02-30", "2026-13-01", "0000-01-01", "-0001-01-01", "+999999999-12-31", "20260302", "2099-01-01",
            "1800-01-01", "2026-3-2", "03/02/2026", "2026-03-02T10:00:00Z", "22558 ", "22558\n", "2255", "99999",
            "L5-S1", "L5-L4", "S1-S2", "C1-C9", "L99-S99", "clinical-note", "CLINICAL-NOTE", "imaging", "radiology",
            "CPT", "HCPCS", "ICD-10-CM", "female", "unknown", "expedited", "EXPEDITED", "null", "true", "1",
            "\u0130stanbul", "\u00df", "word ".repeat(2_000));

    /** JSON text written raw in place of a value: numbers, escapes and literals a tree cannot hold. */
    static final List<String> RAW_JSON = List.of(
            "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1E-400", "2147483648", "-2147483649",
            "9223372036854775808", "123456789012345678901234567890", "1" + "0".repeat(999), "1" + "0".repeat(1_001),
            "0.0000000000000000000000000001", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\u001b[31m\"",
            "[]", "{}", "[null]", "[[]]", "{\"\":null}", "\"\"", "[1,2,3]", "{\"sequence\":1}", "NaN", "Infinity",
            "'single'", "01", "+1", ".5", "0x10", "\"\\uD83E\\uDDB4\"");

    /** Byte runs that are not UTF-8, or are UTF-8 that a lax reader mistakes for something else. */
    static final List<byte[]> BAD_BYTES = List.of(
            bytes(0xC3), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0x80), bytes(0xBF, 0xBF), bytes(0xC0, 0xAF),
            bytes(0xE0, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF5), bytes(0xFE), bytes(0xFF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF), bytes(0xF1), bytes(0xE9),
            bytes(0x00, 0x00, 0xFE, 0xFF));

    /** Text a terminal, a line splitter or a sentence splitter treats specially; all valid UTF-8. */
    static final List<String> CONTROL_TEXT = List.of(
            "\u0000", "\u0000".repeat(64), "\u001b[2J", "\u001b[1;31m", "\u001b]8;;http://x\u0007link\u001b]8;;\u0007",
            "\u001bc", "\u0007", "\b\b\b\b", "\r", "\r\r\n", "\n\n\n\n\n\n\n\n", "\f", "\u000b", "\u007f", "\u0085",
            "\u009b2J", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ufffe", "\t\t\t\t", " ".repeat(500),
            ".".repeat(300), "-".repeat(2_000), "\ud83e\uddb4\ud83e\uddb4", "\u0301".repeat(50), "\u0d9e");

    /**
     * Clinical-looking sentences with values no parser should choke on: impossible dates, numbers
     * past any integer type, levels that do not exist. A reader that parses them must refuse or
     * ignore them, never throw.
     */
    static final List<String> CLINICAL_EDGES = List.of(
            "MRI 02/30/2026: L4-L5 severe stenosis.", "Seen on 13/45/2026 for follow-up.", "Date of service: 2026-00-00.",
            "On 31 February 2026 the patient had an epidural injection.", "Visit 99999999-01-01.",
            "Physical therapy for 99999999999999999999 weeks without relief.", "PT x 2147483648 visits.",
            "Symptoms for 9223372036854775808 months.", "HbA1c 99999999999999999999.9%.", "BMI 1e400.",
            "Smoked 999999999999 pack-years; quit 0 days ago.", "Injection at L99-S99 with 100000% relief.",
            "Relief of -50% for -3 weeks after the ESI.", "Stenosis at L5-L4 and C9-T1.", "Epidural on 12 May.",
            "Pain 11/10, 99999/10, -1/10.", "Oswestry 9999%.", "Cotinine 1e9 ng/mL.", "Surgery on 0/0/0.",
            "Date: 2026-02-29. Date: 1900-02-29. Date: 2000-02-30.", "Follow-up in 1,000,000,000,000 weeks.",
            "Weight 99999999999 lb, height 0 in.", "Started 14-Oct-99999.", "Last visit: 00/00/0000.",
            "Q: Pain? A: yes. Q: Numbness? A: no no no no.", "Denies: \n\n\n", "No", "not not not not not stenosis.",
            "Since 2026-03-02 2026-03-02 2026-03-02 2026-03-02.", "Level L5-S1 L5-S1 L5-S1 L5-S1 L5-S1.");

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A byte run for a report, as hex. */
    static String show(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X ", x & 0xFF));
        }
        return s.toString().strip();
    }
}
