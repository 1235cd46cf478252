package dev.necessity.extract.symptom;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.RequiredLiterals;
import dev.necessity.extract.text.Sentence;
import dev.necessity.extract.text.TsvResource;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symptoms, signs and limitations of function in everyday words, read from the phrase lexicon
 * {@code symptom-phrases.tsv}: walking distance ("limited to about two blocks", "walks about 100 feet
 * before she has to sit"), walking aids ("uses a cane"), activities given up ("stopped gardening"),
 * stairs and sleep; claudication as the shopping-cart sign or relief bending forward; radicular pain
 * as pain going down the leg or an electric pain down the arm; myelopathy as a wide-based gait,
 * dropping things or trouble with buttons. Each match is a symptom of its row's kind with the
 * sentence's ConText modifiers, and no onset or duration: a sentence's "worse for 3 days" may time a
 * flare, not the symptom, so timing is left to the specialised readers. A family-history section and risk or consent discussions are skipped, and a
 * functional limitation is not read from goals or plans ("Goal: walk 2 blocks"), nor from a document that
 * says the pain does not limit the patient's activities. It fills gaps
 * ({@link #fillsGaps}): where a specialised reader already found the same kind, its finding stands.
 */
public final class SymptomPhraseReader implements FindingReader {

    private static final String RESOURCE = "/dev/necessity/extract/symptom-phrases.tsv";
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)\\}");
    private static final Pattern GOAL = Pattern.compile("(?i)\\b(?:goals?|LTG|STG|will be able|would like to be able|hopes? to|wants? to be able)\\b");
    private static final String FUNCTION = "functional_limitation";
    private static final Pattern LIMITATION_DENIED = Pattern.compile("(?i)\\b(?:(?:does|do|did) not|doesn't|don't|didn't) (?:\\w+ )?limit "
            + "(?:his |her |their |the patient's )?(?:daily |everyday |usual )?(?:activities|function|walking|ADLs|work)\\b"
            + "|\\bnot limiting (?:his |her |their )?(?:daily )?(?:activities|function)\\b"
            + "|\\b(?:no|without|denies) (?:any )?functional (?:limitations?|impairment)\\b");
    /** Per kind, in file order: one alternation of that kind's rows. */
    private static final Map<String, Kind> KINDS = load();

    /**
     * A kind's rows as one alternation, and each row's literals as a keyword hint, so that they say
     * whether it can match a sentence at all. Most sentences rule out every row; the others run the alternation of
     * only the rows they allow, in file order: a row that cannot match anywhere in the sentence never wins a
     * position, so that alternation finds exactly what the whole one does.
     */
    private record Kind(Pattern all, List<String> rows, Pattern[] probes, Map<Long, Pattern> subsets) {
        /** Row subsets cached per kind; beyond this many, a subset is compiled for its sentence alone. */
        private static final int MAX_SUBSETS = 4096;

        static Kind of(List<String> rows) {
            Pattern[] probes = rows.size() > Long.SIZE ? new Pattern[0] : rows.stream().map(Kind::probe).toArray(Pattern[]::new);
            return new Kind(alternation(rows), List.copyOf(rows), probes, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /**
         * A keyword hint ({@code (?i)a|b|c}) of the row's most selective required literals ({@link RequiredLiterals}):
         * a row cannot match a sentence that lacks them all. Only clauses of words are kept (a single letter, digit or
         * "to" would add hits to every sentence's literal scan and rule out little); null when none is known.
         */
        private static Pattern probe(String row) {
            String[][] clauses = RequiredLiterals.clauses(Pattern.compile("(?i)(?:" + row + ")"));
            if (clauses == null) {
                return null;
            }
            for (String[] clause : clauses) {
                if (clause.length > 0 && java.util.Arrays.stream(clause).allMatch(l -> l.trim().length() >= 3)) {
                    return Pattern.compile("(?i)" + java.util.Arrays.stream(clause).map(Kind::escape)
                            .collect(java.util.stream.Collectors.joining("|")));
                }
            }
            return null;
        }

        private static String escape(String literal) {
            StringBuilder out = new StringBuilder();
            for (char c : literal.toCharArray()) {
                if ("\\[](){}.*+?^$|".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.toString();
        }

        static Pattern alternation(List<String> rows) {
            return Pattern.compile("(?i)\\b(?:" + String.join("|", rows.stream().map(p -> "(?:" + p + ")").toList()) + ")(?!\\w)");
        }

        /** A matcher over the sentence of the rows that can match it, or null when none can. */
        Matcher matcher(Sentence s) {
            if (probes.length == 0) {
                return s.matcher(all);
            }
            long mask = 0;
            for (int i = 0; i < probes.length; i++) {
                if (probes[i] == null || s.finds(probes[i])) {
                    mask |= 1L << i;
                }
            }
            if (mask == 0) {
                return null;
            }
            if (mask == (probes.length == Long.SIZE ? -1L : (1L << probes.length) - 1)) {
                return s.matcher(all);
            }
            Pattern subset = subsets.get(mask);
            if (subset == null) {
                subset = subset(mask);
                if (subsets.size() < MAX_SUBSETS) {
                    subsets.putIfAbsent(mask, subset);
                }
            }
            return subset.matcher(s.text());
        }

        private Pattern subset(long mask) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    kept.add(rows.get(i));
                }
            }
            return dev.necessity.extract.text.FirstChars.accelerated(alternation(kept));
        }
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SYMPTOM);
    }

    @Override
    public boolean fillsGaps() {
        return true;
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        // The phrases are indirect signs of a limitation ("uses a cane"); a record that says outright that the
        // pain does not limit the patient's activities is taken at its word.
        boolean limitationDenied = reading.sentences().stream().anyMatch(s -> s.finds(LIMITATION_DENIED));
        for (Sentence s : reading.sentences()) {
            // Only a family-history section is skipped whole: a relative named in a sentence ("gave up the market with her
            // sister") scopes the phrases after it as ConText experiencer, which the draft drops.
            if (s.inFamilyHistory() || ClinicalSections.isHypothetical(s)) {
                continue;
            }
            for (Map.Entry<String, Kind> kind : KINDS.entrySet()) {
                if (kind.getKey().equals(FUNCTION) && (limitationDenied || s.inSection("GOAL", "PLAN") || s.finds(GOAL))) {
                    continue;
                }
                Matcher m = kind.getValue().matcher(s);
                while (m != null && m.find()) {
                    out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext()
                            .attr("kind", kind.getKey()).attr("side", sideOf(s.text(), m)));
                }
            }
        }
        return out;
    }

    /** The phrase lexicon: macros expanded, each kind's rows joined into one whole-word, case-insensitive alternation ({@link Kind}). */
    static Map<String, Kind> load() {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.rows(SymptomPhraseReader.class, RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length < 2) {
                throw row.error("expected kind<TAB>pattern");
            }
            String pattern = expand(cols[1].trim(), macros, row);
            if (cols[0].startsWith("@")) {
                macros.put(cols[0].substring(1), pattern);
            } else {
                rows.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(pattern);
            }
        }
        Map<String, Kind> out = new LinkedHashMap<>();
        rows.forEach((kind, patterns) -> out.put(kind, Kind.of(patterns)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String expand(String pattern, Map<String, String> macros, TsvResource.Row row) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw row.error("macro {" + m.group(1) + "} is not defined above");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The side the phrase names, else one written just before it ("left buttock pain going down the back of the leg"). */
    private static String sideOf(String text, Matcher m) {
        String side = Sides.in(m.group());
        return side != null ? side : Sides.before(text, m.start());
    }
}
