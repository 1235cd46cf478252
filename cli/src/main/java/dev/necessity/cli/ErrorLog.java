package dev.necessity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Stack traces go to a log file, never to the user's terminal. */
final class ErrorLog {
    private ErrorLog() {
    }

    static String write(Throwable t) {
        String dir = System.getenv().getOrDefault("NECESSITY_LOG_DIR", System.getProperty("java.io.tmpdir"));
        Path log = Path.of(dir, "necessity.log");
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        try {
            Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            return "(log unavailable: " + e.getMessage() + ")";
        }
        return log.toString();
    }
}
