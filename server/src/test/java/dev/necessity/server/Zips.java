package dev.necessity.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Hostile zips: an entry with a chosen name (or a symbolic link), and a small zip that expands enormously. */
final class Zips {
    private Zips() {
    }

    /** The case's files plus one entry {@code name}; {@code link}: the entry is a symbolic link whose target is {@code content}. */
    static byte[] with(Path caseDir, String name, byte[] content, boolean link) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes); Stream<Path> files = Files.list(caseDir)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    zip.putArchiveEntry(new ZipArchiveEntry(f.getFileName().toString()));
                    zip.write(Files.readAllBytes(f));
                    zip.closeArchiveEntry();
                }
            }
            ZipArchiveEntry extra = new ZipArchiveEntry(name);
            if (link) {
                extra.setUnixMode(0120777);
            }
            zip.putArchiveEntry(extra);
            zip.write(content);
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A request.json and one document of {@code size} zero bytes, deflated. */
    static byte[] bomb(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.putArchiveEntry(new ZipArchiveEntry("request.json"));
            zip.write("{\"caseId\": \"bomb\", \"requestDate\": \"2026-03-02\", \"services\": [{\"code\": \"22558\"}]}".getBytes());
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("notes.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
