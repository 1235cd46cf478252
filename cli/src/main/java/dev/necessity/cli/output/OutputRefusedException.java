package dev.necessity.cli.output;

/**
 * An output Necessity will not or cannot write (a symbolic link, a device, someone else's file,
 * an output another run holds, a full disk). The message is one line naming the file and the
 * problem; the command line prints it and exits with status 2.
 */
public final class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
        super(message);
    }

    public OutputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
