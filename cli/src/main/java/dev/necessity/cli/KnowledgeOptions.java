package dev.necessity.cli;

import dev.necessity.app.KnowledgeDirectories;
import dev.necessity.policy.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --knowledge DIR} option shared by commands that evaluate policies. The environment
 * variable {@code NECESSITY_KNOWLEDGE} (directories separated by the path separator) sets overlays
 * for every command, a deployment's standing configuration; {@code --knowledge} adds to it.
 */
final class KnowledgeOptions {
    static final String ENVIRONMENT = KnowledgeDirectories.ENVIRONMENT;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A knowledge directory (sources.yaml, policies/<id>/policy.yaml) overlaid on the built-in one; repeatable.")
    List<Path> overlays = new ArrayList<>();

    KnowledgeBase load() {
        return load(System.getenv(ENVIRONMENT));
    }

    KnowledgeBase load(String configured) {
        try {
            return KnowledgeDirectories.load(configured, overlays);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
