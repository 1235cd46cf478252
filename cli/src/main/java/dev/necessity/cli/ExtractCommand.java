package dev.necessity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.extract.score.DevSet;
import dev.necessity.extract.score.LabelFormatException;
import dev.necessity.extract.score.ScoreTable;
import dev.necessity.extract.score.Scorer;
import dev.necessity.intake.CaseInputException;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the findings read from a document, a case directory, or a folder of documents; "
                + "with --score LABELS, the precision and recall of the extractor on a labelled development set.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..1")
    Path input;

    @Option(names = "--score", paramLabel = "LABELS",
            description = "Score the extractor against a labels file (extract/src/test/resources/corpus/labels.tsv) and print the table.")
    Path labels;

    @Option(names = "--errors", description = "With --score: also list each missed and unexpected finding.")
    boolean errors;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws IOException {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UsageException("--format '" + format + "' is not one of text, json");
        };
        if (labels != null) {
            return score();
        }
        if (input == null) {
            throw new UsageException("missing FILE_OR_DIR (or --score LABELS)");
        }
        if (!Files.exists(input)) {
            throw new UsageException(input + ": no such file or directory");
        }
        CaseReader reader = new CaseReader();
        ClinicalExtractor extractor = new ClinicalExtractor();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DocumentExtraction> results = new ArrayList<>();
        int failures = 0;
        if (Files.isDirectory(input) && Files.exists(input.resolve(CaseReader.REQUEST_FILE))) {
            reader.read(input).documents().forEach(d -> results.add(extractor.extract(d)));
        } else {
            List<ClinicalDocument> docs = new ArrayList<>();
            for (Path file : documents(input)) {
                try {
                    docs.add(reader.readDocument(file));
                } catch (CaseInputException e) {
                    err.println("necessity: " + e.getMessage());
                    failures++;
                }
            }
            // The extractor is thread-safe; a folder of documents is read in parallel, reported in file order.
            results.addAll(docs.parallelStream().map(extractor::extract).toList());
        }
        if (json) {
            ObjectNode root = FindingJson.JSON.createObjectNode();
            ArrayNode docs = root.putArray("documents");
            results.forEach(r -> docs.add(FindingJson.document(r)));
            out.println(pretty(root));
        } else {
            for (DocumentExtraction r : results) {
                out.println("== " + r.document().name() + " (" + r.document().type() + ", "
                        + (r.document().date() == null ? "undated" : r.document().date()) + "): " + r.findings().size() + " findings");
                r.findings().forEach(f -> out.println(FindingJson.line(f)));
            }
        }
        out.flush();
        return failures == 0 ? 0 : Main.BAD_INPUT;
    }

    private int score() throws IOException {
        ScoreTable table;
        try {
            table = new Scorer(new ClinicalExtractor()).score(DevSet.load(labels));
        } catch (LabelFormatException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Development set " + labels + ": " + table.documents() + " documents");
        out.println();
        out.print(table.markdown());
        if (errors) {
            out.println();
            table.errors().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static List<Path> documents(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.walk(input, 3)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".txt") || n.endsWith(".md")) && !n.equals("readme.md") && !n.startsWith(".");
            }).sorted().toList();
        }
    }

    private static String pretty(ObjectNode root) {
        try {
            return FindingJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
