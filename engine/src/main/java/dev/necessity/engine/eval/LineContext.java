package dev.necessity.engine.eval;

import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a criterion is evaluated for: the case, the service line and, for an add-on, its primary's outcome. */
public record LineContext(CaseFacts facts, ServiceLine line, LineOutcome primaryOutcome, ServiceLine primaryLine) {

    /** Levels requested on this line, or on its primary line for an add-on that names none. */
    public List<SpinalLevel> requestedLevels() {
        if (!line.levels().isEmpty() || primaryLine == null) {
            return line.levels();
        }
        return primaryLine.levels();
    }

    private static final Pattern SIDE_WORD = Pattern.compile("(?i)\\b(right|left|rt|lt|bilateral)\\b");
    /** ICD-10-CM knee osteoarthritis by side: M17.11 right, M17.12 left (primary, post-traumatic M17.3x, secondary M17.5x). */
    private static final Pattern KNEE_OA_CODE = Pattern.compile("(?i)^M17\\.?[135]([12])$");

    /**
     * The side the service is for ("left" or "right"): named in the line's description ("Total knee arthroplasty, right"),
     * or its primary's, else by a diagnosis code that has a side (M17.11, M17.12); empty when none says, or both sides do.
     */
    public Optional<String> requestedSide() {
        java.util.Set<String> sides = new java.util.TreeSet<>();
        for (ServiceLine l : primaryLine == null ? List.of(line) : List.of(line, primaryLine)) {
            Matcher m = SIDE_WORD.matcher(l.description() == null ? "" : l.description());
            while (m.find()) {
                sides.add(side(m.group(1)));
            }
        }
        if (sides.isEmpty()) {
            for (var d : facts.request().diagnoses()) {
                Matcher m = KNEE_OA_CODE.matcher(d.code() == null ? "" : d.code().trim());
                if (m.matches()) {
                    sides.add(m.group(1).equals("1") ? "right" : "left");
                }
            }
        }
        return sides.size() == 1 && !sides.contains("bilateral") ? Optional.of(sides.iterator().next()) : Optional.empty();
    }

    /**
     * The side of the patient's radicular pain: the requested side when the request names one, else the side of the most
     * recent radicular-pain mention that names one (by the date it speaks for, then its place in its record, so the last
     * visit of a printed series speaks last); empty when none names a side, or the most recent names both. A mention that
     * is negated, uncertain or historical ("R leg pain resolved") does not count.
     */
    public Optional<String> symptomaticSide() {
        Optional<String> requested = requestedSide();
        if (requested.isPresent()) {
            return requested;
        }
        java.util.Comparator<Finding> order = java.util.Comparator.comparing((Finding f) -> facts.dateOf(f).orElse(LocalDate.MIN))
                .thenComparing(Finding::document).thenComparingInt(f -> f.span().start());
        return facts.ofType(FindingTypes.SYMPTOM).stream()
                .filter(f -> "radiculopathy".equals(f.string("kind").orElse("")) && f.asserted() && !f.historical())
                .filter(f -> f.string("side").isPresent() && facts.dateOf(f).isPresent())
                .max(order).map(f -> f.string("side").orElseThrow()).filter(s -> s.equals("left") || s.equals("right"));
    }

    private static String side(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("r") ? "right" : w.startsWith("l") ? "left" : "bilateral";
    }
}
