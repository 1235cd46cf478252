package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract DIR writes each document as it is done, in file order, holding only a few at a time. */
class ExtractStreamingTest {
    private static final Path CORPUS = Examples.root().getParent().resolve("extract/src/test/resources/corpus");

    @TempDir
    Path tmp;

    @Test
    void atMostAWindowOfDocumentsIsHeldAndTheyComeOutInOrder() {
        List<Integer> documents = IntStream.range(0, 500).boxed().toList();
        AtomicInteger held = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        List<Integer> written = new ArrayList<>();

        OrderedParallelMap.run(documents, 4, 8, n -> {
            mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            return n;
        }, n -> {
            written.add(n);
            held.decrementAndGet();
        });

        assertThat(written).isEqualTo(documents);
        assertThat(mostHeld.get()).isBetween(1, 8);
    }

    @Test
    void theStreamedJsonIsTheSameDocumentAsBefore() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("extract", CORPUS.toString(), "--format", "json");

        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(inOneTree(corpusFiles()) + System.lineSeparator());
    }

    @Test
    void theTextFormIsWrittenDocumentByDocumentInFileOrder() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("extract", CORPUS.toString());

        assertThat(r.status()).isZero();
        List<String> names = r.out().lines().filter(l -> l.startsWith("== ")).map(l -> l.substring(3, l.indexOf(' ', 3))).toList();
        assertThat(names).isEqualTo(corpusFiles().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void anUnreadableFolderIsNamedAndTheRestIsStillExtracted() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.copy(Examples.example("l5-s1-alif").resolve("mri-lumbar-2026-01-12.txt"), notes.resolve("mri.txt"));
        Path locked = Files.createDirectories(notes.resolve("restricted"));
        Files.writeString(locked.resolve("psych.txt"), "Restricted note.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");

            CommandLineTest.Run r = CommandLineTest.run("extract", notes.toString());

            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("necessity: " + locked + ": permission denied" + System.lineSeparator());
            assertThat(r.out()).startsWith("== mri.txt (imaging, ");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The old way: every document's findings in one tree, printed at the end. */
    private static String inOneTree(List<Path> files) throws IOException {
        CaseReader reader = new CaseReader();
        ClinicalExtractor extractor = new ClinicalExtractor();
        ObjectNode root = FindingJson.JSON.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (Path f : files) {
            docs.add(FindingJson.document(extractor.extract(reader.readDocument(f))));
        }
        return FindingJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
