package dev.necessity.cli;

import dev.necessity.app.output.FileProblems;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseInputException;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the findings read from a document, a case directory, or a folder of documents "
                + "(the extractor's precision and recall on the labelled corpus: ./necessity score --labels LABELS).")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..1")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws IOException {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UsageException("--format '" + format + "' is not one of text, json");
        };
        if (input == null) {
            throw new UsageException("missing FILE_OR_DIR");
        }
        if (!Files.exists(input)) {
            throw new UsageException(input + ": no such file or directory");
        }
        CaseReader reader = new CaseReader();
        ClinicalExtractor extractor = new ClinicalExtractor();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionOutput output = json ? new ExtractionOutput.Json(out) : new ExtractionOutput.Text(out);
        int[] failures = {0};
        if (Files.isDirectory(input) && Files.exists(input.resolve(CaseReader.REQUEST_FILE))) {
            List<ClinicalDocument> documents = reader.read(input).documents();
            output.begin(); // only once the input is known good, so a refused case prints no half document
            documents.forEach(d -> output.document(extractor.extract(d)));
        } else {
            List<Path> files = documents(input, err, failures);
            output.begin();
            // The extractor is thread-safe: documents are read and extracted in parallel, a few ahead,
            // and written in file order as they finish, so nothing is held for the whole folder.
            int threads = Runtime.getRuntime().availableProcessors();
            OrderedParallelMap.<Path, Object>run(files, threads, 2 * threads, file -> {
                try {
                    return extractor.extract(reader.readDocument(file));
                } catch (CaseInputException e) {
                    return e;
                }
            }, result -> {
                if (result instanceof CaseInputException e) {
                    err.println("necessity: " + e.getMessage());
                    failures[0]++;
                } else {
                    output.document((DocumentExtraction) result);
                }
            });
        }
        output.end();
        return failures[0] == 0 ? 0 : Main.BAD_INPUT;
    }

    /** The .txt and .md files under input (three levels down), in path order; a folder that cannot be read is named on err. */
    private static List<Path> documents(Path input, PrintWriter err, int[] failures) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(input, EnumSet.noneOf(FileVisitOption.class), 3, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (attrs.isRegularFile() && (n.endsWith(".txt") || n.endsWith(".md")) && !n.equals("readme.md") && !n.startsWith(".")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                err.println("necessity: " + FileProblems.describe(e));
                failures[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
