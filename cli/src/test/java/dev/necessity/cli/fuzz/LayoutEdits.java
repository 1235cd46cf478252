package dev.necessity.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Changes to the files of a case rather than their bytes: links inside the case and out of it,
 * dangling links and link loops, a document or request.json that is a folder, a named pipe or
 * missing, files the request does not list (with names a terminal or a path would misread), a
 * linked sub-folder leading out, and the case itself given through a link.
 */
final class LayoutEdits {
    private LayoutEdits() {
    }

    static Gen<Mutation> any() {
        Gen<Integer> doc = Gen.ints(0, 1_000);
        return Gen.weighted(
                3, Gen.combine(doc, Gen.of(LinkTo.values()), LinkDocument::new),
                1, Gen.of(LinkTo.values()).map(LinkRequest::new),
                2, Gen.combine(doc, Gen.of(Replacement.values()), ReplaceDocument::new),
                1, Gen.of(Replacement.values()).map(ReplaceRequest::new),
                2, Gen.of(ExtraFile.values()).map(AddFile::new),
                1, Gen.of(true, false).map(LinkedFolder::new),
                1, Gen.just(new CaseThroughLink()));
    }

    enum LinkTo { OTHER_DOCUMENT, OUTSIDE_FILE, OUTSIDE_BY_RELATIVE_PATH, OUTSIDE_FOLDER, CASE_FOLDER, ITSELF, NOWHERE, LOOP, DEVICE }

    /** Replaces {@code file} by a link of the given kind (the original content is moved aside inside the case). */
    static void link(Trial t, Path file, LinkTo to) throws IOException {
        Path sibling = t.caseDir.resolve("sibling-" + file.getFileName());
        for (int i = 2; Files.exists(sibling, LinkOption.NOFOLLOW_LINKS); i++) {
            sibling = t.caseDir.resolve("sibling" + i + "-" + file.getFileName());
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(file, sibling);
        } else {
            Trial.put(sibling, "Follow-up visit. Pain improved.\n");
        }
        switch (to) {
            case OTHER_DOCUMENT -> Files.createSymbolicLink(file, sibling.getFileName());
            case OUTSIDE_FILE -> Files.createSymbolicLink(file, t.outside.resolve(Trial.OTHER_PATIENT));
            case OUTSIDE_BY_RELATIVE_PATH -> Files.createSymbolicLink(file, Path.of("..", "outside", Trial.OTHER_PATIENT));
            case OUTSIDE_FOLDER -> Files.createSymbolicLink(file, t.outside);
            case CASE_FOLDER -> Files.createSymbolicLink(file, Path.of("."));
            case ITSELF -> Files.createSymbolicLink(file, file.getFileName());
            case NOWHERE -> Files.createSymbolicLink(file, Path.of("no-such-file.txt"));
            case LOOP -> {
                Path other = sibling.resolveSibling("loop-" + sibling.getFileName());
                Files.createSymbolicLink(other, file.getFileName());
                Files.createSymbolicLink(file, other.getFileName());
            }
            case DEVICE -> Files.createSymbolicLink(file, Path.of("/dev/zero"));
        }
    }

    record LinkDocument(int pick, LinkTo to) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Path doc = t.document(pick);
            if (doc != null) {
                link(t, doc, to);
            }
        }
    }

    /** request.json becomes a link (to a copy of the request outside the case, for the outside kinds). */
    record LinkRequest(LinkTo to) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            if (to == LinkTo.OUTSIDE_FILE || to == LinkTo.OUTSIDE_BY_RELATIVE_PATH) {
                Trial.link(t.request(), t.outside.resolve("request.json"));
            } else {
                link(t, t.request(), to);
            }
        }
    }

    enum Replacement { MISSING, FOLDER, FOLDER_WITH_FILES, NAMED_PIPE }

    static void replace(Path file, Replacement with) throws IOException {
        Trial.clear(file);
        switch (with) {
            case MISSING -> {
            }
            case FOLDER -> Files.createDirectory(file);
            case FOLDER_WITH_FILES -> {
                Files.createDirectory(file);
                Trial.put(file.resolve("note.txt"), "Lumbar MRI: L4-L5 stenosis.\n");
                Trial.put(file.resolve("request.json"), "{}");
            }
            case NAMED_PIPE -> mkfifo(file);
        }
    }

    /** A named pipe: opening one for reading waits for a writer that never comes, so a reader that opens it hangs. */
    private static void mkfifo(Path file) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    record ReplaceDocument(int pick, Replacement with) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Path doc = t.document(pick);
            if (doc != null) {
                replace(doc, with);
            }
        }
    }

    record ReplaceRequest(Replacement with) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            replace(t.request(), with);
        }
    }

    enum ExtraFile {
        PDF("scan.pdf", "%PDF-1.4\n\u0000\u0001binary"), HIDDEN(".notes.txt", "hidden"), ESCAPE_IN_NAME("\u001b[31mred.txt", "Note."),
        NEWLINE_IN_NAME("two\nlines.txt", "Note."), UNICODE_NAME("n\u00f6te-\u202e.txt", "Note."), UPPER_CASE("NOTE.TXT", "Note."),
        DASH("-rf.txt", "Note."), EMPTY("empty.txt", ""), MARKDOWN("summary.md", "# Summary\n\n- L5-S1 stenosis\n"),
        NOT_UTF8("latin1.txt", "Mu\u00f1oz"), LONG_NAME("n".repeat(200) + ".txt", "Note."), BACKUP("request.json~", "{");

        final String name;
        final String text;

        ExtraFile(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    /** A file the request does not list; read when the request has no documents list. */
    record AddFile(ExtraFile file) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            byte[] bytes = file == ExtraFile.NOT_UTF8 ? file.text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : HostileText.utf8(file.text);
            Trial.put(t.caseDir.resolve(file.name), bytes);
        }
    }

    /** A sub-folder of the case that is a link, out of the case ({@code linked/}) or to a folder inside it ({@code sub/}). */
    record LinkedFolder(boolean outside) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            if (outside) {
                Trial.link(t.caseDir.resolve("linked"), t.outside.resolve("records"));
            } else {
                Path sub = t.caseDir.resolve("real-sub");
                Trial.folder(sub);
                Trial.put(sub.resolve("mri.txt"), "MRI lumbar spine: L4-L5 moderate stenosis.\n");
                Trial.link(t.caseDir.resolve("sub"), sub.getFileName());
            }
        }
    }

    /** The command is given a link to the case directory instead of the directory. */
    record CaseThroughLink() implements Mutation {
        public void applyTo(Trial t) throws IOException {
            Path link = t.work.resolve("case-link");
            Trial.link(link, t.caseDir.getFileName());
            t.argument = link;
        }
    }

}
