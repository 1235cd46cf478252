package dev.necessity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void decodesUtf8() throws StrictUtf8.Malformed {
        assertThat(StrictUtf8.decode("Kellgren–Lawrence grade 3, naïve".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Kellgren–Lawrence grade 3, naïve");
    }

    @Test
    void namesTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "Cotinine: <2 ng/mL, patient na\u00efve".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> StrictUtf8.decode(latin1)).isInstanceOfSatisfying(StrictUtf8.Malformed.class, e -> {
            assertThat(e.offset()).isEqualTo(latin1.length - 3);
            assertThat(e.value()).isEqualTo(0xEF);
        });
    }
}
