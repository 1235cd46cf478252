package dev.necessity.extract.score;

/** A labels file that cannot be read: the message names the file and line and the problem. */
public final class LabelFormatException extends RuntimeException {
    public LabelFormatException(String message) {
        super(message);
    }
}
