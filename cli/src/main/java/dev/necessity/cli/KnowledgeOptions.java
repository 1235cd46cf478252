package dev.necessity.cli;

import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --knowledge DIR} option shared by commands that evaluate policies. */
final class KnowledgeOptions {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A knowledge directory (sources.yaml, policies/<id>/policy.yaml) overlaid on the built-in one; repeatable.")
    List<Path> overlays = new ArrayList<>();

    KnowledgeBase load() {
        for (Path p : overlays) {
            if (!Files.isDirectory(p)) {
                throw new UsageException("--knowledge " + p + ": not a directory");
            }
        }
        return KnowledgeLoader.withOverlays(overlays);
    }
}
