package dev.necessity.extract;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Developer tool: runs the extractor over a folder of corpus files and prints what it finds. */
final class CorpusDump {
    public static void main(String[] args) throws Exception {
        ClinicalExtractor extractor = new ClinicalExtractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        int total = 0;
        for (Path f : files) {
            if (args.length > 1 && !f.getFileName().toString().startsWith(args[1])) {
                continue;
            }
            String text = Files.readString(f);
            DocumentType type = CorpusTypes.typeOf(f.getFileName().toString());
            DocumentExtraction x = extractor.extract(new ClinicalDocument(f.getFileName().toString(), type, null, null, text));
            total += x.findings().size();
            if (args.length > 1) {
                System.out.println("=== " + f.getFileName() + " " + type);
                for (Finding fd : x.findings()) {
                    System.out.println("  " + SeedCase.describe(fd));
                }
            }
        }
        System.out.println(files.size() + " files, " + total + " findings, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
