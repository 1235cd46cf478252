package dev.necessity.extract.therapy;

import dev.necessity.extract.text.PhraseIndex;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The analgesic lexicon of {@code drugs.tsv}, loaded once: brand and generic names to the generic
 * name and drug class. Class words ("NSAIDs", "muscle relaxants") have no generic name.
 * "Depo-Medrol" is an injected steroid and is not an oral one.
 */
public final class DrugLexicon {

    private static final String RESOURCE = "/dev/necessity/extract/drugs.tsv";
    private static final DrugLexicon STANDARD = load();

    /** A drug mention at {@code [start, end)}: generic name (null for a class word) and class. */
    public record Drug(int start, int end, String generic, String drugClass) {
    }

    private final Map<String, String[]> entries;
    private final Pattern pattern;
    private final PhraseIndex index;

    private DrugLexicon(Map<String, String[]> entries) {
        this.entries = entries;
        String alternation = entries.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?i)(?<![A-Za-z0-9-])(?:" + alternation + ")(?![A-Za-z0-9])");
        this.index = new PhraseIndex(entries.keySet(), PhraseIndex.Edges.ALWAYS_HYPHEN_JOINS_BEFORE);
    }

    public static DrugLexicon standard() {
        return STANDARD;
    }

    /** Every drug name in {@code text}, longest name first at a position (an indexed search, see {@link PhraseIndex}). */
    /**
     * The drugs named in a sentence, found once and shared by the readers that ask (medications, and
     * the treatment clauses that keep each drug's dates to itself).
     */
    public List<Drug> in(Sentence s) {
        return s.remember(this, k -> List.copyOf(find(k.text())));
    }

    public List<Drug> find(String text) {
        List<Drug> out = new ArrayList<>();
        for (PhraseIndex.Hit hit : index.find(text)) {
            String[] e = entries.get(hit.phrase());
            out.add(new Drug(hit.start(), hit.end(), e[0].equals("-") ? null : e[0], e[1]));
        }
        return out;
    }

    /** The reference definition of {@link #find}: one case-insensitive alternation, longest name first. */
    List<Drug> findByRegex(String text) {
        List<Drug> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            lookup(m.group()).ifPresent(e -> out.add(new Drug(m.start(), m.end(), e[0].equals("-") ? null : e[0], e[1])));
        }
        return out;
    }

    private Optional<String[]> lookup(String name) {
        return Optional.ofNullable(entries.get(name.toLowerCase(Locale.ROOT)));
    }

    private static DrugLexicon load() {
        Map<String, String[]> entries = new HashMap<>();
        for (TsvResource.Row row : TsvResource.rows(DrugLexicon.class, RESOURCE)) {
            String[] cols = row.columns();
            entries.put(cols[0].trim().toLowerCase(Locale.ROOT), new String[] {cols[1].trim(), cols[2].trim()});
        }
        return new DrugLexicon(entries);
    }
}
