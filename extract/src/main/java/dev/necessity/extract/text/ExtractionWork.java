package dev.necessity.extract.text;

/**
 * The work one document's extraction did, counted rather than timed, so a test can show it grows
 * linearly with the document ({@code LinearExtractionTest}) whatever the machine is doing. Counted
 * where work can grow with the whole document, which is where a per-sentence step becomes
 * quadratic:
 * <ul>
 * <li>{@link #sentencesVisited}: sentences handed out by the reading's sentence list, one per
 * element a reader's loop, stream or lookup touches;</li>
 * <li>{@link #charactersScanned}: characters handed to a scan: a sentence's text each time a grammar
 * runs over it through {@link Sentence#matcher} or {@link Sentence#finds} (or its literals are
 * looked up), and the whole document's text each time a reader reads it;</li>
 * <li>{@link #findingsCompared}: findings looked at while finding others of the same kind, such as
 * a gap filler's overlaps.</li>
 * </ul>
 * One per document reading, used by one thread. Counting costs an addition per counted step, so it
 * is always on.
 */
public final class ExtractionWork {
    private long sentences;
    private long characters;
    private long findings;

    public void visitedSentence() {
        sentences++;
    }

    public void scanned(int length) {
        characters += length;
    }

    public void comparedFindings(int count) {
        findings += count;
    }

    public long sentencesVisited() {
        return sentences;
    }

    public long charactersScanned() {
        return characters;
    }

    public long findingsCompared() {
        return findings;
    }

    @Override
    public String toString() {
        return sentences + " sentences visited, " + characters + " characters scanned, " + findings + " findings compared";
    }
}
