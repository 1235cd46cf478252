package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every document the repository already holds for tests: the MTSamples corpus under
 * src/test/resources/corpus (typed as {@link CorpusTypes} files them) and the documents of the
 * example cases and of every policy's test cases (typed and dated as their request.json says),
 * plus one short note for the one grammar none of them uses (a therapy course stated in months,
 * as TherapyCourseMonthsTest writes it), so that every reader emits on the fixtures.
 */
final class FixtureDocuments {
    /** A document entry of request.json: file, then type, then (optionally) date, as every case writes them. */
    private static final Pattern ENTRY = Pattern.compile(
            "\"file\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"type\"\\s*:\\s*\"([^\"]+)\"(?:\\s*,\\s*\"date\"\\s*:\\s*\"([^\"]+)\")?");
    private static final Pattern FILE_KEY = Pattern.compile("\"file\"\\s*:");

    /** Built around TherapyCourseMonthsTest's sentences and TherapyCourseReader's own examples. */
    static final ClinicalDocument PHRASES = new ClinicalDocument("phrase-tests.txt", DocumentType.CLINICAL_NOTE,
            LocalDate.of(2026, 2, 20), null, """
            HISTORY OF PRESENT ILLNESS: Low back pain radiating to the left leg for 8 months.
            CONSERVATIVE CARE: Completed 9 months of supervised physical therapy across two courses, NSAIDs.
            She also did 3 months of formal PT in 2024 without lasting relief.
            PLAN: We will start 3 months of physical therapy.
            """);

    private static List<ClinicalDocument> all;

    private FixtureDocuments() {
    }

    static synchronized List<ClinicalDocument> all() {
        if (all == null) {
            List<ClinicalDocument> docs = new ArrayList<>(corpus());
            docs.addAll(caseDocuments());
            docs.add(PHRASES);
            all = List.copyOf(docs);
        }
        return all;
    }

    static List<ClinicalDocument> corpus() {
        try {
            Path dir = Path.of(FixtureDocuments.class.getResource("/corpus").toURI());
            List<ClinicalDocument> docs = new ArrayList<>();
            for (Path p : list(dir).stream().filter(f -> f.toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                docs.add(new ClinicalDocument(name, CorpusTypes.typeOf(name), null, null, Files.readString(p, StandardCharsets.UTF_8)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documents of every case under examples/, knowledge/policies/(id)/tests/ and knowledge-overlays/(name)/policies/(id)/tests/. */
    static List<ClinicalDocument> caseDocuments() {
        Path root = SeedCase.root().getParent().getParent();
        List<Path> cases = new ArrayList<>(list(root.resolve("examples")));
        for (Path policy : list(root.resolve("knowledge/policies"))) {
            cases.addAll(list(policy.resolve("tests")));
        }
        for (Path overlay : list(root.resolve("knowledge-overlays"))) {
            for (Path policy : list(overlay.resolve("policies"))) {
                cases.addAll(list(policy.resolve("tests")));
            }
        }
        List<ClinicalDocument> docs = new ArrayList<>();
        for (Path dir : cases) {
            Path request = dir.resolve("request.json");
            if (Files.isRegularFile(request)) {
                docs.addAll(documentsOf(dir, request));
            }
        }
        return docs;
    }

    /**
     * The documents of the blind development cases (eval/blind/dev), which were written without looking at the
     * extractor's output. Never the held-out cases: nothing may be tuned on them.
     */
    static List<ClinicalDocument> blindDevDocuments() {
        List<ClinicalDocument> docs = new ArrayList<>();
        for (Path dir : list(SeedCase.root().getParent().getParent().resolve("eval/blind/dev"))) {
            Path request = dir.resolve("request.json");
            if (Files.isRegularFile(request)) {
                docs.addAll(documentsOf(dir, request));
            }
        }
        return docs;
    }

    private static List<ClinicalDocument> documentsOf(Path dir, Path request) {
        try {
            String json = Files.readString(request, StandardCharsets.UTF_8);
            List<ClinicalDocument> docs = new ArrayList<>();
            Matcher m = ENTRY.matcher(json);
            while (m.find()) {
                DocumentType type = DocumentType.fromWire(m.group(2))
                        .orElseThrow(() -> new IllegalStateException(request + ": document type " + m.group(2)));
                LocalDate date = m.group(3) == null ? null : LocalDate.parse(m.group(3));
                String text = Files.readString(dir.resolve(m.group(1)), StandardCharsets.UTF_8);
                docs.add(new ClinicalDocument(dir.getFileName() + "/" + m.group(1), type, date, null, text));
            }
            // Every listed document was understood: none is silently left out of the fixture.
            long listed = FILE_KEY.matcher(json).results().count();
            if (listed != docs.size()) {
                throw new IllegalStateException(request + ": read " + docs.size() + " of " + listed + " documents");
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
