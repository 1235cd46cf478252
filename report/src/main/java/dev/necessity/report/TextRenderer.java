package dev.necessity.report;

import dev.necessity.model.Whitespace;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.report.ReportDocument.Block;
import dev.necessity.report.ReportDocument.Section;

/** Plain text for a terminal or a fax: headings, wrapped bullets, quotes with their places. */
public final class TextRenderer {
    private static final int WIDTH = 100;

    public String render(ReportDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.title()).append('\n');
        doc.preamble().forEach(p -> out.append(p).append('\n'));
        for (Section s : doc.sections()) {
            out.append('\n').append(s.heading()).append('\n');
            out.append((s.level() == 1 ? "=" : "-").repeat(Math.min(WIDTH, s.heading().length()))).append('\n');
            int n = 0;
            for (Block b : s.blocks()) {
                String text = b.cite().isEmpty() ? b.text() : b.text() + " " + b.cite();
                switch (b.kind()) {
                    case PARAGRAPH -> out.append(wrap(text, "", "")).append('\n');
                    case BULLET -> out.append(wrap(text, "- ", "  ")).append('\n');
                    case NUMBERED -> {
                        n++;
                        out.append(wrap(text, n + ". ", " ".repeat(String.valueOf(n).length() + 2))).append('\n');
                    }
                }
                for (EvidenceSpan e : b.evidence()) {
                    out.append(wrap("Evidence: \u201c" + Whitespace.collapse(e.quote()) + "\u201d (" + e.document() + ", characters "
                            + e.start() + "-" + e.end() + ")", "    ", "      ")).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String wrap(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (line.length() - lineStart + word.length() + 1 > WIDTH && line.length() - lineStart > first.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(rest);
                lineStart = 0;
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing());
        return out.toString();
    }
}
