package dev.necessity.policy;

import dev.necessity.model.StrictUtf8;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a knowledge file as strict UTF-8 text within the size limit, so a file saved in another
 * encoding is reported at the byte that gives it away ("file:2:11: not valid UTF-8 ...") instead
 * of as Java's "Input length = 1", and a huge file is refused before it is read.
 */
final class KnowledgeText {
    private KnowledgeText() {
    }

    /** The file's text; throws {@link KnowledgeException} naming the file (and the place, for bad bytes). */
    static String read(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > YamlTree.MAX_CODE_POINTS) {
                throw problem(name, 1, 1, "NEC-KB-004", String.format(Locale.ROOT,
                        "%,d bytes, over the 1 MB limit for a knowledge file", size));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(name, 1, 1, "NEC-KB-002", "could not be read (" + reason(e) + ")");
        }
        return decode(name, bytes);
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (StrictUtf8.Malformed e) {
            int offset = e.offset();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1;
            for (int i = lineStart; i < offset; i++) {
                column += (bytes[i] & 0xC0) == 0x80 ? 0 : 1; // continuation bytes belong to the character before
            }
            throw problem(name, line, column, "NEC-KB-005", String.format(Locale.ROOT,
                    "not valid UTF-8 text (byte 0x%02X at offset %,d); save the file as UTF-8", e.value(), offset));
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

    private static KnowledgeException problem(String name, int line, int column, String code, String message) {
        return new KnowledgeException(List.of(new PolicyProblem(new SourcePosition(name, line, column), code, message)));
    }
}
