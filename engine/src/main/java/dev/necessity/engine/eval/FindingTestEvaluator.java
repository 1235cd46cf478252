package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Severity;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tests for a finding. MET when an asserted finding satisfies every condition; NOT_MET when the
 * record answers the question otherwise (a lower grade, a denial, or a report that covers the level
 * and is silent, where the policy says silence counts); NOT_DOCUMENTED when it does not answer it.
 */
final class FindingTestEvaluator {
    private final LineContext ctx;

    /** A comparison attribute every finding has: the date it speaks for ({@link CaseFacts#dateOf}). */
    static final String RECORD_DATE = "recordDate";

    FindingTestEvaluator(LineContext ctx) {
        this.ctx = ctx;
    }

    Verdict evaluate(Predicate.FindingTest test) {
        Verdict present = evaluatePresent(test);
        if (!test.expectAbsent()) {
            return present;
        }
        return switch (present.status()) {
            case MET -> new Verdict(Status.NOT_MET, present.rationale(), present.evidence());
            case NOT_MET -> new Verdict(Status.MET, present.rationale(), present.evidence());
            default -> present;
        };
    }

    private Verdict evaluatePresent(Predicate.FindingTest test) {
        String side = switch (test.side()) {
            case ANY -> null;
            case REQUESTED -> ctx.requestedSide().orElse(null);
            case SYMPTOMATIC -> ctx.symptomaticSide().orElse(null);
        };
        FindingScope scope = new FindingScope(test, ctx.facts(), ctx.requestedLevels(), side);
        Corrections corrections = new Corrections(ctx.facts());
        Map<Finding, List<Finding>> superseded = new LinkedHashMap<>();
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : scope.candidates()) {
            corrections.correcting(f).ifPresentOrElse(c -> superseded.computeIfAbsent(c, k -> new ArrayList<>()).add(f), () -> candidates.add(f));
        }
        Verdict verdict = test.latest()
                ? new LatestMentions(ctx.facts(), found -> judgeByLevel(test, scope, found)).judge(candidates)
                : judgeByLevel(test, scope, candidates);
        return superseded.isEmpty() ? verdict : corrected(verdict, superseded);
    }

    /** The verdict, saying which statements a later correction of the chart set aside, and quoting the correction. */
    private static Verdict corrected(Verdict verdict, Map<Finding, List<Finding>> superseded) {
        StringBuilder why = new StringBuilder(Phrases.sentence(verdict.rationale()));
        List<Finding> quoted = new ArrayList<>();
        superseded.forEach((correction, earlier) -> {
            why.append(" Set aside as corrected: ").append(Phrases.quotes(earlier)).append(" (")
                    .append(earlier.stream().map(Finding::document).distinct().collect(java.util.stream.Collectors.joining(", ")))
                    .append("), corrected in ").append(correction.document()).append(": ").append(Phrases.quotes(List.of(correction))).append('.');
            quoted.addAll(earlier);
            quoted.add(correction);
        });
        return new Verdict(verdict.status(), why.toString(), Phrases.merge(List.of(verdict.evidence(), Phrases.evidence(quoted))));
    }

    private Verdict judgeByLevel(Predicate.FindingTest test, FindingScope scope, List<Finding> candidates) {
        List<SpinalLevel> levels = ctx.requestedLevels();
        boolean byLevel = test.levels() == Predicate.LevelScope.REQUESTED_EACH || test.levels() == Predicate.LevelScope.REQUESTED_ANY;
        if (!byLevel || levels.isEmpty()) {
            return judge(test, candidates, null, scope);
        }
        List<Verdict> perLevel = new ArrayList<>();
        for (SpinalLevel level : levels) {
            perLevel.add(judge(test, candidates.stream().filter(f -> FindingScope.at(f, level)).toList(), level, scope));
        }
        return test.levels() == Predicate.LevelScope.REQUESTED_EACH ? LevelVerdicts.each(perLevel) : LevelVerdicts.any(perLevel);
    }

    private Verdict judge(Predicate.FindingTest test, List<Finding> candidates, SpinalLevel level, FindingScope scope) {
        String where = level == null ? "" : " at " + level;
        // A red flag is a present danger: one the record places in the past ("cellulitis of the left leg in 2019,
        // fully resolved", "history of a wrist fracture") is over, and neither shows nor leaves unsettled a current one.
        List<Finding> over = FindingTypes.RED_FLAG.equals(test.type())
                ? candidates.stream().filter(f -> f.asserted() && f.historical()).toList() : List.of();
        List<Finding> inScope = over.isEmpty() ? candidates : candidates.stream().filter(f -> !over.contains(f)).toList();
        if (test.count() != null) {
            return counted(test, inScope, where);
        }
        List<Finding> satisfied = inScope.stream().filter(Finding::asserted).filter(f -> satisfies(test, f)).toList();
        Optional<Verdict> outranked = outrankedByTheReport(test, inScope, satisfied, where);
        if (outranked.isPresent()) {
            return outranked.get();
        }
        if (!satisfied.isEmpty()) {
            return new Verdict(Status.MET, "Documented" + where + ": " + Phrases.quotes(satisfied) + reportedIn(satisfied) + ".",
                    Phrases.evidence(satisfied));
        }
        Optional<Verdict> persisted = persistence(test, inScope, where);
        if (persisted.isPresent()) {
            return persisted.get();
        }
        Optional<LocalDate> lastTold = lastToldSymptom(inScope);
        List<Finding> answering = inScope.stream().filter(f -> answers(test, f)).filter(f -> !deniedBeforeItWasTold(f, lastTold)).toList();
        // A denial answers for what it names: with "No home exercise program" beside "no PT records received" (therapy
        // uncertain), physical therapy or a home programme is unknown, not absent.
        // So does a red flag a note raises uncertainly beside its own denial: "?early superficial infection ...; cannot
        // exclude early cellulitis. No signs of deep infection" leaves an infection open, whatever the denial names. (A
        // denial of care the note also hedges, "No PT ... no PT records received", still settles it: care is a history,
        // a red flag a diagnosis still being made.) A red flag raised as an open question in a record written after every
        // record that denies it unsettles the denials the same way: "No current infections" in October, then in November
        // "Can't tell by phone if this is infected or just slow healing" (a record that also denies it is judged whole).
        boolean redFlag = FindingTypes.RED_FLAG.equals(test.type());
        List<Finding> hedgedElse = answering.isEmpty() || !answering.stream().allMatch(Finding::negated) ? List.of()
                : inScope.stream().filter(f -> f.uncertain() && !f.negated()).filter(f -> satisfies(test, f))
                        .filter(h -> answering.stream().noneMatch(d -> sameWhereValues(test, d, h))
                                || redFlag && (answering.stream().allMatch(d -> d.document().equals(h.document()))
                                        || answering.stream().allMatch(d -> toldLater(h, d)))).toList();
        if (!hedgedElse.isEmpty()) {
            return new Verdict(Status.NOT_DOCUMENTED, "Only an uncertain mention" + where + ": " + Phrases.quotes(hedgedElse)
                    + "; the record denies something else the criterion accepts (" + Phrases.quotes(answering) + ").",
                    Phrases.merge(List.of(Phrases.evidence(hedgedElse), Phrases.evidence(answering))));
        }
        // Narrowing reported without a grade ("narrowing of the central canal and both lateral recesses") where nothing
        // grades or denies that location ("Foramina patent" is another) may be moderate: the grade is not documented.
        // Only while the canal itself is ungraded: a central canal graded below the threshold ("mild to moderate central
        // canal stenosis. Left lateral recess narrowing with compression of the L5 root") is the report's grade of the level.
        boolean canalGraded = answering.stream().anyMatch(a -> !a.negated() && "central".equals(a.string("location").orElse("")));
        List<Finding> gradeless = test.minSeverity() == null || answering.isEmpty() || canalGraded ? List.of()
                : inScope.stream().filter(Finding::asserted).filter(f -> !f.severity().isGraded())
                        .filter(f -> NARROWING.matcher(f.quote()).find())
                        .filter(u -> answering.stream().noneMatch(a -> sameLocation(a, u))).toList();
        if (!gradeless.isEmpty()) {
            return new Verdict(Status.NOT_DOCUMENTED, "Reported without a grade" + where + ": " + Phrases.quotes(gradeless)
                    + "; what is graded (" + Phrases.quotes(answering) + ") is another location, so whether it reaches "
                    + test.minSeverity() + " is not documented.", Phrases.merge(List.of(Phrases.evidence(gradeless), Phrases.evidence(answering))));
        }
        if (!answering.isEmpty()) {
            List<Finding> shown = decisive(test, answering);
            String rationale = notMet(test, shown, where);
            return new Verdict(Status.NOT_MET, rationale.substring(0, rationale.length() - 1) + reportedIn(shown) + ".", Phrases.evidence(shown));
        }
        // A hedged mention of what the test asks for ("questionable small protrusion", "contact ... cannot be
        // excluded") is not silence: the report raised it and did not settle it, so "the report describes the
        // level" does not make it NOT_MET. A hedge about something else ("questionable contact" for compression) is.
        List<Finding> hedgedAnswer = inScope.stream().filter(Finding::uncertain).filter(f -> satisfies(test, f)).toList();
        if (!hedgedAnswer.isEmpty()) {
            return new Verdict(Status.NOT_DOCUMENTED, "Only an uncertain mention" + where + ": " + Phrases.quotes(hedgedAnswer)
                    + "; an uncertain finding is not counted.", Phrases.evidence(hedgedAnswer));
        }
        if (level != null && test.silence() == Predicate.Silence.NOT_MET_IF_LEVEL_REPORTED) {
            FindingScope.LevelView view = scope.view(level);
            if (view.reported()) {
                return Verdict.of(Status.NOT_MET, "The report describes " + level + " and does not report it.");
            }
            List<Finding> limited = view.whereViewLimited();
            if (!limited.isEmpty()) {
                return new Verdict(Status.NOT_DOCUMENTED, "The report describes " + level + " (" + Phrases.quotes(limited)
                        + ") but calls its own view there limited (motion, artefact or a degraded sequence), so its silence on it"
                        + " is not evidence of absence.", Phrases.evidence(limited));
            }
        }
        List<Finding> hedged = inScope.stream().filter(Finding::uncertain).toList();
        if (!hedged.isEmpty()) {
            return new Verdict(Status.NOT_DOCUMENTED, "Only an uncertain mention" + where + ": " + Phrases.quotes(hedged)
                    + "; an uncertain finding is not counted.", Phrases.evidence(hedged));
        }
        List<Finding> ungraded = inScope.stream().filter(Finding::asserted).toList();
        if (!ungraded.isEmpty()) {
            return new Verdict(Status.NOT_DOCUMENTED, "Mentioned" + where + " without what the criterion needs ("
                    + conditions(test) + "): " + Phrases.quotes(ungraded) + ".", Phrases.evidence(ungraded));
        }
        List<Finding> past = over.stream().filter(f -> satisfies(test, f)).toList();
        if (!past.isEmpty()) {
            return new Verdict(Status.NOT_MET, "Only in the past" + where + ": " + Phrases.quotes(past) + reportedIn(past)
                    + "; a red flag that is over is not present now.", Phrases.evidence(past));
        }
        if (test.silence() == Predicate.Silence.ABSENT) {
            return Verdict.of(Status.NOT_MET, "The record never mentions it" + where
                    + "; the policy counts that silence as its absence.");
        }
        if (!scope.hasDocuments()) {
            return Verdict.of(Status.NOT_DOCUMENTED, "The case holds no " + scope.documentKinds() + " to show it" + where + ".");
        }
        return Verdict.of(Status.NOT_DOCUMENTED, "The record does not document it" + where + ".");
    }

    /**
     * Where imaging quoted from a clinic note, letter or ED note was reported, so a reviewer knows the
     * radiologist's own report is not in the record: " (imaging reported in the clinic note a.txt)".
     */
    private String reportedIn(List<Finding> shown) {
        List<String> documents = shown.stream().filter(FindingScope::reportsImaging).map(Finding::document).distinct()
                .map(d -> ctx.facts().document(d).map(doc -> kind(doc.type()) + " ").orElse("") + d).toList();
        return documents.isEmpty() ? "" : " (imaging reported in the " + Phrases.join(documents) + ")";
    }

    private static String kind(dev.necessity.model.DocumentType type) {
        return switch (type) {
            case CLINICAL_NOTE -> "clinic note";
            case LAB -> "lab report";
            case OTHER -> "document";
            default -> type.wireName().replace('-', ' ');
        };
    }

    /**
     * The findings worth quoting for a NOT_MET: with a grade threshold, those at the highest grade
     * documented (the closest the record comes); denials only when nothing was graded.
     */
    private static List<Finding> decisive(Predicate.FindingTest test, List<Finding> answering) {
        List<Finding> graded = answering.stream().filter(f -> !f.negated()).toList();
        if (test.minSeverity() == null || graded.isEmpty()) {
            return answering;
        }
        Severity highest = graded.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
        return graded.stream().filter(f -> f.severity() == highest).toList();
    }

    /**
     * Counts distinct occurrences. Mentions dated to the day are one occurrence per date. A mention dated
     * only to a month or year is one more only when no day-dated mention falls in that period ("two
     * TFESIs in 2026" re-tells the dated ones). An undated mention, where dated ones exist, may re-tell one
     * of them or be another: when the answer depends on which, the test is NOT_DOCUMENTED and says that
     * their dates would settle it. With nothing dated, each undated mention (per document and place) counts.
     */
    private Verdict counted(Predicate.FindingTest test, List<Finding> inScope, String where) {
        List<Finding> occurrences = inScope.stream().filter(Finding::asserted).filter(f -> satisfies(test, f)).toList();
        Map<String, Finding> days = new LinkedHashMap<>();
        Map<String, Finding> periods = new LinkedHashMap<>();
        Map<String, Finding> undated = new LinkedHashMap<>();
        for (Finding f : occurrences) {
            Optional<LocalDate> own = ctx.facts().ownDate(f);
            String precision = f.string("datePrecision").orElse("day");
            if (own.isEmpty()) {
                undated.putIfAbsent(f.document() + "@" + f.span().start(), f);
            } else if (precision.equals("day")) {
                days.putIfAbsent(own.get().toString(), f);
            } else {
                String period = precision.equals("year") ? String.valueOf(own.get().getYear()) : own.get().toString().substring(0, 7);
                periods.putIfAbsent(period, f);
            }
        }
        // A period some day-dated mention falls in (its date starts with the period): every prefix of every day, looked up.
        java.util.Set<String> dayPrefixes = new java.util.HashSet<>();
        days.keySet().forEach(day -> {
            for (int end = 0; end <= day.length(); end++) {
                dayPrefixes.add(day.substring(0, end));
            }
        });
        periods.keySet().removeIf(dayPrefixes::contains);
        List<Finding> distinct = new ArrayList<>(days.values());
        distinct.addAll(periods.values());
        // An undated mention a record's own count accounts for ("only one epidural injection in the past twelve
        // months", one dated) re-tells a dated one, or is older than a period that covers this test's window.
        Map<Finding, List<Finding>> retold = new LinkedHashMap<>();
        if (!distinct.isEmpty() && !undated.isEmpty()) {
            StatedTotals totals = new StatedTotals(ctx.facts());
            LocalDate windowStart = test.withinMonths() == null ? null : ctx.facts().requestDate().minusMonths(test.withinMonths());
            undated.values().removeIf(f -> totals.accounting(f, occurrences, windowStart)
                    .map(statement -> retold.computeIfAbsent(statement, k -> new ArrayList<>()).add(f)).orElse(false));
        }
        boolean anyDated = !distinct.isEmpty();
        int sure = distinct.size() + (anyDated ? 0 : undated.size());
        int possible = distinct.size() + undated.size();
        if (!anyDated) {
            distinct.addAll(undated.values());
        }
        String window = test.withinMonths() == null ? "" : " within " + test.withinMonths() + " months of the request";
        String rationale = Phrases.plural(sure, "occurrence", "occurrences") + " documented" + where + window
                + " (" + test.count().describe() + " allowed)" + (sure == 0 ? "." : ": " + Phrases.quotes(distinct) + ".");
        if (!retold.isEmpty()) {
            rationale += StatedTotals.retellings(retold).stream().map(r -> " " + Phrases.capitalise(r) + ".")
                    .collect(java.util.stream.Collectors.joining());
        }
        List<Finding> quoted = Stream.concat(distinct.stream(), retold.keySet().stream()).toList();
        if (test.count().test(sure) == test.count().test(possible)) {
            return new Verdict(test.count().test(sure) ? Status.MET : Status.NOT_MET, rationale, Phrases.evidence(quoted));
        }
        List<Finding> open = List.copyOf(undated.values());
        return new Verdict(Status.NOT_DOCUMENTED, rationale + " " + Phrases.capitalise(Phrases.quotes(open))
                + (open.size() == 1 ? ", undated, may re-tell one of these or be another" : ", undated, may re-tell these or be others")
                + ", and the answer depends on it: " + (open.size() == 1 ? "its date" : "their dates") + " would settle it.",
                Phrases.evidence(Stream.concat(quoted.stream(), open.stream()).toList()));
    }

    /** How long before a note a radiologist's report still speaks for the study the note recounts. */
    private static final int REPORT_GOVERNS_DAYS = 90;

    /**
     * A grade only recounted outside the radiologist's report ("bone-on-bone" in a letter, or a pre-operative note's
     * copied-forward text) against the report's own lower grade ("Kellgren-Lawrence grade 2"), the report dated within
     * {@link #REPORT_GOVERNS_DAYS} days before the recounting record or after it: the report decides, and the trace says
     * what it set aside. A grade the report gives, or one with no report to weigh it against, stands. Only for what is read
     * off the images ({@link FindingTypes#READ_ON_IMAGES}): the history an indication line repeats ("leg pain x 3 wks", as
     * of the scan) outranks nothing a later note says of the pain.
     */
    private Optional<Verdict> outrankedByTheReport(Predicate.FindingTest test, List<Finding> inScope, List<Finding> satisfied, String where) {
        if (!FindingTypes.READ_ON_IMAGES.contains(test.type()) || satisfied.isEmpty() || satisfied.stream().anyMatch(this::inImagingReport)) {
            return Optional.empty();
        }
        List<Finding> reportGrades = inScope.stream().filter(Finding::asserted).filter(this::inImagingReport)
                .filter(f -> answers(test, f) && !satisfies(test, f))
                .filter(r -> satisfied.stream().allMatch(f -> speaksFor(r, f))).toList();
        if (reportGrades.isEmpty()) {
            return Optional.empty();
        }
        String recounted = satisfied.stream().map(Finding::document).distinct().collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(new Verdict(Status.NOT_MET, "The radiologist's report grades it" + where + " short of what the criterion needs ("
                + Phrases.quotes(reportGrades) + ", " + reportGrades.get(0).document() + "); the higher grade is only recounted in "
                + recounted + " (" + Phrases.quotes(satisfied) + "), which the report outranks.",
                Phrases.merge(List.of(Phrases.evidence(reportGrades), Phrases.evidence(satisfied)))));
    }

    private boolean inImagingReport(Finding f) {
        return ctx.facts().document(f.document()).map(d -> d.type() == dev.necessity.model.DocumentType.IMAGING).orElse(false);
    }

    /** The report {@code r} is dated no more than {@link #REPORT_GOVERNS_DAYS} days before the record of {@code f}, or after it. */
    private boolean speaksFor(Finding r, Finding f) {
        Optional<LocalDate> report = ctx.facts().documentDate(r);
        Optional<LocalDate> note = ctx.facts().documentDate(f);
        return report.isPresent() && note.isPresent() && !report.get().plusDays(REPORT_GOVERNS_DAYS).isBefore(note.get());
    }

    /** Whether two findings name the same values of every attribute the test's {@code where} lists ("kind"). */
    /**
     * Whether two findings agree on what the test selects by. A test that does not select by kind ("any red flag") still
     * tells kinds apart: a denied fever does not answer a hedged cancer history. A finding of no kind (a global "no red
     * flags") answers for every kind.
     */
    private static boolean sameWhereValues(Predicate.FindingTest test, Finding a, Finding b) {
        boolean sameKind = test.where().containsKey("kind") || a.string("kind").isEmpty() || b.string("kind").isEmpty()
                || a.string("kind").equals(b.string("kind"));
        return sameKind && test.where().keySet().stream().allMatch(k -> a.string(k).equals(b.string(k)));
    }

    private boolean satisfies(Predicate.FindingTest test, Finding f) {
        if (test.minSeverity() != null && !f.severity().atLeast(test.minSeverity())) {
            return false;
        }
        if (!test.require().entrySet().stream().allMatch(e -> f.string(e.getKey())
                .map(v -> e.getValue().stream().anyMatch(v::equalsIgnoreCase)).orElse(false))) {
            return false;
        }
        return test.compare().stream().allMatch(c -> compare(c, f).orElse(false));
    }

    /** Does this finding settle the question, even though it does not satisfy it? */
    /**
     * Words that name the narrowing itself ("narrowing of the central canal", "canal stenosis"), as opposed to its signs
     * ("indenting the ventral thecal sac"), which a report gives when there is little narrowing to grade.
     */
    private static final java.util.regex.Pattern NARROWING = java.util.regex.Pattern.compile("(?i)narrow|stenos");

    /**
     * A symptom's denial dated before a record that tells of it as present ("No back pain" in last year's EMG report, "NEW
     * PROBLEM - low back pain" in this month's note) was true then and says nothing about now. Symptoms only: what a
     * study showed is not undone by a later form's claim.
     */
    private boolean deniedBeforeItWasTold(Finding f, Optional<LocalDate> lastTold) {
        if (lastTold.isEmpty() || !f.negated() || !FindingTypes.SYMPTOM.equals(f.type())) {
            return false;
        }
        return ctx.facts().dateOf(f).map(denied -> lastTold.get().isAfter(denied)).orElse(false);
    }

    /** The latest date an asserted symptom among the findings is told on: found once per judgement, not once per denial. */
    private Optional<LocalDate> lastToldSymptom(List<Finding> inScope) {
        return inScope.stream().filter(Finding::asserted).filter(f -> FindingTypes.SYMPTOM.equals(f.type()))
                .map(a -> ctx.facts().dateOf(a)).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Whether a graded or denied finding speaks for the location of another: the same one, or none named (all of them). */
    private static boolean sameLocation(Finding answer, Finding other) {
        Optional<String> a = answer.string("location");
        return a.isEmpty() || a.equals(other.string("location"));
    }

    private boolean answers(Predicate.FindingTest test, Finding f) {
        if (f.uncertain()) {
            return false;
        }
        if (f.negated()) {
            // "No high-grade stenosis" says nothing about moderate; "no moderate or worse" does.
            Severity denied = f.severity();
            return test.minSeverity() == null || !denied.isGraded() || denied.ordinal() <= test.minSeverity().ordinal();
        }
        if (test.minSeverity() != null && !f.severity().isGraded()) {
            return false;
        }
        if (!test.require().keySet().stream().allMatch(a -> f.string(a).isPresent())) {
            return false;
        }
        // Another value of a required attribute settles it, whatever else the test compares ("current smoker" vs "former").
        if (test.require().entrySet().stream().anyMatch(e -> e.getValue().stream().noneMatch(f.string(e.getKey()).orElseThrow()::equalsIgnoreCase))) {
            // ...unless the test asks about a span of weeks before the request ("quit at least 6 weeks before") and the
            // other value was recorded before that span began: "Tobacco: Current" in May does not refute a quit in
            // July, so it does not answer whether there has been one.
            return test.compare().stream().filter(c -> c.weeksBeforeRequest() != null).findFirst()
                    .map(c -> ctx.facts().dateOf(f).map(d -> ChronoUnit.DAYS.between(d, ctx.facts().requestDate()) / 7.0 < c.weeksBeforeRequest())
                            .orElse(true))
                    .orElse(true);
        }
        // Comparisons are a conjunction: one that a stated value fails settles it, whatever the others lack ("relief
        // lasted about three weeks" answers "at least 50 % for at least 3 months" though no percentage is given).
        return test.compare().stream().allMatch(c -> compare(c, f).isPresent())
                || test.compare().stream().anyMatch(c -> compare(c, f).map(ok -> !ok).orElse(false));
    }

    /**
     * How long a symptom has been present, from the record itself: documented on one date and still on a
     * later one, it has lasted at least the weeks between ("L5 radicular pain" in the procedure note of
     * 02/04/2026 and in the follow-up of 03/20/2026). Only for a test whose sole comparison is a lower bound
     * on {@code durationWeeks}, and only when no mention states a duration that falls short of it and none denies
     * the symptom: a stated duration or a denial is never overridden.
     */
    private Optional<Verdict> persistence(Predicate.FindingTest test, List<Finding> inScope, String where) {
        if (test.compare().size() != 1 || !"durationWeeks".equals(test.compare().get(0).attribute())
                || !test.compare().get(0).op().startsWith(">")) {
            return Optional.empty();
        }
        Predicate.Comparison c = test.compare().get(0);
        List<Finding> present = inScope.stream().filter(Finding::asserted).filter(f -> !f.historical())
                .filter(f -> ctx.facts().documentDate(f).isPresent()).toList();
        if (present.stream().anyMatch(f -> f.number("durationWeeks").map(v -> !c.test(v, c.value())).orElse(false))
                || inScope.stream().anyMatch(f -> f.negated() && !f.uncertain() && !f.historical())) {
            // A stated shortfall, or a denial ("no radiation" in today's note), answers the question; the dates do not.
            return Optional.empty();
        }
        Optional<Finding> first = present.stream().min(Comparator.comparing(f -> ctx.facts().documentDate(f).orElseThrow()));
        Optional<Finding> last = present.stream().max(Comparator.comparing(f -> ctx.facts().documentDate(f).orElseThrow()));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = ctx.facts().documentDate(first.get()).orElseThrow();
        LocalDate to = ctx.facts().documentDate(last.get()).orElseThrow();
        double weeks = ChronoUnit.DAYS.between(from, to) / 7.0;
        if (!c.test(weeks, c.value())) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Status.MET, "Documented" + where + " on " + Phrases.date(from) + " (" + Phrases.quotes(List.of(first.get()))
                + ", " + first.get().document() + ") and still on " + Phrases.date(to) + " (" + Phrases.quotes(List.of(last.get())) + ", "
                + last.get().document() + "): present at least " + Math.round(weeks) + " weeks.", Phrases.evidence(List.of(first.get(), last.get()))));
    }

    private Optional<Boolean> compare(Predicate.Comparison c, Finding f) {
        if (c.weeksBeforeRequest() != null) {
            // recordDate: the date the finding speaks for (its own date, else its record's), so "current smoker" in a
            // note of last week is use within 6 weeks of the request.
            Optional<LocalDate> d = RECORD_DATE.equals(c.attribute()) ? ctx.facts().dateOf(f) : f.date(c.attribute());
            return d.map(date -> c.test(ChronoUnit.DAYS.between(date, ctx.facts().requestDate()) / 7.0, c.weeksBeforeRequest()));
        }
        return f.number(c.attribute()).map(v -> c.test(v, c.value()));
    }

    private String notMet(Predicate.FindingTest test, List<Finding> answering, String where) {
        List<Finding> denials = answering.stream().filter(Finding::negated).toList();
        List<Finding> graded = answering.stream().filter(f -> !f.negated()).toList();
        List<String> parts = new ArrayList<>();
        if (!graded.isEmpty() && test.minSeverity() != null) {
            Severity highest = graded.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.UNSPECIFIED);
            parts.add("the highest grade documented" + where + " is " + highest + " (" + Phrases.quotes(graded)
                    + "), below the " + test.minSeverity() + "-or-worse threshold");
        } else if (!graded.isEmpty()) {
            parts.add("documented" + where + " but short of " + conditions(test) + " (" + Phrases.quotes(graded) + ")");
        }
        if (!denials.isEmpty()) {
            parts.add("the record documents its absence" + (graded.isEmpty() ? where : "") + " (" + Phrases.quotes(denials) + ")");
        }
        String s = String.join("; ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String conditions(Predicate.FindingTest test) {
        List<String> c = new ArrayList<>();
        if (test.minSeverity() != null) {
            c.add("a grade of " + test.minSeverity() + " or worse");
        }
        test.require().forEach((a, v) -> c.add(a + " " + String.join(" or ", v)));
        test.compare().forEach(x -> c.add(x.describe()));
        return c.isEmpty() ? "the required detail" : String.join(", ", c);
    }

    /** Whether {@code hedge}'s record was written after {@code denial}'s, by at least a day. */
    private boolean toldLater(Finding hedge, Finding denial) {
        Optional<LocalDate> h = ctx.facts().documentDate(hedge);
        Optional<LocalDate> d = ctx.facts().documentDate(denial);
        return h.isPresent() && d.isPresent() && h.get().isAfter(d.get());
    }
}
