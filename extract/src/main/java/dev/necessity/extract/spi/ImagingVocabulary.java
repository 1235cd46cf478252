package dev.necessity.extract.spi;

import dev.necessity.extract.text.TsvResource;
import dev.necessity.extract.text.WholeWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imaging words clinicians use beyond the radiologist's formal terms, as data
 * ({@code imaging-vocabulary.tsv}): what "slip" must not be next to, the phrases that mean "the levels
 * not named", and the body regions a study's name gives.
 */
public final class ImagingVocabulary {

    private static final String RESOURCE = "/dev/necessity/extract/imaging-vocabulary.tsv";
    private static final Map<String, List<String>> PHRASES = load();

    private ImagingVocabulary() {
    }

    /** The phrases of a role, longest first. */
    public static List<String> phrases(String role) {
        return PHRASES.getOrDefault(role, List.of());
    }

    /** A whole-word alternation of a role's phrases (no flags, no group), whitespace matched as written. */
    public static String alternation(String role) {
        List<String> phrases = phrases(role);
        if (phrases.isEmpty()) {
            throw new IllegalStateException("no phrases for role " + role + " in " + RESOURCE);
        }
        return phrases.stream().map(WholeWord::of).collect(Collectors.joining("|"));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.rows(ImagingVocabulary.class, RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length < 2) {
                throw new IllegalStateException(RESOURCE + ": expected phrase<TAB>role: " + row.text());
            }
            out.computeIfAbsent(cols[1].trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(cols[0].trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
        return out;
    }
}
