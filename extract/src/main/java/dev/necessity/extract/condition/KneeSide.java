package dev.necessity.extract.condition;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;

import java.util.List;

/**
 * The knee a finding is of. A sentence that names no side is of the knee the report was describing just before it, in
 * its paragraph: "LEFT knee: complete loss of the medial joint space ... varus alignment. Kellgren-Lawrence grade 4."
 * grades the left knee; "RIGHT knee (AP only): minimal medial narrowing. KL grade 1-2." the right.
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
        int i = indexOf(sentences, s);
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Sentence p = sentences.get(i - back);
            if (p.paragraph() != s.paragraph()) {
                return null;
            }
            String side = Sides.in(p.text());
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    /** Where {@code s} is among the document's sentences, which are in order of start: a binary search, not a scan. */
    private static int indexOf(List<Sentence> sentences, Sentence s) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = sentences.get(mid).start();
            if (start < s.start()) {
                lo = mid + 1;
            } else if (start > s.start()) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
