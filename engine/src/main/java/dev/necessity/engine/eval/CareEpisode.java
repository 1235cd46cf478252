package dev.necessity.engine.eval;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One kind of conservative care assembled from every finding that reports it: the distinct
 * documented dates, the visit count, missed visits, and whether it was stopped as not tolerated.
 * Duration runs from the first to the last documented date (or a stated duration, if longer).
 */
record CareEpisode(String kind, TreeSet<LocalDate> dates, int visits, int noShows, double statedWeeks,
                   boolean notTolerated, boolean discharged, List<Finding> findings, boolean closed, boolean startsOnly) {

    static CareEpisode of(String kind, List<Finding> findings, CaseFacts facts) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        int visits = 0;
        int noShows = 0;
        double stated = 0;
        boolean notTolerated = false;
        boolean discharged = false;
        boolean closed = false;
        TreeSet<LocalDate> starts = new TreeSet<>();
        TreeSet<LocalDate> others = new TreeSet<>();
        for (Finding f : findings) {
            // A count of visits or an ending says the dates cover the whole course, and an injection is given on its
            // day; a start date alone does not.
            closed |= f.number("visits").isPresent() || "injection".equals(f.string("kind").orElse(""))
                    || List.of("completed", "discharged", "stopped").contains(f.string("status").orElse(""));
            f.date("startDate").ifPresent(starts::add);
            f.list("dates").forEach(d -> parse(d).ifPresent(others::add));
            f.date("endDate").filter(e -> f.date("startDate").map(st -> !st.equals(e)).orElse(true)).ifPresent(others::add);
            f.date("date").ifPresent(others::add);
            f.list("dates").forEach(d -> parse(d).ifPresent(dates::add));
            f.date("startDate").ifPresent(dates::add);
            f.date("endDate").ifPresent(dates::add);
            f.date("date").ifPresent(dates::add); // a single-date therapy: an injection
            if (f.list("dates").isEmpty() && f.date("startDate").isEmpty() && isTherapyNote(f, facts)) {
                facts.document(f.document()).map(ClinicalDocument::date).ifPresent(dates::add);
                facts.document(f.document()).map(ClinicalDocument::date).ifPresent(others::add);
            }
            if (ongoingSince(f)) {
                // "Meloxicam daily since 01/2025" in a note of 05/04/2026: still being taken on the note's date.
                facts.document(f.document()).map(ClinicalDocument::date).ifPresent(dates::add);
                facts.document(f.document()).map(ClinicalDocument::date).ifPresent(others::add);
            }
            visits = Math.max(visits, f.number("visits").map(Double::intValue).orElse(0));
            noShows = Math.max(noShows, f.number("noShows").map(Double::intValue).orElse(0));
            stated = Math.max(stated, f.number("durationWeeks").orElse(0.0));
            notTolerated |= "not_tolerated".equals(f.string("tolerance").orElse(""));
            discharged |= "discharged".equals(f.string("status").orElse(""));
        }
        return new CareEpisode(kind, dates, Math.max(visits, kind.equals("medication") ? 0 : dates.size()), noShows,
                stated, notTolerated, discharged, List.copyOf(findings), closed, others.isEmpty() && !starts.isEmpty());
    }

    /**
     * One documented date, no stated duration and nothing saying the course ended there: one date
     * alone is not a course of zero weeks ("naproxen started 08/05/2026", a therapy evaluation note).
     * Nor is one date of several visits: "attended six sessions in total, the last on 29 May 2026"
     * dates the last, and the other five were on days the record does not give.
     */
    boolean openEnded() {
        return dates.size() == 1 && statedWeeks == 0 && (!closed || visits > 1);
    }

    double weeks() {
        return Math.max(spanWeeks(), statedWeeks);
    }

    /** Weeks from the first to the last documented date. */
    double spanWeeks() {
        return dates.isEmpty() ? 0 : ChronoUnit.DAYS.between(dates.first(), dates.last()) / 7.0;
    }

    boolean hasDuration() {
        return !dates.isEmpty() || statedWeeks > 0;
    }

    /** Therapy stated as still going on, with the date it started: it lasts at least until the note that says so. */
    static boolean ongoingSince(Finding f) {
        return "ongoing".equals(f.string("status").orElse("")) && f.date("startDate").isPresent() && f.date("endDate").isEmpty();
    }

    private static boolean isTherapyNote(Finding f, CaseFacts facts) {
        return facts.document(f.document()).map(d -> d.type() == DocumentType.THERAPY_NOTE).orElse(false);
    }

    private static Optional<LocalDate> parse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
