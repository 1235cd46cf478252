package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.StrictUtf8;
import java.util.Locale;

/**
 * A document's bytes as text: strict UTF-8, so a wrongly encoded file is reported rather than
 * garbled; not empty; and no line longer than the limit, since a "line" of megabytes is rarely
 * text and would make every line-based reader slow.
 */
final class DocumentText {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private DocumentText() {
    }

    /** The file decoded as UTF-8, exactly (a byte-order mark, if any, is kept). */
    static String of(InputFile file, byte[] bytes, int maxLineLength) {
        String text = decodeUtf8(file, bytes);
        if (text.replace(BYTE_ORDER_MARK, "").isBlank()) {
            throw file.problem(Code.DOCUMENT_EMPTY, "document is empty");
        }
        requireShortLines(file, text, maxLineLength);
        return text;
    }

    private static void requireShortLines(InputFile file, String text, int maxLineLength) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    line++;
                }
                lineStart = i + 1;
            } else if (i - lineStart >= maxLineLength) {
                throw file.problem(Code.LINE_TOO_LONG, String.format(Locale.ROOT,
                        "line %,d is longer than %,d characters, the limit for one line of a document", line, maxLineLength));
            }
        }
    }

    /** The bytes as strict UTF-8 text; refused, naming the first bad byte, when they are not. */
    static String decodeUtf8(InputFile file, byte[] bytes) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (StrictUtf8.Malformed e) {
            throw file.problem(Code.DOCUMENT_NOT_UTF8, String.format(Locale.ROOT,
                    "is not valid UTF-8 (byte 0x%02X at offset %,d); save it as UTF-8 text", e.value(), e.offset()));
        }
    }
}
