package dev.necessity.app.golden;

import dev.necessity.app.output.ControlCharacters;
import dev.necessity.engine.trace.Determination;
import dev.necessity.intake.CaseReader;
import dev.necessity.intake.IntakeOptions;
import dev.necessity.policy.SourceCatalog;
import dev.necessity.report.ReportFormat;
import dev.necessity.report.golden.GoldenFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's text, Markdown and JSON reports as committed golden files beside it:
 * {@code CASE/expected/report.txt}, {@code report.md} and {@code report.json}, each exactly what
 * {@code necessity assess CASE --format ...} prints. A change to any report is then seen, and reviewed,
 * as a diff of those files. Case reading ignores sub-directories, so {@code expected/} is never
 * taken for a document.
 *
 * <p>Reports hold no wall-clock time and no absolute path: document names are as the case gives
 * them, and the one thing that depends on the day, the warning for a request dated after today,
 * is fixed by reading cases as of {@link #AS_OF} ({@link #reader()}).
 */
public final class GoldenReports {
    /** The directory in a case that holds its golden reports. */
    public static final String DIRECTORY = "expected";
    /**
     * "Today" for golden reports, so they do not change with the calendar. Later than any test
     * case's request date, so that no golden carries the future-request warning (whose own tests
     * are {@code IntakeWarningsReportTest}) and a case written next year needs no back-dating.
     */
    public static final LocalDate AS_OF = LocalDate.of(2099, 12, 31);
    /** The formats kept as golden files; HTML is the Markdown document in other markup and is tested in the report module. */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.JSON);

    private GoldenReports() {
    }

    /** A case reader with the default limits whose "today" is {@link #AS_OF}. */
    public static CaseReader reader() {
        return new CaseReader(IntakeOptions.defaults(), Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** {@code report.txt}, {@code report.md} or {@code report.json}. */
    public static String fileName(ReportFormat format) {
        return "report." + switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
            case HTML -> "html";
        };
    }

    /** Whether the case keeps golden reports (has an {@code expected/} directory). */
    public static boolean present(Path caseDir) {
        return Files.isDirectory(caseDir.resolve(DIRECTORY));
    }

    /**
     * The golden file of one format.
     *
     * @param caseName how to name the case to a person, e.g. {@code examples/l5-s1-alif}
     */
    public static GoldenFile file(Path caseDir, String caseName, ReportFormat format) {
        String name = DIRECTORY + "/" + fileName(format);
        return new GoldenFile(caseDir.resolve(DIRECTORY).resolve(fileName(format)), caseName + "/" + name);
    }

    /** The report exactly as {@code assess} prints it: rendered, then with control characters escaped. */
    public static String render(Determination d, SourceCatalog sources, ReportFormat format) {
        return ControlCharacters.escape(format.render(d, sources));
    }

    /** For each format whose golden file differs from this determination's report, why (with a diff). */
    public static List<String> mismatches(Path caseDir, String caseName, Determination d, SourceCatalog sources) {
        List<String> out = new ArrayList<>();
        for (ReportFormat f : FORMATS) {
            Optional<String> m = file(caseDir, caseName, f).mismatch(render(d, sources, f));
            m.ifPresent(out::add);
        }
        return out;
    }

    /** Writes every format's golden file that differs; the names of those that changed. */
    public static List<String> update(Path caseDir, String caseName, Determination d, SourceCatalog sources) {
        List<String> changed = new ArrayList<>();
        for (ReportFormat f : FORMATS) {
            GoldenFile file = file(caseDir, caseName, f);
            if (file.update(render(d, sources, f))) {
                changed.add(file.name());
            }
        }
        return changed;
    }
}
