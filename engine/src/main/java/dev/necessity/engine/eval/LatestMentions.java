package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges only the most recent of a test's findings ({@code latest: true}): the response to the last
 * injection, not to an earlier one.
 *
 * <p>A mention's own date ({@link CaseFacts#ownDate}) places it; the latest own date is the most
 * recent dated one. An undated mention is known only to have happened by the date of the record it
 * is in, so it is never given that date. If the record is dated on or before the most recent own
 * date, the mention cannot be more recent and is set aside. Otherwise (or when the record is
 * undated) it may be more recent: it may describe a later one, or re-tell that one or an earlier one.
 * The undated mentions of one record are judged together (an injection and the response told after
 * it), unless they state answers that differ, which nothing orders.
 *
 * <p>When an undated mention may be the more recent, the verdict is the common one only if judging
 * on it gives the same status as judging on the most recent dated one; otherwise it is
 * NOT_DOCUMENTED, and the rationale names both answers and the undated mention whose date would
 * settle it. One exception: when the most recent dated injection's own record states no response
 * (a procedure note) and the undated mentions that may be later all tell the same response (the
 * follow-up note), that response is judged, and the rationale says it was read so. An undated mention
 * that a record's own count accounts for ("only one epidural injection in the past twelve months", with
 * one dated; {@link StatedTotals}) re-tells a dated one and is set aside, naming the statement; so does one in a record
 * that dates an injection itself and names it again undated with no answer of its own ("S/p L4-5 ILESI 7/8/2026" ...
 * "short-lived response to first ILESI"). Denials name nothing to place in time: they are judged only when nothing else is
 * mentioned. Every rationale says what it was judged on.
 */
final class LatestMentions {
    private static final String SETTLE = "A date for each undated mention (its procedure note, or its date in the history) would settle it.";

    private final CaseFacts facts;
    private final Function<List<Finding>, Verdict> judge;

    /** {@code judge} answers the test on a subset of findings, as if they were all there were. */
    LatestMentions(CaseFacts facts, Function<List<Finding>, Verdict> judge) {
        this.facts = facts;
        this.judge = judge;
    }

    /** One way the most recent could be: what it is, and the answer judged on it alone. */
    private record Reading(String label, Verdict verdict) {
    }

    /** The verdict on the most recent of {@code candidates} (the findings in the test's scope), with what it was judged on. */
    Verdict judge(List<Finding> candidates) {
        List<Finding> mentions = candidates.stream().filter(f -> !f.negated()).toList();
        if (mentions.isEmpty()) {
            return judge.apply(candidates);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        mentions.forEach(f -> facts.ownDate(f).ifPresent(dates::add));
        LocalDate last = dates.isEmpty() ? null : dates.last();
        List<Finding> notLater = new ArrayList<>();
        List<Finding> joined = new ArrayList<>();
        Map<Finding, List<Finding>> retold = new LinkedHashMap<>();
        Map<String, List<Finding>> open = new LinkedHashMap<>();
        StatedTotals totals = new StatedTotals(facts);
        for (Finding f : mentions) {
            if (facts.ownDate(f).isPresent()) {
                continue;
            }
            Optional<LocalDate> written = facts.documentDate(f);
            Optional<Finding> accounted = last == null ? Optional.empty() : totals.accounting(f, mentions, null);
            Optional<Finding> datedHere = datedInItsRecord(f, mentions);
            if (last != null && written.isPresent() && !written.get().isAfter(last)) {
                notLater.add(f);
            } else if (last != null && sameReliefAsLatestInItsRecord(f, mentions, last).isPresent()) {
                // "After the TFESI on 05/26/2026 he had ~70% relief ..." then, in the same record, "a prior TFESI that gave
                // ~70% relief lasting just over 3 months": the record dates the latest injection and tells the same relief
                // again undated, so it is that injection, and what it adds is judged with it.
                joined.add(f);
            } else if (accounted.isPresent()) {
                retold.computeIfAbsent(accounted.get(), k -> new ArrayList<>()).add(f);
            } else if (datedHere.isPresent() && judge.apply(List.of(f)).status() == Status.NOT_DOCUMENTED) {
                // "S/p L4-5 ILESI 7/8/2026 ... Partial, short-lived response to first ILESI": a record that dates its
                // injection and names it again undated, with nothing of its own to answer, is re-telling it.
                retold.computeIfAbsent(datedHere.get(), k -> new ArrayList<>()).add(f);
            } else {
                open.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Reading> readings = new ArrayList<>();
        if (last != null) {
            List<Finding> latest = Stream.concat(mentions.stream().filter(f -> facts.ownDate(f).filter(last::equals).isPresent()),
                    joined.stream()).toList();
            Verdict onLatest = judge.apply(latest);
            if (!retold.isEmpty()) {
                // The statements that set undated mentions aside are quoted, so they are evidence too.
                onLatest = new Verdict(onLatest.status(), onLatest.rationale(),
                        Phrases.merge(List.of(onLatest.evidence(), Phrases.evidence(List.copyOf(retold.keySet())))));
            }
            String with = joined.isEmpty() ? "" : ", with " + Phrases.quotes(joined) + ", undated, which "
                    + (joined.size() == 1 ? "tells" : "tell") + " the same relief as the dated mention in " + (joined.size() == 1 ? "its" : "their")
                    + " record";
            readings.add(new Reading("the most recent, dated " + Phrases.date(last) + with + setAside(dates.headSet(last), notLater, retold),
                    onLatest));
        }
        open.forEach((document, found) -> readings.add(new Reading(undatedIn(document, found), undated(found))));
        // A record that itself dates an earlier injection (a chart with "11/18/2025 ILESI #1" and "04/14/2026 ILESI #2")
        // may tell that earlier one's response undated ("History: excellent response to prior ESI"): its undated
        // response is not read as the latest one's.
        // Nor is one told as history ("History: Excellent response to prior ESI (75 % relief x ~4 months)"), which a
        // chart carries forward from an earlier injection.
        boolean tellsOnlyTheLatest = last != null && open.keySet().stream().noneMatch(document -> mentions.stream()
                .anyMatch(f -> f.document().equals(document) && facts.ownDate(f).filter(d -> d.isBefore(last)).isPresent()))
                && open.values().stream().flatMap(List::stream).noneMatch(Finding::historical);
        return combine(readings, last != null, tellsOnlyTheLatest);
    }

    /**
     * A mention dated {@code last} in the record undated {@code f} is in, stating the same relief percentage as {@code f}:
     * the record dates the latest injection and {@code f} tells it again.
     */
    private Optional<Finding> sameReliefAsLatestInItsRecord(Finding f, List<Finding> mentions, LocalDate last) {
        Optional<Double> relief = f.number("reliefPercent");
        if (relief.isEmpty()) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.document().equals(f.document()) && facts.ownDate(m).filter(last::equals).isPresent())
                .filter(m -> m.number("reliefPercent").equals(relief)).findFirst();
    }

    /** The latest mention with a date of its own in the record {@code f} is in, if that record dates one. */
    private Optional<Finding> datedInItsRecord(Finding f, List<Finding> mentions) {
        return mentions.stream().filter(m -> m.document().equals(f.document())).filter(m -> facts.ownDate(m).isPresent())
                .max(java.util.Comparator.comparing(m -> facts.ownDate(m).orElseThrow()));
    }

    private Verdict combine(List<Reading> readings, boolean anyDated, boolean tellsOnlyTheLatest) {
        Reading first = readings.get(0);
        String lead = (anyDated ? "Judged on " : "None is dated; judged on ") + first.label() + ": "
                + Phrases.lowerFirst(first.verdict().rationale());
        if (readings.size() == 1) {
            return new Verdict(first.verdict().status(), lead, first.verdict().evidence());
        }
        List<Reading> rest = readings.subList(1, readings.size());
        List<EvidenceSpan> evidence = Phrases.merge(readings.stream().map(r -> r.verdict().evidence()).toList());
        if (readings.stream().allMatch(r -> r.verdict().status() == first.verdict().status())) {
            String others = rest.stream().map(r -> Phrases.capitalise(r.label()) + ", which may be more recent, "
                    + (r.label().startsWith("the undated mentions") ? "give" : "gives") + " the same answer ("
                    + Phrases.lowerFirst(stripStop(r.verdict().rationale())) + ").").collect(Collectors.joining(" "));
            return new Verdict(first.verdict().status(), Phrases.sentence(lead) + " " + others, evidence);
        }
        Status told = rest.get(0).verdict().status();
        if (anyDated && tellsOnlyTheLatest && first.verdict().status() == Status.NOT_DOCUMENTED && told != Status.NOT_DOCUMENTED
                && rest.stream().allMatch(r -> r.verdict().status() == told)) {
            // A procedure note states no response; the follow-up note written after it tells one without
            // repeating the date. Whether it re-tells that injection or tells a later one, it is the latest
            // response on record; only an older injection told undated would make the latest one's response
            // unknown, and a note does not usually tell an older response and leave the latest untold.
            String each = rest.stream().map(r -> Phrases.capitalise(r.label()) + ", written after it, tells one: "
                    + Phrases.lowerFirst(Phrases.sentence(r.verdict().rationale()))).collect(Collectors.joining(" "));
            return new Verdict(told, "Judged on the response told after " + first.label() + ", whose own record states none. " + each,
                    evidence);
        }
        String each = readings.stream().map(r -> "On " + r.label() + (r == first && anyDated ? "" : ", which may be more recent") + ", "
                + word(r.verdict().status()) + ": " + Phrases.lowerFirst(Phrases.sentence(r.verdict().rationale())))
                .collect(Collectors.joining(" "));
        return new Verdict(Status.NOT_DOCUMENTED, "Cannot tell which is the most recent, and the answer depends on it. " + each + " "
                + SETTLE, evidence);
    }

    /**
     * The undated mentions of one record, judged together; NOT_DOCUMENTED when some meet the test and
     * others answer it otherwise, since nothing says which came last.
     */
    private Verdict undated(List<Finding> found) {
        Verdict together = judge.apply(found);
        if (found.size() < 2) {
            return together;
        }
        Map<Status, List<Finding>> byAnswer = new EnumMap<>(Status.class);
        for (Finding f : found) {
            byAnswer.computeIfAbsent(judge.apply(List.of(f)).status(), k -> new ArrayList<>()).add(f);
        }
        if (!byAnswer.containsKey(Status.MET) || !byAnswer.containsKey(Status.NOT_MET)) {
            return together;
        }
        return new Verdict(Status.NOT_DOCUMENTED, "They answer it differently, met by " + Phrases.quotes(byAnswer.get(Status.MET))
                + " and not met by " + Phrases.quotes(byAnswer.get(Status.NOT_MET)) + ", and nothing says which came last. " + SETTLE,
                Phrases.evidence(Stream.concat(byAnswer.get(Status.MET).stream(), byAnswer.get(Status.NOT_MET).stream())
                        .toList()));
    }

    /** "(not on the earlier 05/12/2025; “…”, undated in a record of 09/01/2025, cannot be more recent)", or "". */
    private String setAside(SortedSet<LocalDate> earlier, List<Finding> notLater, Map<Finding, List<Finding>> retold) {
        List<String> parts = new ArrayList<>();
        if (!earlier.isEmpty()) {
            parts.add("not on the earlier " + earlier.stream().map(Phrases::date).collect(Collectors.joining(", ")));
        }
        if (!notLater.isEmpty()) {
            String written = notLater.stream().map(f -> facts.documentDate(f).map(Phrases::date).orElseThrow()).distinct()
                    .collect(Collectors.joining(", "));
            parts.add(Phrases.quotes(notLater) + ", undated in a record of " + written + ", cannot be more recent");
        }
        parts.addAll(StatedTotals.retellings(retold));
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private String undatedIn(String document, List<Finding> found) {
        String written = facts.document(document).map(d -> d.date() == null ? "undated" : Phrases.date(d.date())).orElse("undated");
        return (found.size() == 1 ? "the undated mention in " : "the undated mentions in ") + document + " (" + written + ")";
    }

    private static String word(Status status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            default -> "not documented";
        };
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
