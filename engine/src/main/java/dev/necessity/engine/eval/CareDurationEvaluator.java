package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conservative care long enough, within the look-back window. Planned or recommended care never
 * counts; "not tolerated" is reported and, unless the policy says otherwise, does not satisfy the test.
 * When no care of the listed kinds was done and the record denies every one of them ("No physical
 * therapy to date" for physical or aquatic therapy), the criterion is NOT_MET; silence about any of
 * them leaves it NOT_DOCUMENTED, so "takes no pain medication" alone does not answer a test that
 * physical therapy or an injection would also satisfy.
 */
final class CareDurationEvaluator {
    /** Kinds that a denial of another kind denies too: aquatic therapy is physical therapy given in a pool. */
    private static final Map<String, List<String>> ALSO_DENIES = Map.of("physical_therapy", List.of("aquatic_therapy"));

    private final LineContext ctx;

    CareDurationEvaluator(LineContext ctx) {
        this.ctx = ctx;
    }

    Verdict evaluate(Predicate.CareDuration care) {
        String window = care.withinMonths() == null ? "" : " within " + care.withinMonths() + " months of the request";
        List<Finding> done = ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(Finding::asserted)
                .filter(f -> !"planned".equals(f.string("status").orElse("")))
                .filter(f -> inWindow(f, care.withinMonths()))
                .toList();
        Optional<SymptomBound> bound = SymptomBound.of(ctx.facts()).filter(b -> b.weeks() < care.minWeeks());
        List<Finding> unknown = unknownDates(care);
        if (done.isEmpty()) {
            String any = care.label() != null ? care.label() : care.kinds().get(0).replace('_', ' ');
            String none = "No completed " + any + " is documented" + window + planned(care);
            if (bound.isPresent()) {
                return cannotFit(none, bound.get(), care, List.of());
            }
            List<Finding> denied = denied(care);
            if (!denied.isEmpty()) {
                return new Verdict(Status.NOT_MET, none + "; the record documents its absence (" + Phrases.quotes(denied) + ").",
                        Phrases.evidence(denied));
            }
            if (!unknown.isEmpty()) {
                List<String> unknownKinds = kindsOf(care, unknown);
                return new Verdict(Status.NOT_DOCUMENTED, capital(name(care, unknownKinds))
                        + (care.label() == null && unknownKinds.size() > 1 ? " are" : " is") + " reported with unknown dates or duration ("
                        + Phrases.quotes(unknown) + ")" + planned(care) + "; " + "at least " + number(care.minWeeks()) + " weeks required.",
                        Phrases.evidence(unknown));
            }
            return Verdict.of(Status.NOT_DOCUMENTED, none + ".");
        }
        // Named after the kinds the record documents, not the first the policy lists: medication alone is not therapy visits.
        List<String> kinds = kindsOf(care, done);
        String what = name(care, kinds);
        boolean oneKind = care.label() == null && kinds.size() == 1;
        CareEpisode episode = CareEpisode.of(String.join(",", kinds), done, ctx.facts());
        // minWeeks 0: the care need only be shown to have taken place (dated visits or a stated length), as formal therapy must.
        String minimum = care.minWeeks() == 0 ? "dated visits or a stated length are required to show it took place"
                : "at least " + number(care.minWeeks()) + " weeks required";
        if (!episode.hasDuration()) {
            String mentioned = care.label() == null && kinds.size() > 1 ? " are mentioned but their" : " is mentioned but its";
            String undated = capital(what) + mentioned + " dates or duration are not documented (" + Phrases.quotes(done) + ")";
            if (bound.isPresent()) {
                return cannotFit(undated, bound.get(), care, done);
            }
            return new Verdict(Status.NOT_DOCUMENTED, undated + "; " + minimum + ".", Phrases.evidence(done));
        }
        if (episode.weeks() >= care.minWeeks() && !(episode.notTolerated() && care.notToleratedWaives())) {
            return new Verdict(Status.MET, describe(episode, what, oneKind) + (care.minWeeks() == 0 ? "." : ", meeting the "
                    + number(care.minWeeks()) + "-week minimum."), Phrases.evidence(done));
        }
        if (episode.weeks() >= care.minWeeks()) {
            return new Verdict(Status.MET, describe(episode, what, oneKind) + ".", Phrases.evidence(done));
        }
        if (bound.isPresent()) {
            return cannotFit(describe(episode, what, oneKind), bound.get(), care, done);
        }
        if (!unknown.isEmpty()) {
            // Care of unknown dates may be the rest of the course: the shortfall is not shown.
            List<Finding> all = new ArrayList<>(done);
            all.addAll(unknown);
            String documented = episode.openEnded() ? capital(what) + " documented on one date (" + Phrases.date(episode.dates().first()) + ")"
                    : describe(episode, what, oneKind);
            return new Verdict(Status.NOT_DOCUMENTED, documented + ", against " + minimum + "; "
                    + unknownClause(care, unknown) + ", so how long the care lasted is not documented.", Phrases.evidence(all));
        }
        if (episode.openEnded()) {
            LocalDate start = episode.dates().first();
            long before = java.time.temporal.ChronoUnit.DAYS.between(start, ctx.facts().requestDate());
            if (episode.startsOnly() && before / 7.0 < care.minWeeks()) {
                return new Verdict(Status.NOT_MET, capital(what) + " started " + Phrases.date(start) + ", " + number(Math.round(before / 7.0 * 10) / 10.0)
                        + " weeks before the request; " + minimum + " cannot fit.", Phrases.evidence(done));
            }
            String oneDate = episode.visits() > 1
                    ? capital(what) + ": " + episode.visits() + " visits documented, only one of them dated (" + Phrases.date(start) + "),"
                    : capital(what) + " is documented on one date (" + Phrases.date(start) + ")";
            return new Verdict(Status.NOT_DOCUMENTED, oneDate + " and how long it lasted is not documented; " + minimum + ".",
                    Phrases.evidence(done));
        }
        List<String> parts = new ArrayList<>();
        parts.add(describe(episode, what, oneKind) + ", against " + minimum);
        if (episode.noShows() > 0) {
            parts.add(Phrases.plural(episode.noShows(), "scheduled visit was", "scheduled visits were") + " missed");
        }
        if (episode.discharged()) {
            parts.add("the patient was discharged from " + name(care, kindsOf(care, done.stream()
                    .filter(f -> "discharged".equals(f.string("status").orElse(""))).toList())));
        }
        String rationale = String.join("; ", parts) + ".";
        if (episode.notTolerated() && !care.notToleratedWaives()) {
            String stopped = name(care, kindsOf(care, done.stream().filter(f -> "not_tolerated".equals(f.string("tolerance").orElse(""))).toList()));
            rationale += " The record says the " + stopped + " was not tolerated; that does not waive the requirement unless"
                    + " an alternative (aquatic, modified or pain-controlled programme) is documented as tried or contraindicated.";
        }
        return new Verdict(Status.NOT_MET, rationale, Phrases.evidence(done));
    }

    /** Short care, or none, cannot be made good when the symptoms began too recently to hold the weeks required. */
    private Verdict cannotFit(String documented, SymptomBound bound, Predicate.CareDuration care, List<Finding> done) {
        List<Finding> all = new ArrayList<>(done);
        all.addAll(bound.findings());
        return new Verdict(Status.NOT_MET, documented + "; the symptoms began about " + number(Math.round(bound.weeks() * 10) / 10.0)
                + " weeks before the request (" + Phrases.quotes(bound.findings()) + "), so at least " + number(care.minWeeks())
                + " weeks of care cannot fit.", Phrases.evidence(all));
    }

    /** Care of the listed kinds the record reports with unknown dates or duration ("unsure of the dates"), not planned. */
    private List<Finding> unknownDates(Predicate.CareDuration care) {
        return ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(f -> !f.negated() && Boolean.TRUE.equals(f.attr("datesUnknown").orElse(null)))
                .filter(f -> !"planned".equals(f.string("status").orElse("")))
                .toList();
    }

    private static String unknownClause(Predicate.CareDuration care, List<Finding> unknown) {
        List<String> kinds = kindsOf(care, unknown);
        return name(care, kinds) + (care.label() == null && kinds.size() > 1 ? " are" : " is")
                + " also reported with unknown dates or duration (" + Phrases.quotes(unknown) + ")";
    }

    /**
     * The certain denials in the window ("No physical therapy to date"), not of a plan, when together
     * they deny every kind the criterion lists; otherwise none.
     */
    private List<Finding> denied(Predicate.CareDuration care) {
        List<Finding> denials = ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(f -> f.negated() && !f.uncertain())
                .filter(f -> !"planned".equals(f.string("status").orElse("")))
                .filter(f -> inWindow(f, care.withinMonths()))
                .toList();
        Set<String> deniedKinds = new HashSet<>();
        for (Finding f : denials) {
            String kind = f.string("kind").orElseThrow();
            deniedKinds.add(kind);
            deniedKinds.addAll(ALSO_DENIES.getOrDefault(kind, List.of()));
        }
        return deniedKinds.containsAll(care.kinds()) ? denials : List.of();
    }

    private String planned(Predicate.CareDuration care) {
        List<Finding> plans = ctx.facts().ofType(FindingTypes.THERAPY).stream()
                .filter(f -> care.kinds().contains(f.string("kind").orElse("")))
                .filter(f -> "planned".equals(f.string("status").orElse(""))).toList();
        return plans.isEmpty() ? "" : " (it is only planned or recommended: " + Phrases.quotes(plans) + ")";
    }

    /** The policy's kinds that these findings report, in the policy's order. */
    private static List<String> kindsOf(Predicate.CareDuration care, List<Finding> findings) {
        return care.kinds().stream().filter(k -> findings.stream().anyMatch(f -> k.equals(f.string("kind").orElse("")))).toList();
    }

    /** The policy's label for mixed care, else the documented kinds ("physical therapy and medication"). */
    private static String name(Predicate.CareDuration care, List<String> kinds) {
        return care.label() != null ? care.label() : Phrases.join(kinds.stream().map(k -> k.replace('_', ' ')).toList());
    }

    /** Visits are counted only for one kind of therapy; mixed kinds give dates, not visits. */
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
