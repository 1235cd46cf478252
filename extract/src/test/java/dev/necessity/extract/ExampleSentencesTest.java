package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Example sentences as data: every {@code examples/*.tsv} file beside this package's resources holds
 * realistic sentences, one a row, and what the extractor must (or must not) read from each. A
 * clinical author extends the vocabulary and adds the sentences that prove it in the same change.
 *
 * <pre>
 * # text&lt;TAB&gt;document type&lt;TAB&gt;expectation[&lt;TAB&gt;why]
 * Saddle anesthesia ......... No	clinical-note	red_flag kind=saddle_anesthesia negated
 * Return to the ED if bowel or bladder changes develop.	clinical-note	!red_flag asserted
 * </pre>
 *
 * <p>The text may hold {@code \n} for a line break. An expectation is a finding type followed by
 * {@code attribute=value} pairs (a value compares as text; numbers as written, "6" equals 6.0; a list
 * attribute such as {@code dates} matches when it holds the value) and
 * modifier words: {@code negated}, {@code uncertain}, {@code historical}, {@code asserted} (neither
 * negated nor uncertain), {@code current} (asserted and not historical). {@code type ...} passes when some finding matches every part; {@code !type ...} passes
 * when none does. Several expectations on one row are separated by {@code ;}.
 */
class ExampleSentencesTest {
    private static final ClinicalExtractor EXTRACTOR = new ClinicalExtractor();
    private static final LocalDate DATE = LocalDate.of(2026, 6, 15);

    record Example(String file, int line, String text, DocumentType type, String expectation, String why) {
        @Override
        public String toString() {
            return file + ":" + line + " " + expectation + " <- " + text.replace("\n", "\\n");
        }
    }

    static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String row = lines.get(i);
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t");
                String where = file.getFileName() + ":" + (i + 1);
                if (cols.length < 3) {
                    throw new AssertionError(file.getFileName() + ":" + (i + 1) + ": expected text, document type and expectation separated by tabs");
                }
                out.add(new Example(file.getFileName().toString(), i + 1, cols[0].replace("\\n", "\n"),
                        DocumentType.fromWire(cols[1].trim()).orElseThrow(() -> new AssertionError(where + ": unknown document type " + cols[1])), cols[2].trim(), cols.length > 3 ? cols[3] : ""));
            }
        }
        return out;
    }

    private static List<Path> files() {
        URL url = ExampleSentencesTest.class.getResource("examples");
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReadsAsItsRowSays() {
        return examples().stream().map(ex -> DynamicTest.dynamicTest(ex.toString(), () -> {
            List<Finding> findings = EXTRACTOR.extract(new ClinicalDocument("example.txt", ex.type(), DATE, null, ex.text())).findings();
            for (String expectation : ex.expectation().split(";")) {
                assertThat(holds(expectation.trim(), findings))
                        .as("%s%n  expectation: %s%n  findings: %s", ex, expectation.trim(), findings.stream().map(SeedCase::describe).toList())
                        .isTrue();
            }
        }));
    }

    @Test
    void theMatcherCanFail() {
        Finding f = EXTRACTOR.extract(new ClinicalDocument("x.txt", DocumentType.CLINICAL_NOTE, DATE, null,
                "He denies saddle anesthesia.")).findings().stream().filter(x -> x.type().equals("red_flag")).findFirst().orElseThrow();
        assertThat(holds("red_flag kind=saddle_anesthesia negated", List.of(f))).isTrue();
        assertThat(holds("red_flag kind=saddle_anesthesia asserted", List.of(f))).isFalse();
        assertThat(holds("!red_flag kind=saddle_anesthesia", List.of(f))).isFalse();
        assertThat(holds("!red_flag kind=fever", List.of(f))).isTrue();
    }

    static boolean holds(String expectation, List<Finding> findings) {
        String[] parts = expectation.split("\\s+");
        boolean absent = parts[0].startsWith("!");
        String type = absent ? parts[0].substring(1) : parts[0];
        boolean any = findings.stream().filter(f -> f.type().equals(type)).anyMatch(f -> matches(f, parts));
        return absent != any;
    }

    private static boolean matches(Finding f, String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean ok = switch (p) {
                case "negated" -> f.negated();
                case "uncertain" -> f.uncertain();
                case "historical" -> f.historical();
                case "asserted" -> f.asserted();
                case "current" -> f.asserted() && !f.historical();
                default -> {
                    int eq = p.indexOf('=');
                    if (eq < 0) {
                        throw new AssertionError("not a modifier or attribute=value: " + p);
                    }
                    String name = p.substring(0, eq);
                    String want = p.substring(eq + 1);
                    if (name.equals("level")) {
                        yield f.level() != null && f.level().toString().equals(want);
                    }
                    yield f.attr(name).map(v -> same(v, want)).orElse(want.equals("null"));
                }
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object value, String want) {
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().anyMatch(v -> same(v, want));
        }
        if (value instanceof Number n) {
            try {
                return n.doubleValue() == Double.parseDouble(want);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT));
    }
}
