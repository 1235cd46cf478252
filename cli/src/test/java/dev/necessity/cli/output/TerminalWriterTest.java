package dev.necessity.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.output.ControlCharacters;
import dev.necessity.app.output.FileProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** Whatever reaches the terminal passes through one writer that shows control characters instead of obeying them. */
class TerminalWriterTest {
    private static final String HOSTILE = "L4-L5 \u001b[2J\u001b[31mAPPROVED\u001b[0m\rdenied\u009b6n\u0007\u007f end";

    @Test
    void theTerminalWriterEscapesWhateverWayTextArrives() {
        StringWriter screen = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalWriter(screen));

        out.print(HOSTILE);
        out.print('\u001b');
        out.write(HOSTILE.toCharArray(), 6, 5);
        out.println();
        out.flush();

        assertThat(screen.toString()).isEqualTo(ControlCharacters.escape(HOSTILE) + "\\u001b" + "\\u001b[2J\\u001b" + System.lineSeparator());
    }

    @Test
    void theTerminalWriterKeepsTheFirstFailureThatAPrintWriterWouldSwallow() {
        TerminalWriter full = new TerminalWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        PrintWriter out = new PrintWriter(full);

        out.println("Medical Necessity Assessment");
        out.flush();

        assertThat(out.checkError()).isTrue();
        assertThat(full.failure()).hasMessage("No space left on device");
        assertThat(FileProblems.describe(full.failure())).isEqualTo("No space left on device");
    }
}
