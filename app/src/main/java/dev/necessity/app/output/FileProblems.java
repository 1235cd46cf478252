package dev.necessity.app.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Plain words for a failed file operation. Java's own messages name a class
 * ({@code java.nio.file.FileSystemException}), only the path ({@code AccessDeniedException}'s
 * message is the file and nothing else) or a decoder's state ({@code Input length = 3}); a user
 * needs the file and what is wrong with it.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** "FILE: problem" when the exception names a file, else just the problem. */
    public static String describe(Throwable t) {
        Throwable e = t instanceof UncheckedIOException u ? u.getCause() : t;
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": ";
            return file + problem(f);
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The problem alone, for a caller that names the file itself: "permission denied". */
    public static String reason(Throwable t) {
        Throwable e = t instanceof UncheckedIOException u ? u.getCause() : t;
        return e instanceof FileSystemException f ? problem(f) : describe(e);
    }

    private static String problem(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (f instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (f instanceof NotLinkException) {
            return "not a symbolic link";
        }
        String reason = f.getReason();
        if (reason == null || reason.isBlank()) {
            return "file system error";
        }
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** True for failures that are the input's or the environment's, not a fault in Necessity. */
    public static boolean isFileProblem(Throwable t) {
        return t instanceof IOException || t instanceof UncheckedIOException;
    }
}
