package dev.necessity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a result to stdout, or atomically to a file so a reader never sees half a report. */
final class OutputTarget {
    private OutputTarget() {
    }

    static void write(String content, Path file, PrintWriter out) {
        if (file == null) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".necessity-", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageException("--out " + file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
