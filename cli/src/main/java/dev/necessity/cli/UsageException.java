package dev.necessity.cli;

/** A command was given arguments it cannot use; reported as one line with exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
