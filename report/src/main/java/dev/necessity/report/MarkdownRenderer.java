package dev.necessity.report;

import dev.necessity.model.Whitespace;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.report.ReportDocument.Block;
import dev.necessity.report.ReportDocument.Section;

/** Markdown for review portals and pull requests; quotes are block-quoted under their item. */
public final class MarkdownRenderer {

    public String render(ReportDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(doc.title())).append("\n\n");
        doc.preamble().forEach(p -> out.append('_').append(escape(p)).append("_\n\n"));
        for (Section s : doc.sections()) {
            out.append(s.level() == 1 ? "## " : "### ").append(escape(s.heading())).append("\n\n");
            int n = 0;
            for (Block b : s.blocks()) {
                String text = escape(b.text()) + (b.cite().isEmpty() ? "" : " " + escape(b.cite()));
                switch (b.kind()) {
                    case PARAGRAPH -> out.append(text).append("\n\n");
                    case BULLET -> out.append("- ").append(text).append('\n');
                    case NUMBERED -> out.append(++n).append(". ").append(text).append('\n');
                }
                for (EvidenceSpan e : b.evidence()) {
                    out.append("  > \u201c").append(escape(Whitespace.collapse(e.quote()))).append("\u201d (`")
                            .append(e.document()).append("` ").append(e.start()).append('-').append(e.end()).append(")\n");
                }
            }
            if (s.blocks().stream().anyMatch(b -> b.kind() != ReportDocument.Kind.PARAGRAPH)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]")
                .replace("<", "&lt;");
    }
}
