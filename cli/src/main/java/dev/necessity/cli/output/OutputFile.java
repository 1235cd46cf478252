package dev.necessity.cli.output;

import dev.necessity.app.output.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a whole output file (a report from {@code assess --out}) so that a reader never sees
 * half of it and nothing else is harmed: the content goes to a temporary file beside the target,
 * which is renamed over it only when complete, and removed on every failure. The target must be
 * a regular file or absent: a symbolic link is not written through and a device or pipe is not
 * replaced. An existing file that is not Necessity's own output is kept unless {@code force}.
 * A new file's mode follows the umask; a replaced file keeps its mode.
 */
public final class OutputFile {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern JSON_RESULT = Pattern.compile("\\A\\{\\s*\"(caseId|caseDir|error)\"\\s*:");

    private OutputFile() {
    }

    /** The body of an output file, written once to the temporary file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path file, String content, boolean force) {
        write(file, force, out -> out.write(content));
    }

    public static void write(Path file, boolean force, Body body) {
        Path target = file.toAbsolutePath();
        PosixFileAttributes replaced = checkTarget(file, force);
        Path temp = null;
        try {
            Path parent = createParent(file);
            temp = createTemp(parent, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (replaced != null) {
                Files.setPosixFilePermissions(temp, replaced.permissions());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new OutputRefusedException("--out " + file + ": cannot write (" + FileProblems.reason(e) + ")", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Refuses a target that is a link, a directory, a device or pipe, or (without {@code force})
     * someone else's file. Returns the POSIX attributes of a regular file about to be replaced,
     * or null when there is none or the file system has no POSIX modes.
     */
    public static PosixFileAttributes checkTarget(Path file, boolean force) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException absent) {
            return null;
        }
        if (attributes.isSymbolicLink()) {
            throw new OutputRefusedException("--out " + file + ": is a symbolic link; Necessity does not write through one (remove it or name the real file)");
        }
        if (attributes.isDirectory()) {
            throw new OutputRefusedException("--out " + file + ": is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new OutputRefusedException("--out " + file + ": is not a regular file (a device, pipe or socket); Necessity writes only regular files");
        }
        if (!force && !isNecessityOutput(file)) {
            throw new OutputRefusedException("--out " + file + ": exists and is not a Necessity output file; "
                    + "use --force to replace it, or name another file");
        }
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IOException noModes) {
            return null;
        }
    }

    /**
     * Creates the folders the output goes in, when missing; a file where a folder should be is
     * named as such rather than as Java's "already exists". Returns the absolute parent.
     */
    public static Path createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new OutputRefusedException("--out " + file + ": " + p + " is a file, not a folder");
                }
                break;
            }
        }
        Files.createDirectories(parent);
        return parent;
    }

    /**
     * True when the file is empty or begins as something Necessity writes: a text, Markdown or
     * HTML report, a determination in JSON, or a batch results line.
     */
    public static boolean isNecessityOutput(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException unreadable) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.isEmpty()
                || text.startsWith("Medical Necessity Assessment for ")
                || text.startsWith("# Medical Necessity Assessment for ")
                || text.startsWith("<!DOCTYPE html>") && text.contains("<title>Medical Necessity Assessment for ")
                || JSON_RESULT.matcher(text).lookingAt();
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // No permission attribute: the mode is 0666 less the umask, as for any file the user makes.
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // try another name
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the original failure is the one reported
        }
    }
}
