package dev.necessity.scoring.corpus;

import java.util.List;
import java.util.NoSuchElementException;

/** The scores of one development set: one row per measure, printable as a markdown table. */
public record ScoreTable(int documents, List<ScoreRow> rows, List<String> errors) {

    public ScoreTable {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public ScoreRow row(String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no measure " + measure));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | labelled | extracted | matched | precision | recall | F1 |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach(r -> out.append(r.markdown()).append('\n'));
        return out.toString();
    }
}
