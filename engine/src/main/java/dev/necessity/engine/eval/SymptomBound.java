package dev.necessity.engine.eval;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How long before the request the presenting symptoms began, when the record states it: care for
 * them cannot have lasted longer. Back or leg pain "for two weeks" cannot contain 6 weeks of failed
 * conservative care.
 *
 * <p>Read from the current (asserted, not historical) pain symptoms: radicular pain, neurogenic
 * claudication, axial, arm and knee pain. Each finding's onset is its own {@code onset} date, else
 * its document's date less its {@code durationWeeks}; each kind began at the earliest onset stated
 * for it, and the bound is the earliest of all kinds, since care may have begun with any of them.
 * The bound exists only when every pain kind the record mentions has a stated onset or duration
 * somewhere, and none is called chronic or long-standing: a kind whose start is not stated may be
 * older than any stated one.
 */
record SymptomBound(double weeks, List<Finding> findings) {

    static final Set<String> PAIN = Set.of("radiculopathy", "neurogenic_claudication", "axial_pain", "arm_pain", "knee_pain");
    private static final Pattern CHRONIC = Pattern.compile("(?i)\\b(?:chronic|long-?standing|recurrent|flare|years)\\b");

    static Optional<SymptomBound> of(CaseFacts facts) {
        Map<String, Double> earliest = new LinkedHashMap<>();
        Map<String, Finding> setBy = new LinkedHashMap<>();
        Set<String> kinds = new java.util.HashSet<>();
        for (Finding f : facts.ofType(FindingTypes.SYMPTOM)) {
            String kind = f.string("kind").orElse("");
            if (!PAIN.contains(kind) || !f.asserted() || f.historical()) {
                continue;
            }
            if (CHRONIC.matcher(f.quote()).find()) {
                return Optional.empty();
            }
            kinds.add(kind);
            Optional<LocalDate> onset = onset(f, facts);
            if (onset.isEmpty()) {
                continue;
            }
            double weeks = ChronoUnit.DAYS.between(onset.get(), facts.requestDate()) / 7.0;
            if (!earliest.containsKey(kind) || weeks > earliest.get(kind)) {
                earliest.put(kind, weeks);
                setBy.put(kind, f);
            }
        }
        if (kinds.isEmpty() || !earliest.keySet().containsAll(kinds)) {
            return Optional.empty();
        }
        double weeks = earliest.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Finding> by = new ArrayList<>(setBy.values());
        return Optional.of(new SymptomBound(weeks, by));
    }

    /** The date the symptom began: stated, else the document's date less the stated duration. */
    private static Optional<LocalDate> onset(Finding f, CaseFacts facts) {
        Optional<LocalDate> stated = f.date("onset");
        if (stated.isPresent()) {
            return stated;
        }
        Optional<Double> weeks = f.number("durationWeeks");
        Optional<LocalDate> written = facts.documentDate(f);
        if (weeks.isEmpty() || written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(written.get().minusDays(Math.round(weeks.get() * 7)));
    }
}
