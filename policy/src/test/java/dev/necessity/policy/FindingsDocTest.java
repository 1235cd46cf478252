package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/findings.md} is generated from {@code knowledge/schema/findings.yaml}, so the page a policy author
 * reads is the model lint checks against. Fails when the committed page is stale; rerun with
 * {@code -Dnecessity.update=true} ({@link FindingsMarkdown#UPDATE_COMMAND}) to rewrite it, and review the diff.
 */
class FindingsDocTest {
    private static final Path DOC = Path.of(System.getProperty("necessity.root", "..")).resolve("docs/findings.md");

    @Test
    void theCommittedFindingsPageIsGeneratedFromTheModel() throws IOException {
        String generated = FindingsMarkdown.render(FindingModel.builtIn());
        if (Boolean.getBoolean("necessity.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/findings.md is stale; regenerate it with: " + FindingsMarkdown.UPDATE_COMMAND)
                .isEqualTo(generated);
    }
}
