package dev.necessity.app;

import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge a run evaluates: the built-in knowledge base with overlay directories on it. The
 * environment variable {@value #ENVIRONMENT} (directories separated by the path separator) is a
 * deployment's standing configuration; directories a command names (its {@code --knowledge}) come
 * after it. Every adapter (the command line, its development commands, a server) loads knowledge
 * this one way.
 */
public final class KnowledgeDirectories {
    public static final String ENVIRONMENT = "NECESSITY_KNOWLEDGE";

    private KnowledgeDirectories() {
    }

    /**
     * Loads the built-in knowledge with the directories {@code configured} lists (the environment
     * variable's value, or null) and then {@code named}.
     *
     * @throws IllegalArgumentException naming the first directory that does not exist, in the
     *     words of the option or variable that named it
     */
    public static KnowledgeBase load(String configured, List<Path> named) {
        List<Path> all = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            for (String dir : configured.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    Path p = Path.of(dir.trim());
                    if (!Files.isDirectory(p)) {
                        throw new IllegalArgumentException(ENVIRONMENT + " names " + p + ", which is not a directory");
                    }
                    all.add(p);
                }
            }
        }
        for (Path p : named) {
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("--knowledge " + p + ": not a directory");
            }
        }
        all.addAll(named);
        return KnowledgeLoader.withOverlays(all);
    }
}
