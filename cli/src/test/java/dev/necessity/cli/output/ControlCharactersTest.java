package dev.necessity.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** Text that would drive a terminal is shown, not obeyed, and JSON stays the same JSON. */
class ControlCharactersTest {
    private static final String HOSTILE = "L4-L5 \u001b[2J\u001b[31mAPPROVED\u001b[0m\rdenied\u009b6n\u0007\u007f end";

    @Test
    void everyC0C1AndDeleteIsEscapedButNewlineAndTabStay() {
        String escaped = ControlCharacters.escape(HOSTILE + "\n\tnext");

        assertThat(escaped).isEqualTo("L4-L5 \\u001b[2J\\u001b[31mAPPROVED\\u001b[0m\\u000ddenied\\u009b6n\\u0007\\u007f end\n\tnext");
        assertThat(escaped.chars().filter(c -> ControlCharacters.isControl((char) c))).isEmpty();
    }

    @Test
    void textWithoutControlsIsReturnedAsIs() {
        String clean = "Moderate central canal stenosis at L4-L5 \u201cwith\u201d 6 mm listhesis.\n";

        assertThat(ControlCharacters.escape(clean)).isSameAs(clean);
    }

    @Test
    void jsonWithEscapedControlsIsValidAndMeansTheSame() throws IOException {
        ObjectMapper json = new ObjectMapper();
        // Jackson escapes C0 itself but writes C1 and DEL raw; escaping them again keeps the value.
        String written = json.writeValueAsString(json.createObjectNode().put("caseId", HOSTILE));

        String shown = ControlCharacters.escape(written);

        assertThat(json.readTree(shown).get("caseId").asText()).isEqualTo(HOSTILE);
        assertThat(shown.chars().filter(c -> ControlCharacters.isControl((char) c))).isEmpty();
    }

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
