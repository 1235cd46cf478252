package dev.necessity.scoring.corpus;

import java.util.Locale;

/**
 * Precision and recall of one measure over the development set, from distinct keys per
 * document: {@code labelled} keys the labels hold, {@code extracted} keys the extractor gave,
 * {@code matched} keys in both.
 */
public record ScoreRow(String measure, int labelled, int extracted, int matched) {

    /** 1.0 when nothing was extracted (no false positives possible). */
    public double precision() {
        return extracted == 0 ? 1.0 : (double) matched / extracted;
    }

    /** 1.0 when nothing was labelled. */
    public double recall() {
        return labelled == 0 ? 1.0 : (double) matched / labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String markdown() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |",
                measure, labelled, extracted, matched, precision(), recall(), f1());
    }
}
