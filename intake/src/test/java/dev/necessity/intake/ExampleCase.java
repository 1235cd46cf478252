package dev.necessity.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of one of the repository's examples/ cases in a temporary directory, to change for a test. */
final class ExampleCase {

    static final Path EXAMPLES = Path.of(System.getProperty("necessity.root", ".."), "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private ExampleCase(Path dir) {
        this.dir = dir;
    }

    /** examples/{@code name} copied into {@code dir} (created if needed). */
    static ExampleCase copy(String name, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(EXAMPLES.resolve(name))) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return new ExampleCase(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed case, examples/l5-s1-alif, copied into {@code dir}. */
    static ExampleCase seed(Path dir) {
        return copy("l5-s1-alif", dir);
    }

    /** Rewrites request.json after {@code change} edits it. */
    ExampleCase editRequest(Consumer<ObjectNode> change) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(dir.resolve(CaseReader.REQUEST_FILE).toFile());
            change.accept(request);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CaseReader.REQUEST_FILE).toFile(), request);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }
}
