package dev.necessity.report;

import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.SourceCatalog;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code necessity assess}, each rendered from the determination alone. */
public enum ReportFormat {
    TEXT, MARKDOWN, JSON, HTML;

    public static Optional<ReportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    public String render(Determination d, SourceCatalog sources) {
        CitationIndex cites = new CitationIndex(d, sources);
        return switch (this) {
            case JSON -> new JsonRenderer().render(d, cites);
            case MARKDOWN -> new MarkdownRenderer().render(new AssessmentBuilder(d, cites).build());
            case TEXT -> new TextRenderer().render(new AssessmentBuilder(d, cites).build());
            case HTML -> new HtmlRenderer().render(new AssessmentBuilder(d, cites).build());
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
