package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A payer raises the fusion conservative-care requirement from 6 weeks to 3 months without touching Java. */
class PayerOverlayTest {
    private static final Path OVERLAY = Examples.root().getParent().resolve("knowledge-overlays/payer-fusion-3-months");

    @Test
    void eightWeeksOfTherapyMeetsTheReferencePolicyButNotThePayers() {
        CommandLineTest.Run reference = CommandLineTest.run("assess", Examples.example("l5-s1-alif-approvable").toString(), "--format", "json");
        CommandLineTest.Run payer = CommandLineTest.run("assess", Examples.example("l5-s1-alif-approvable").toString(), "--format", "json",
                "--knowledge", OVERLAY.toString());

        assertThat(reference.out()).contains("\"outcome\" : \"MEDICALLY_NECESSARY\"");
        assertThat(payer.status()).isZero();
        assertThat(payer.out()).contains("\"outcome\" : \"NOT_MEDICALLY_NECESSARY\"").contains("2026.11.2-payer-3mo")
                .contains("against at least 13 weeks required");
    }

    @Test
    void theOverlayShipsItsOwnPassingTests() {
        CommandLineTest.Run r = CommandLineTest.run("policies", "test", OVERLAY.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("PASS lumbar-fusion/eight-weeks-of-pt-is-not-enough").contains("2 passed, 0 failed");
    }

    @Test
    void theEnvironmentSettingAppliesTheOverlayToEveryCommand() {
        KnowledgeOptions options = new KnowledgeOptions();

        var kb = options.load(OVERLAY.toString());

        assertThat(kb.policy("lumbar-fusion").orElseThrow().version()).isEqualTo("2026.11.2-payer-3mo");
        assertThat(new KnowledgeOptions().load(null).policy("lumbar-fusion").orElseThrow().version()).isEqualTo("2026.11.2");
    }

    @Test
    void aKnowledgeDirectoryThatDoesNotExistIsAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("assess", Examples.example("l5-s1-alif").toString(), "--knowledge", "/no/such/dir");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--knowledge /no/such/dir: not a directory");
    }
}
