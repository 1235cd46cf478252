package dev.necessity.scoring.corpus;

/** A labels file that cannot be read: the message names the file and line and the problem. */
public final class LabelFormatException extends RuntimeException {
    public LabelFormatException(String message) {
        super(message);
    }
}
