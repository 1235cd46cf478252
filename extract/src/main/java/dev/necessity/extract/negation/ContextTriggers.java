package dev.necessity.extract.negation;

import dev.necessity.extract.text.PhraseIndex;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.extract.text.WholeWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The trigger lexicon, loaded once from {@code context-triggers.tsv}. At each position the longest
 * phrase wins (so "no change" masks "no"), and matching resumes after it.
 *
 * <p>Every sentence is scanned, so matching avoids a regex over ~200 alternatives ({@link
 * PhraseIndex}); {@link #findByRegex} keeps the original alternation as the reference definition
 * the fast path is tested against.
 */
public final class ContextTriggers {

    private static final String RESOURCE = "/dev/necessity/extract/context-triggers.tsv";
    private static final ContextTriggers DEFAULT = load();

    private final Map<String, ContextTrigger> byPhrase;
    private final Pattern pattern;
    private final PhraseIndex index;

    private ContextTriggers(List<ContextTrigger> triggers) {
        this.byPhrase = new HashMap<>();
        triggers.forEach(t -> byPhrase.put(t.phrase(), t));
        String alternation = triggers.stream()
                .map(ContextTrigger::phrase)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(WholeWord::of)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE);
        this.index = new PhraseIndex(byPhrase.keySet(), PhraseIndex.Edges.WHERE_PHRASE_HAS_WORD_CHARACTER);
    }

    public static ContextTriggers standard() {
        return DEFAULT;
    }

    /**
     * Every trigger in {@code text} (normalized sentence text), in order, without overlaps. A
     * contracted negation reads as written out ({@link Contractions}: "isn't seen" is "is not
     * seen"), and a trigger found in one spans the whole contracted word.
     */
    public List<TriggerMatch> find(String text) {
        Contractions.Expanded expanded = Contractions.expand(text);
        List<TriggerMatch> out = new ArrayList<>();
        for (PhraseIndex.Hit hit : index.find(expanded == null ? text : expanded.text())) {
            out.add(match(byPhrase.get(hit.phrase()), hit.start(), hit.end(), expanded));
        }
        return out;
    }

    /** The reference definition of {@link #find}: one case-insensitive alternation, longest phrase first. */
    List<TriggerMatch> findByRegex(String text) {
        Contractions.Expanded expanded = Contractions.expand(text);
        List<TriggerMatch> out = new ArrayList<>();
        Matcher m = pattern.matcher(expanded == null ? text : expanded.text());
        while (m.find()) {
            ContextTrigger t = byPhrase.get(m.group().toLowerCase(Locale.ROOT));
            if (t != null) {
                out.add(match(t, m.start(), m.end(), expanded));
            }
        }
        return out;
    }

    private static TriggerMatch match(ContextTrigger t, int start, int end, Contractions.Expanded expanded) {
        return expanded == null ? new TriggerMatch(t, start, end)
                : new TriggerMatch(t, expanded.originalStart(start), expanded.originalEnd(end));
    }

    /** Optional fourth column of a terminator: "ends=uncertain,historical". */
    private static java.util.Set<TriggerCategory> ends(String[] cols) {
        if (cols.length < 4 || !cols[3].trim().startsWith("ends=")) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(cols[3].trim().substring(5).split(","))
                .map(c -> TriggerCategory.valueOf(c.trim().toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    private static ContextTriggers load() {
        Map<String, ContextTrigger> triggers = new java.util.LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.rows(ContextTriggers.class, RESOURCE)) {
            String[] cols = row.columns();
            for (String phrase : expand(cols[0].trim().toLowerCase(Locale.ROOT))) {
                ContextTrigger t = new ContextTrigger(phrase, TriggerCategory.valueOf(cols[1].trim().toUpperCase(Locale.ROOT)),
                        !"backward".equals(cols[2].trim()), ends(cols), cols.length > 3 && "past-episode".equals(cols[3].trim()),
                        cols.length > 3 && "whole-sentence".equals(cols[3].trim()));
                ContextTrigger before = triggers.putIfAbsent(phrase, t);
                if (before != null && !before.equals(t)) {
                    throw new IllegalStateException(RESOURCE + " line " + row.line() + ": \"" + phrase + "\" is already a trigger of another kind");
                }
            }
        }
        return new ContextTriggers(new ArrayList<>(triggers.values()));
    }

    /** Most phrases one family line expands to: a family is a handful of ways of saying one thing, not a grammar. */
    static final int MAX_FAMILY = 1_000;

    /**
     * The phrases a lexicon entry stands for: each {@code {a|b|}} group is replaced by each of its alternatives in turn
     * (an empty one drops the group), so that one line covers a family ("{when|reasons} to seek {urgent |}care"). Groups
     * do not nest. Whitespace is collapsed, as sentences' is.
     */
    static List<String> expand(String entry) {
        List<String> done = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(entry));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            int open = p.indexOf('{');
            if (open < 0) {
                done.add(p.replaceAll("\\s+", " ").trim());
                continue;
            }
            int close = p.indexOf('}', open);
            if (close < 0 || p.indexOf('{', open + 1) >= 0 && p.indexOf('{', open + 1) < close) {
                throw new IllegalStateException(RESOURCE + ": unbalanced or nested braces in \"" + entry + "\"");
            }
            for (String alternative : p.substring(open + 1, close).split("\\|", -1)) {
                todo.add(p.substring(0, open) + alternative + p.substring(close + 1));
            }
            if (done.size() + todo.size() > MAX_FAMILY) {
                throw new IllegalStateException(RESOURCE + ": \"" + entry + "\" expands to more than " + MAX_FAMILY + " phrases");
            }
        }
        java.util.Collections.reverse(done);
        return done;
    }
}
