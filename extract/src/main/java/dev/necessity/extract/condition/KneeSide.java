package dev.necessity.extract.condition;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;

import java.util.List;

/**
 * The knee a finding is of. A sentence that names no side is of the knee the report was describing just before it, in
 * its paragraph: "LEFT knee: complete loss of the medial joint space ... varus alignment. Kellgren-Lawrence grade 4."
 * grades the left knee; "RIGHT knee (AP only): minimal medial narrowing. KL grade 1-2." the right. A report written
 * under a heading per knee ("RIGHT KNEE:" on its own line, the findings below it) gives the heading's side.
 */
final class KneeSide {
    /** How many sentences back the side named last still holds. */
    private static final int REACH = 2;

    private KneeSide() {
    }

    static String of(DocumentReading reading, Sentence s) {
        String own = Sides.in(s.text());
        if (own != null) {
            return own;
        }
        List<Sentence> sentences = reading.sentences();
        int i = reading.sentenceIndexAt(s.start());
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Sentence p = sentences.get(i - back);
            if (p.paragraph() != s.paragraph()) {
                break;
            }
            String side = Sides.in(p.text());
            if (side != null) {
                return side;
            }
        }
        return headingSide(s.section());
    }

    /** The side a section's heading names ("RIGHT KNEE:", "LEFT KNEE FINDINGS:"), when it names one side only. */
    private static String headingSide(String section) {
        if (section == null) {
            return null;
        }
        String side = Sides.in(section);
        return "left".equals(side) && section.contains("RIGHT") || "right".equals(side) && section.contains("LEFT") ? null : side;
    }
}
