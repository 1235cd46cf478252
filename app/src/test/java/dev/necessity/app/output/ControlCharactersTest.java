package dev.necessity.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    void bidirectionalControlsAndLineSeparatorsAreEscapedSoAQuoteShowsWhatItHolds() {
        // "Trojan Source": U+202E reverses what follows on screen, U+2066..2069 isolate and reorder.
        String quote = "Medically necessary: \u202eyrassecen ton\u202c; \u2066L5\u2069 \u200fS1\u200e\u061c\u2028next\u2029";

        String escaped = ControlCharacters.escape(quote);

        assertThat(escaped).isEqualTo("Medically necessary: \\u202eyrassecen ton\\u202c; \\u2066L5\\u2069 \\u200fS1\\u200e"
                + "\\u061c\\u2028next\\u2029");
        assertThat(ControlCharacters.escape("Arabic \u0627 and Hebrew \u05d0 letters, an en dash \u2013 and \u00e9"))
                .as("letters of right-to-left scripts and ordinary punctuation are text, not controls")
                .isEqualTo("Arabic \u0627 and Hebrew \u05d0 letters, an en dash \u2013 and \u00e9");
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
}
