package dev.necessity.engine.eval;

import dev.necessity.engine.Status;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conservative care long enough, within the look-back window. Planned or recommended care never
 * counts; "not tolerated" is reported and, unless the policy says otherwise, does not satisfy the test.
 */
final class CareDurationEvaluator {
    private final LineContext ctx;

    CareDurationEvaluator(LineContext ctx) {
        this.ctx = ctx;
    }

    Verdict evaluate(Predicate.CareDuration care) {
        String what = care.label() != null ? care.label() : care.kinds().get(0).replace('_', ' ');
        String window = care.withinMonths() == null ? "" : " within " + care.withinMonths() + " months of the request";
        List<Finding> done = ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(Finding::asserted)
                .filter(f -> !"planned".equals(f.string("status").orElse("")))
                .filter(f -> inWindow(f, care.withinMonths()))
                .toList();
        if (done.isEmpty()) {
            return Verdict.of(Status.NOT_DOCUMENTED, "No completed " + what + " is documented" + window + planned(care) + ".");
        }
        CareEpisode episode = CareEpisode.of(care.kinds().get(0), done, ctx.facts());
        String minimum = "at least " + number(care.minWeeks()) + " weeks required";
        if (!episode.hasDuration()) {
            return new Verdict(Status.NOT_DOCUMENTED, capital(what) + " is mentioned but its dates or duration are not documented ("
                    + Phrases.quotes(done) + "); " + minimum + ".", Phrases.evidence(done));
        }
        if (episode.weeks() >= care.minWeeks() && !(episode.notTolerated() && care.notToleratedWaives())) {
            return new Verdict(Status.MET, describe(episode, what, care.label() == null) + ", meeting the " + number(care.minWeeks())
                    + "-week minimum.", Phrases.evidence(done));
        }
        if (episode.weeks() >= care.minWeeks()) {
            return new Verdict(Status.MET, describe(episode, what, care.label() == null) + ".", Phrases.evidence(done));
        }
        List<String> parts = new ArrayList<>();
        parts.add(describe(episode, what, care.label() == null) + ", against " + minimum);
        if (episode.noShows() > 0) {
            parts.add(Phrases.plural(episode.noShows(), "scheduled visit was", "scheduled visits were") + " missed");
        }
        if (episode.discharged()) {
            parts.add("the patient was discharged from " + what);
        }
        String rationale = String.join("; ", parts) + ".";
        if (episode.notTolerated() && !care.notToleratedWaives()) {
            rationale += " The record says the " + what + " was not tolerated; that does not waive the requirement unless"
                    + " an alternative (aquatic, modified or pain-controlled programme) is documented as tried or contraindicated.";
        }
        return new Verdict(Status.NOT_MET, rationale, Phrases.evidence(done));
    }

    private String planned(Predicate.CareDuration care) {
        List<Finding> plans = ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(f -> "planned".equals(f.string("status").orElse(""))).toList();
        return plans.isEmpty() ? "" : " (it is only planned or recommended: " + Phrases.quotes(plans) + ")";
    }

    /** Visits are counted only for one kind of therapy; mixed kinds (a label) give dates, not visits. */
    private static String describe(CareEpisode e, String what, boolean countVisits) {
        if (e.dates().isEmpty()) {
            return capital(what) + " for " + number(e.statedWeeks()) + " weeks as stated";
        }
        String visits = countVisits && e.visits() > 0 ? Phrases.plural(e.visits(), what + " visit", what + " visits") + " documented" : capital(what) + " documented";
        String span = e.dates().size() == 1 ? " (" + Phrases.date(e.dates().first()) + ")"
                : " (" + Phrases.date(e.dates().first()) + " to " + Phrases.date(e.dates().last()) + ")";
        return capital(visits) + span + ", " + number(Math.round(e.weeks() * 10) / 10.0) + " weeks from first to last documented date"
                + (e.statedWeeks() > e.spanWeeks() ? " (duration as stated in the record)" : "");
    }

    private boolean inWindow(Finding f, Integer months) {
        if (months == null) {
            return true;
        }
        Optional<LocalDate> d = ctx.facts().dateOf(f);
        if (CareEpisode.ongoingSince(f)) {
            // Started before the window but still going on when a note in the window was written.
            d = ctx.facts().document(f.document()).map(dev.necessity.model.ClinicalDocument::date).or(() -> ctx.facts().dateOf(f));
        }
        LocalDate from = ctx.facts().requestDate().minusMonths(months);
        return d.map(x -> !x.isBefore(from)).orElse(true);
    }

    private static String number(double d) {
        return d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
