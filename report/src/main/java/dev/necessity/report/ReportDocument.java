package dev.necessity.report;

import dev.necessity.model.EvidenceSpan;
import java.util.List;

/**
 * A rendered-format-neutral assessment: headed sections of paragraphs and items, each item with
 * its inline citation marks and verbatim evidence. Text and markdown both render this one model.
 */
public record ReportDocument(String title, List<String> preamble, List<Section> sections) {
    public ReportDocument {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** A heading ({@code level} 1 or 2) and its blocks. */
    public record Section(String heading, int level, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    public enum Kind { PARAGRAPH, BULLET, NUMBERED }

    public record Block(Kind kind, String text, String cite, List<EvidenceSpan> evidence) {
        public Block {
            evidence = List.copyOf(evidence);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, "", List.of());
        }

        static Block bullet(String text, String cite, List<EvidenceSpan> evidence) {
            return new Block(Kind.BULLET, text, cite, evidence);
        }

        static Block numbered(String text, String cite) {
            return new Block(Kind.NUMBERED, text, cite, List.of());
        }
    }
}
