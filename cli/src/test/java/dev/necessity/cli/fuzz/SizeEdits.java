package dev.necessity.cli.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Sizes just within and just past each limit of docs/limits.md: bytes of request.json, of one
 * document and of the whole case; service lines; documents listed and documents discovered; line
 * length; JSON nesting. Large files are made sparse where only their size is checked first, so a
 * try costs milliseconds; a file that is read past the size check is written for real.
 */
final class SizeEdits {
    static final long MB = 1024L * 1024;

    private SizeEdits() {
    }

    static Gen<Mutation> any() {
        return Gen.weighted(4, withoutFullCase(), 1, Gen.just(new FullCase(17)));
    }

    /**
     * The size edits without {@link FullCase}: mixed with edits that drop a listed document, a case
     * over 16 MB can come back under it, and extraction of 13 MB of notes takes many seconds until
     * extraction is linear (issue 13 item 1); the refusal itself is cheap.
     */
    static Gen<Mutation> withoutFullCase() {
        Gen<Integer> doc = Gen.ints(0, 1_000);
        return Gen.weighted(
                2, Gen.combine(doc, Gen.of(4 * MB - 1, 4 * MB, 4 * MB + 1, 64 * MB), SparseDocument::new),
                2, Gen.of(MB - 1, MB, MB + 1, 6 * MB).map(PaddedRequest::new),
                2, Gen.of(49, 50, 51, 1_000).map(ServiceLines::new),
                2, Gen.of(199, 200, 201, 5_000).map(ListedDocuments::new),
                2, Gen.of(200, 201).map(DiscoveredDocuments::new),
                2, Gen.combine(doc, Gen.of(100_000, 100_001), LineOfLength::new),
                2, Gen.of(31, 32, 33).map(NestingDepth::new));
    }

    /** A document grown (sparsely, with NULs) to {@code bytes}. */
    record SparseDocument(int pick, long bytes) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Path doc = t.document(pick);
            if (doc != null && Files.isRegularFile(doc, LinkOption.NOFOLLOW_LINKS)) {
                try (RandomAccessFile f = new RandomAccessFile(doc.toFile(), "rw")) {
                    f.setLength(bytes);
                }
            }
        }
    }

    /** request.json padded with trailing spaces to {@code bytes}: still valid JSON, and within or past the 1 MB limit. */
    record PaddedRequest(long bytes) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            if (Files.isRegularFile(t.request(), LinkOption.NOFOLLOW_LINKS)) {
                byte[] json = Files.readAllBytes(t.request());
                byte[] padded = new byte[(int) Math.max(bytes, json.length)];
                java.util.Arrays.fill(padded, (byte) ' ');
                System.arraycopy(json, 0, padded, 0, json.length);
                Trial.put(t.request(), padded);
            }
        }
    }

    /** Five listed documents of real lines whose sizes add up to about {@code megabytes}: within or past the 16 MB case limit. */
    record FullCase(int megabytes) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            String line = "Follow-up note. Pain unchanged.\n";
            byte[] chunk = line.repeat((int) (megabytes * MB / 5 / line.length())).getBytes(StandardCharsets.UTF_8);
            ArrayNode docs = JsonTree.JSON.createArrayNode();
            for (int i = 1; i <= 5; i++) {
                Trial.put(t.caseDir.resolve("bulk-" + i + ".txt"), chunk);
                docs.addObject().put("file", "bulk-" + i + ".txt").put("type", "clinical-note");
            }
            withRequest(t, root -> root.set("documents", docs));
        }
    }

    /** The first service line repeated to {@code count} lines, numbered 1..count. */
    record ServiceLines(int count) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            withRequest(t, root -> {
                JsonNode services = root.get("services");
                if (services instanceof ArrayNode lines && !lines.isEmpty() && lines.get(0).isObject()) {
                    ArrayNode grown = JsonTree.JSON.createArrayNode();
                    for (int i = 1; i <= count; i++) {
                        ObjectNode line = lines.get(0).deepCopy();
                        line.put("sequence", i);
                        line.remove("primarySequence");
                        grown.add(line);
                    }
                    root.set("services", grown);
                }
            });
        }
    }

    /** The documents list grown to {@code count} entries, all naming one small note. */
    record ListedDocuments(int count) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Trial.put(t.caseDir.resolve("small.txt"), "Follow-up. No change.\n");
            withRequest(t, root -> {
                ArrayNode docs = JsonTree.JSON.createArrayNode();
                for (int i = 0; i < count; i++) {
                    docs.addObject().put("file", "small.txt").put("type", "clinical-note").put("date", "2026-01-01");
                }
                root.set("documents", docs);
            });
        }
    }

    /** No documents list, and {@code count} small notes in the case for discovery to find. */
    record DiscoveredDocuments(int count) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            for (int i = 0; i < count; i++) {
                Trial.put(t.caseDir.resolve(String.format("note-%04d.txt", i)), "Follow-up. No change.\n");
            }
            withRequest(t, root -> root.remove("documents"));
        }
    }

    /** A line of exactly {@code length} characters appended to a document. */
    record LineOfLength(int pick, int length) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Path doc = t.document(pick);
            if (doc != null && Files.isRegularFile(doc, LinkOption.NOFOLLOW_LINKS)) {
                String line = "stenosis ".repeat(length / 9 + 1).substring(0, length);
                Files.writeString(doc, "\n" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    /** A site extension field nested {@code depth} levels deep in total (the limit is 32). */
    record NestingDepth(int depth) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            withRequest(t, root -> root.set("x-nested", JsonTree.nested(depth - 1, true)));
        }
    }

    private static void withRequest(Trial t, java.util.function.Consumer<ObjectNode> change) throws IOException {
        JsonTree tree = JsonTree.read(t);
        if (tree != null) {
            change.accept(tree.root());
            tree.write(t);
        }
    }
}
