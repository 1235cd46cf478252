package dev.necessity.scoring.corpus;

import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores the extractor against a {@link DevSet}. Each measure compares the distinct keys the
 * labels hold with the distinct keys the extractor gives, per document, so a finding repeated
 * in the impression counts once and a contradicting repeat counts as a false positive:
 * <ul>
 * <li>per type: level (stenosis: level and location; red flag: kind; nicotine: status) and polarity;</li>
 * <li>{@code stenosis severity by level}: the same plus the grade;</li>
 * <li>attribute rows (side, grade, morphology): the type key plus the attribute, over the
 * findings that carry it;</li>
 * <li>{@code negation} and {@code uncertainty}: the type keys of negated (uncertain) findings, all types.</li>
 * </ul>
 * Findings quoted from an {@code # MTSamples:} attribution line are not clinical text and are
 * not scored.
 */
public final class Scorer {

    public static final String SEVERITY_BY_LEVEL = "stenosis severity by level";
    public static final String NEGATION = "negation (all types)";
    public static final String UNCERTAINTY = "uncertainty (all types)";
    public static final String ALL = "all findings";
    private static final String ATTRIBUTION = "# MTSamples:";
    private static final List<String[]> ATTRIBUTE_ROWS = List.of(new String[] {"stenosis", "side"},
            new String[] {"spondylolisthesis", "grade"}, new String[] {"disc_herniation", "morphology"});

    private final ClinicalExtractor extractor;

    public Scorer(ClinicalExtractor extractor) {
        this.extractor = extractor;
    }

    public ScoreTable score(DevSet set) {
        List<Item> labelled = new ArrayList<>();
        set.labels().stream().filter(l -> !l.type().equals(DevSet.NONE)).map(Item::of).forEach(labelled::add);
        List<Item> extracted = new ArrayList<>();
        for (ClinicalDocument doc : set.documents()) {
            extractor.extract(doc).findings().stream()
                    .filter(f -> set.types().contains(f.type()) && !inAttribution(doc, f))
                    .map(Item::of).forEach(extracted::add);
        }
        // Red-flag kinds the labels never use (added to the vocabulary after labelling, such as
        // osteoporosis or immunosuppression) are out of this set's scope rather than false positives.
        Set<String> labelledKinds = new TreeSet<>();
        labelled.stream().filter(i -> i.type().equals("red_flag")).forEach(i -> labelledKinds.add(String.valueOf(i.attribute("kind"))));
        extracted.removeIf(i -> i.type().equals("red_flag") && !labelledKinds.contains(String.valueOf(i.attribute("kind"))));
        labelled = StenosisGrades.merge(labelled);
        extracted = StenosisGrades.merge(extracted);
        List<ScoreRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String type : set.types()) {
            rows.add(row(type, labelled, extracted, i -> i.type().equals(type), Scorer::key, errors));
            if (type.equals("stenosis")) {
                rows.add(row(SEVERITY_BY_LEVEL, labelled, extracted, i -> i.type().equals(type),
                        i -> key(i) + " " + i.attribute("severity"), errors));
            }
        }
        for (String[] attr : ATTRIBUTE_ROWS) {
            if (set.types().contains(attr[0])) {
                rows.add(row(attr[0] + " " + attr[1], labelled, extracted,
                        i -> i.type().equals(attr[0]) && i.attribute(attr[1]) != null, i -> key(i) + " " + i.attribute(attr[1]), null));
            }
        }
        rows.add(row(NEGATION, labelled, extracted, i -> i.polarity().equals("-"), Scorer::key, null));
        rows.add(row(UNCERTAINTY, labelled, extracted, i -> i.polarity().equals("?"), Scorer::key, null));
        rows.add(row(ALL, labelled, extracted, i -> true, Scorer::key, null));
        return new ScoreTable(set.documents().size(), rows, errors);
    }

    private static boolean inAttribution(ClinicalDocument doc, Finding f) {
        if (!doc.text().startsWith(ATTRIBUTION)) {
            return false;
        }
        int lineEnd = doc.text().indexOf('\n');
        return lineEnd < 0 || f.span().start() < lineEnd;
    }

    /** Document, type, what the finding is about, and polarity (nicotine status carries its own). */
    static String key(Item i) {
        String about = switch (i.type()) {
            case "stenosis" -> i.level() + " " + i.attribute("location");
            case "red_flag" -> String.valueOf(i.attribute("kind"));
            case "nicotine" -> String.valueOf(i.attribute("status"));
            default -> i.level();
        };
        String polarity = i.type().equals("nicotine") ? "+" : i.polarity();
        return i.document() + " " + i.type() + " " + about + " " + polarity;
    }

    private static ScoreRow row(String measure, List<Item> labelled, List<Item> extracted, Predicate<Item> scope,
                                Function<Item, String> key, List<String> errors) {
        Set<String> expected = keys(labelled, scope, key);
        Set<String> found = keys(extracted, scope, key);
        Set<String> matched = new TreeSet<>(expected);
        matched.retainAll(found);
        if (errors != null) {
            expected.stream().filter(k -> !found.contains(k)).forEach(k -> errors.add("missed     " + k));
            found.stream().filter(k -> !expected.contains(k)).forEach(k -> errors.add("unexpected " + k));
        }
        return new ScoreRow(measure, expected.size(), found.size(), matched.size());
    }

    private static Set<String> keys(List<Item> items, Predicate<Item> scope, Function<Item, String> key) {
        Set<String> out = new TreeSet<>();
        items.stream().filter(scope).map(key).forEach(out::add);
        return out;
    }
}
