package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Reads case files read-only, refusing any file over the size limit before reading it
 * (and never holding more than limit + 1 bytes even if the file grows meanwhile), and
 * decoding text as strict UTF-8 so a wrongly encoded file is reported rather than garbled.
 */
final class BoundedFileReader {

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;

    private final long maxBytes;

    BoundedFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's bytes; rejects a file larger than the limit without loading it. */
    byte[] readBytes(InputFile file) {
        try {
            requireWithinLimit(file, Files.size(file.path()));
            try (InputStream in = Files.newInputStream(file.path())) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                requireWithinLimit(file, Math.max(bytes.length, Files.size(file.path())));
                return bytes;
            }
        } catch (IOException e) {
            throw file.problem(Code.FILE_UNREADABLE, "could not be read (" + reason(e) + ")", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }

    /** The file decoded as UTF-8, exactly (a byte-order mark, if any, is kept). */
    String readText(InputFile file) {
        return decodeUtf8(file, readBytes(file));
    }

    private void requireWithinLimit(InputFile file, long size) {
        if (size > maxBytes) {
            throw file.problem(Code.FILE_TOO_LARGE, String.format(Locale.ROOT, "%,d bytes exceeds the %s document limit",
                    size, describeLimit()));
        }
    }

    private String describeLimit() {
        if (maxBytes % MB == 0) {
            return String.format(Locale.ROOT, "%,d MB", maxBytes / MB);
        }
        if (maxBytes % KB == 0) {
            return String.format(Locale.ROOT, "%,d KB", maxBytes / KB);
        }
        return String.format(Locale.ROOT, "%,d-byte", maxBytes);
    }

    private static String decodeUtf8(InputFile file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw file.problem(Code.DOCUMENT_NOT_UTF8, String.format(Locale.ROOT,
                    "is not valid UTF-8 (byte 0x%02X at offset %,d); save it as UTF-8 text",
                    bytes[offset] & 0xFF, offset));
        }
        return out.flip().toString();
    }
}
