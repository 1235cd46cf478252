package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads case files read-only, refusing any file over its size limit before reading it (and
 * never holding more than limit + 1 bytes even if the file grows meanwhile).
 */
final class BoundedFileReader {

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;

    private final long maxBytes;
    private final String limitName;

    /** {@code limitName} names the limit in messages: "the 4 MB document limit". */
    BoundedFileReader(long maxBytes, String limitName) {
        this.maxBytes = maxBytes;
        this.limitName = limitName;
    }

    /** The file's bytes, following links; rejects a file larger than the limit without loading it. */
    byte[] readBytes(InputFile file) {
        return readBytes(file, file.path());
    }

    /**
     * The bytes of {@code source}, a resolved real path standing for {@code file}, opened without
     * following a link in its last step (so a link swapped in after the path was checked is refused
     * by the operating system rather than followed).
     */
    byte[] readBytes(InputFile file, Path source) {
        boolean resolved = !source.equals(file.path());
        OpenOption[] how = resolved ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new OpenOption[0];
        try {
            requireWithinLimit(file, Files.size(source));
            try (InputStream in = Files.newInputStream(source, how)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                requireWithinLimit(file, Math.max(bytes.length, Files.size(source)));
                return bytes;
            }
        } catch (IOException e) {
            throw file.problem(Code.FILE_UNREADABLE, "could not be read (" + reason(e) + ")", e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }

    void requireWithinLimit(InputFile file, long size) {
        if (size > maxBytes) {
            throw file.problem(Code.FILE_TOO_LARGE, String.format(Locale.ROOT, "%,d bytes exceeds the %s %s limit",
                    size, describe(maxBytes), limitName));
        }
    }

    /** A byte count as people write limits: "4 MB", "512 KB", "1,000-byte". */
    static String describe(long bytes) {
        if (bytes % MB == 0) {
            return String.format(Locale.ROOT, "%,d MB", bytes / MB);
        }
        if (bytes % KB == 0) {
            return String.format(Locale.ROOT, "%,d KB", bytes / KB);
        }
        return String.format(Locale.ROOT, "%,d-byte", bytes);
    }
}
