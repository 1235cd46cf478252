package dev.necessity.extract.imaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
        return phrases.stream().map(ImagingVocabulary::wholeWord).collect(Collectors.joining("|"));
    }

    private static String wholeWord(String phrase) {
        String before = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![A-Za-z0-9])" : "";
        String after = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "(?![A-Za-z0-9])" : "";
        return before + Pattern.quote(phrase) + after;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = ImagingVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(RESOURCE + ": expected phrase<TAB>role: " + line);
                }
                out.computeIfAbsent(cols[1].trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(cols[0].trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
        return out;
    }
}
