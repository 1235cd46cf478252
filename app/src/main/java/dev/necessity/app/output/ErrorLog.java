package dev.necessity.app.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Stack traces go to a per-user log file, never to the user's terminal. The log holds paths and
 * document text from cases, so it is private: its directory is created 0700 and the file 0600,
 * and neither is followed when it is a symbolic link (a link planted where the log will be could
 * otherwise make Necessity append to any file its user can write).
 *
 * <p>Where: the system property {@value #DIRECTORY_PROPERTY} (tests set it to their own build
 * directory), else {@code $NECESSITY_LOG_DIR}, else {@code $XDG_STATE_HOME/necessity}, else
 * {@code ~/.local/state/necessity}; the file is {@value #FILE} in it.
 */
public final class ErrorLog {
    public static final String DIRECTORY_PROPERTY = "necessity.log.dir";
    public static final String DIRECTORY_ENVIRONMENT = "NECESSITY_LOG_DIR";
    public static final String FILE = "necessity.log";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ErrorLog() {
    }

    /** Appends the stack trace; returns "stack trace in FILE", or "no log: why" when it could not be written. */
    public static String write(Throwable t) {
        return write(t, directory(System.getenv(), System.getProperties()));
    }

    /** The log directory chosen from the environment and system properties, as described above. */
    public static Path directory(Map<String, String> env, Properties properties) {
        String configured = properties.getProperty(DIRECTORY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = env.get(DIRECTORY_ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // The XDG base directory spec ignores a relative XDG_STATE_HOME.
        String state = env.get("XDG_STATE_HOME");
        if (state != null && Path.of(state).isAbsolute()) {
            return Path.of(state, "necessity");
        }
        return Path.of(properties.getProperty("user.home"), ".local", "state", "necessity");
    }

    static synchronized String write(Throwable t, Path dir) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        Path log = dir.resolve(FILE);
        try {
            prepareDirectory(dir);
            append(log, Instant.now() + " " + trace + System.lineSeparator());
        } catch (IOException e) {
            return "no log: " + FileProblems.describe(e);
        }
        return "stack trace in " + log;
    }

    private static void prepareDirectory(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent, privateDirectory());
            }
            try {
                Files.createDirectory(dir, privateDirectory());
            } catch (FileAlreadyExistsException raced) {
                // another process made it first; checked below like any existing directory
            }
        }
        BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new FileSystemException(dir.toString(), null, "is a symbolic link; the log is not written through one");
        }
        if (!attributes.isDirectory()) {
            throw new NotDirectoryException(dir.toString());
        }
    }

    private static void append(Path log, String entry) throws IOException {
        boolean existed = Files.exists(log, LinkOption.NOFOLLOW_LINKS);
        if (existed) {
            BasicFileAttributes attributes = Files.readAttributes(log, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new FileSystemException(log.toString(), null, "is a symbolic link; the log is not written through one");
            }
            if (!attributes.isRegularFile()) {
                // a named pipe would block the writer; a device is never a log
                throw new FileSystemException(log.toString(), null, "is not a regular file");
            }
        }
        // NOFOLLOW_LINKS opens with O_NOFOLLOW, so a link planted after the check above still fails.
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        try (SeekableByteChannel channel = POSIX ? Files.newByteChannel(log, options, privateFile()) : Files.newByteChannel(log, options)) {
            if (existed && POSIX) {
                makePrivate(log);
            }
            ByteBuffer bytes = ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /** A log left readable by others (a copy, an older version) is made private again; one we do not own stays as it is. */
    private static void makePrivate(Path log) {
        try {
            Files.getFileAttributeView(log, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setPermissions(PosixFilePermissions.fromString("rw-------"));
        } catch (IOException notOurs) {
            // appending is still allowed by the file's own permissions
        }
    }

    private static FileAttribute<?>[] privateDirectory() {
        if (!POSIX) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> rwx = PosixFilePermissions.fromString("rwx------");
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rwx)};
    }

    private static FileAttribute<?> privateFile() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
