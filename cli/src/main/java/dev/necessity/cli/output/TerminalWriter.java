package dev.necessity.cli.output;

import dev.necessity.app.output.ControlCharacters;
import java.io.IOException;
import java.io.Writer;

/**
 * A stream a person may read on a terminal: every control character written through it is
 * escaped ({@link ControlCharacters}), and the first failure of the stream beneath (a full disk
 * behind {@code > /dev/full}, a closed pipe) is kept, because a {@link java.io.PrintWriter} on top
 * swallows it and the command must still exit non-zero naming the problem.
 */
public final class TerminalWriter extends Writer {
    private final Writer out;
    private volatile IOException failure;

    public TerminalWriter(Writer out) {
        super(out);
        this.out = out;
    }

    /** The first failure of the underlying stream, or null. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            if (ControlCharacters.isControl(buf[i])) {
                pass(buf, run, i - run);
                StringBuilder escaped = new StringBuilder(6);
                ControlCharacters.appendEscape(escaped, buf[i]);
                pass(escaped.toString());
                run = i + 1;
            }
        }
        pass(buf, run, end - run);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String part = str.substring(off, off + len);
        pass(ControlCharacters.escape(part));
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void pass(char[] buf, int off, int len) throws IOException {
        if (len > 0) {
            try {
                out.write(buf, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private void pass(String s) throws IOException {
        try {
            out.write(s);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
