package dev.necessity.cli;

import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Files;
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
    static final String ENVIRONMENT = "NECESSITY_KNOWLEDGE";

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A knowledge directory (sources.yaml, policies/<id>/policy.yaml) overlaid on the built-in one; repeatable.")
    List<Path> overlays = new ArrayList<>();

    KnowledgeBase load() {
        return load(System.getenv(ENVIRONMENT));
    }

    KnowledgeBase load(String configured) {
        List<Path> all = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            for (String dir : configured.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    Path p = Path.of(dir.trim());
                    if (!Files.isDirectory(p)) {
                        throw new UsageException(ENVIRONMENT + " names " + p + ", which is not a directory");
                    }
                    all.add(p);
                }
            }
        }
        all.addAll(overlays);
        for (Path p : overlays) {
            if (!Files.isDirectory(p)) {
                throw new UsageException("--knowledge " + p + ": not a directory");
            }
        }
        return KnowledgeLoader.withOverlays(all);
    }
}
