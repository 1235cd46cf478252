package dev.necessity.report;

import dev.necessity.model.Whitespace;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.report.ReportDocument.Block;
import dev.necessity.report.ReportDocument.Section;

/** A self-contained HTML page (no scripts, no external assets) for a browser or a PDF printer. */
public final class HtmlRenderer {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}
            h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.6rem}
            blockquote{margin:.3rem 0 .3rem 1.2rem;padding:.2rem .6rem;border-left:3px solid #7a9cc6;background:#f4f7fb;font-size:.95em}
            .cite{color:#555;white-space:nowrap}.meta{color:#555}.where{color:#666;font-size:.85em}
            """;

    public String render(ReportDocument doc) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(doc.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>").append(esc(doc.title())).append("</h1>\n");
        doc.preamble().forEach(p -> out.append("<p class=\"meta\">").append(esc(p)).append("</p>\n"));
        for (Section s : doc.sections()) {
            out.append("<section><h2>").append(esc(s.heading())).append("</h2>\n");
            String openList = null;
            for (Block b : s.blocks()) {
                String list = switch (b.kind()) {
                    case BULLET -> "ul";
                    case NUMBERED -> "ol";
                    case PARAGRAPH -> null;
                };
                if (openList != null && !openList.equals(list)) {
                    out.append("</").append(openList).append(">\n");
                    openList = null;
                }
                if (list != null && openList == null) {
                    out.append('<').append(list).append(">\n");
                    openList = list;
                }
                out.append(list == null ? "<p>" : "<li>").append(esc(b.text()));
                if (!b.cite().isEmpty()) {
                    out.append(" <span class=\"cite\">").append(esc(b.cite())).append("</span>");
                }
                for (EvidenceSpan e : b.evidence()) {
                    out.append("<blockquote>\u201c").append(esc(Whitespace.collapse(e.quote()))).append("\u201d <span class=\"where\">")
                            .append(esc(e.document())).append(' ').append(e.start()).append('-').append(e.end()).append("</span></blockquote>");
                }
                out.append(list == null ? "</p>\n" : "</li>\n");
            }
            if (openList != null) {
                out.append("</").append(openList).append(">\n");
            }
            out.append("</section>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
