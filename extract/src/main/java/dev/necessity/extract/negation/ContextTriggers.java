package dev.necessity.extract.negation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import dev.necessity.extract.text.AsciiCase;

/**
 * The trigger lexicon, loaded once from {@code context-triggers.tsv}. At each position the longest
 * phrase wins (so "no change" masks "no"), and matching resumes after it.
 *
 * <p>Every sentence is scanned, so matching avoids a regex over ~200 alternatives: phrases are
 * indexed by their first (ASCII-lower-cased) character and tried only where a phrase could
 * start, longest first. {@link #findByRegex} keeps the original alternation as the reference
 * definition the fast path is tested against.
 */
public final class ContextTriggers {

    private static final String RESOURCE = "/dev/necessity/extract/context-triggers.tsv";
    private static final ContextTriggers DEFAULT = load();

    private final Map<String, ContextTrigger> byPhrase;
    private final Pattern pattern;
    /** Distinct phrases by first character (ASCII 0-127), longest first then alphabetical: the alternation's order. */
    private final String[][] byFirstChar = new String[128][];

    private ContextTriggers(List<ContextTrigger> triggers) {
        this.byPhrase = new HashMap<>();
        triggers.forEach(t -> byPhrase.put(t.phrase(), t));
        String alternation = triggers.stream()
                .map(ContextTrigger::phrase)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(ContextTriggers::wholeWord)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE);
        Map<Character, List<String>> buckets = new HashMap<>();
        byPhrase.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(p -> buckets.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p));
        buckets.forEach((c, phrases) -> {
            if (c >= 128) {
                throw new IllegalStateException("trigger phrase must start with an ASCII character: " + phrases);
            }
            byFirstChar[c] = phrases.toArray(String[]::new);
        });
    }

    public static ContextTriggers standard() {
        return DEFAULT;
    }

    /** Every trigger in {@code text} (normalized sentence text), in order, without overlaps. */
    public List<TriggerMatch> find(String text) {
        List<TriggerMatch> out = new ArrayList<>();
        String lower = AsciiCase.lower(text);
        int n = lower.length();
        int pos = 0;
        while (pos < n) {
            char c = lower.charAt(pos);
            String[] candidates = c < 128 ? byFirstChar[c] : null;
            String phrase = candidates == null ? null : phraseAt(lower, pos, candidates);
            if (phrase == null) {
                pos++;
                continue;
            }
            out.add(new TriggerMatch(byPhrase.get(phrase), pos, pos + phrase.length()));
            pos += phrase.length();
        }
        return out;
    }

    /** The first candidate (longest first) that occurs at {@code pos} as a whole word, as the regex alternation would pick it. */
    private static String phraseAt(String lower, int pos, String[] candidates) {
        boolean wordStartOk = pos == 0 || !AsciiCase.isLetterOrDigit(lower.charAt(pos - 1));
        for (String p : candidates) {
            if (!lower.startsWith(p, pos)) {
                continue;
            }
            if (Character.isLetterOrDigit(p.charAt(0)) && !wordStartOk) {
                continue;
            }
            int end = pos + p.length();
            if (Character.isLetterOrDigit(p.charAt(p.length() - 1)) && end < lower.length() && AsciiCase.isLetterOrDigit(lower.charAt(end))) {
                continue;
            }
            return p;
        }
        return null;
    }

    /** The reference definition of {@link #find}: one case-insensitive alternation, longest phrase first. */
    List<TriggerMatch> findByRegex(String text) {
        List<TriggerMatch> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            ContextTrigger t = byPhrase.get(m.group().toLowerCase(Locale.ROOT));
            if (t != null) {
                out.add(new TriggerMatch(t, m.start(), m.end()));
            }
        }
        return out;
    }

    /** Optional fourth column of a terminator: "ends=uncertain,historical". */
    private static java.util.Set<TriggerCategory> ends(String[] cols) {
        if (cols.length < 4 || !cols[3].trim().startsWith("ends=")) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(cols[3].trim().substring(5).split(","))
                .map(c -> TriggerCategory.valueOf(c.trim().toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    private static String wholeWord(String phrase) {
        String before = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![A-Za-z0-9])" : "";
        String after = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "(?![A-Za-z0-9])" : "";
        return before + Pattern.quote(phrase) + after;
    }

    private static ContextTriggers load() {
        try (InputStream in = ContextTriggers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ContextTrigger> triggers = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                triggers.add(new ContextTrigger(cols[0].trim().toLowerCase(Locale.ROOT),
                        TriggerCategory.valueOf(cols[1].trim().toUpperCase(Locale.ROOT)),
                        !"backward".equals(cols[2].trim()), ends(cols)));
            }
            return new ContextTriggers(triggers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
