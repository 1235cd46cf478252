package dev.necessity.extract.clinical;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.FindingDraft;
import dev.necessity.extract.FindingReader;
import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final Map<String, Pattern> KINDS = load();

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
            for (Map.Entry<String, Pattern> kind : KINDS.entrySet()) {
                if (kind.getKey().equals(FUNCTION) && (limitationDenied || s.inSection("GOAL", "PLAN") || s.finds(GOAL))) {
                    continue;
                }
                Matcher m = s.matcher(kind.getValue());
                while (m.find()) {
                    out.add(reading.draft(FindingTypes.SYMPTOM, s, m.start(), m.end()).withContext()
                            .attr("kind", kind.getKey()).attr("side", Sides.in(m.group())));
                }
            }
        }
        return out;
    }

    /** The phrase lexicon: macros expanded, each kind's rows joined into one whole-word, case-insensitive alternation. */
    static Map<String, Pattern> load() {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (InputStream in = SymptomPhraseReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected kind<TAB>pattern");
                }
                String pattern = expand(cols[1].trim(), macros, n);
                if (cols[0].startsWith("@")) {
                    macros.put(cols[0].substring(1), pattern);
                } else {
                    rows.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(pattern);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Pattern> out = new LinkedHashMap<>();
        rows.forEach((kind, patterns) -> out.put(kind,
                Pattern.compile("(?i)\\b(?:" + String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()) + ")(?!\\w)")));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String expand(String pattern, Map<String, String> macros, int line) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": macro {" + m.group(1) + "} is not defined above");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
