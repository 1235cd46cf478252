package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A therapy note is one course of therapy: this reader emits one {@code therapy} finding that
 * gathers what the whole note says about it. The note's own date is an attended visit when the
 * note records a visit (an evaluation or treatment note); "Dates of service" lists add visits;
 * dates in a no-show statement ("did not attend scheduled visits on 01/29/2026 and 02/03/2026")
 * are no-shows, never visits; an explicit count ("Discharged from PT after 1 visit") wins over
 * counted dates; status and tolerance come from any statement in the note. Plans and earlier
 * courses told in the history are left to {@link TherapyMentionReader}, and a "Plan of care:"
 * line is a plan. The quote is the sentence that carries the facts: the visit count ("Total
 * visits attended: 14"), else the dates-of-service line, else the discharge statement, else the
 * note's title line; never the title word "DISCHARGE".
 */
public final class TherapyEpisodeReader implements FindingReader {

    private static final Pattern VISIT_NOTE = Pattern.compile("(?i)\\b(?:evaluation|eval|visit|treatment note|daily note|progress note|"
            + "re-?evaluation|session|initial)\\b");
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\b(?:discharged?|summary|after \\d{1,3} visits?|\\d{1,3} visits|attended)\\b");
    private static final Pattern SERVICE_DATES = Pattern.compile("(?i)\\b(?:dates? of (?:service|treatment|visits?)|visit dates?|seen on|"
            + "treated on|attended (?:on|visits? on|sessions? on)|(?:attended|visits?) (?:visits|sessions|dates)? ?:)");
    /** "Frequency: 2x/week x 6 weeks" states the prescribed schedule, not how long the course ran. */
    private static final Pattern FREQUENCY_LINE = Pattern.compile("(?i)\\bfrequency\\s*:");
    private static final Pattern TITLE_CASE = Pattern.compile("[^a-z]*");
    private static final int LONG_SENTENCE = 160;
    private static final Object KIND_KEY = new Object();
    private static final Pattern TITLE = Pattern.compile("(?m)^[ \\t]{0,8}([^#\\s][^\\n]{0,150})");

    /** The kind of course a therapy note documents, from its title line (not a plan of care further down). */
    static String kindOf(DocumentReading reading) {
        // Asked for each therapy sentence of the note: the title is read once.
        return reading.once(KIND_KEY, () -> kindFromTitle(reading));
    }

    private static String kindFromTitle(DocumentReading reading) {
        Matcher first = TITLE.matcher(reading.text());
        String head = reading.document().title() != null ? reading.document().title() : first.find() ? first.group(1) : "";
        String h = head.toLowerCase(Locale.ROOT);
        if (h.contains("aquatic") || h.contains("pool therapy")) {
            return "aquatic_therapy";
        }
        // An acupuncturist's or a massage therapist's notes are their own kind of care, not physical therapy.
        if (h.contains("acupunct")) {
            return "acupuncture";
        }
        if (h.contains("massage")) {
            return "massage";
        }
        return h.contains("chiropract") ? "chiropractic" : "physical_therapy";
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        if (!reading.isType(DocumentType.THERAPY_NOTE)) {
            return List.of();
        }
        Episode episode = new Episode();
        if (reading.document().date() != null && VISIT_NOTE.matcher(titleText(reading)).find()) {
            episode.visitDates.add(reading.document().date());
        }
        Sentence[] evidence = new Sentence[3];
        for (Sentence s : reading.sentences()) {
            TherapyFacts facts = new TherapyFacts(s);
            if (s.inSection("HISTORY", "PLAN", "GOAL") || (facts.planned() && !facts.mentionsNoShow())) {
                continue;
            }
            episode.read(reading, s, facts);
            rankEvidence(s, facts, evidence);
        }
        if (episode.isEmpty()) {
            return List.of();
        }
        Sentence best = evidence[0] != null ? evidence[0] : evidence[1] != null ? evidence[1] : evidence[2];
        FindingDraft d = best != null ? quoteEvidence(reading, best) : quoteTitle(reading);
        return d == null ? List.of() : List.of(episode.describe(d.attr("kind", kindOf(reading))));
    }

    /** Keeps the first sentence of each kind: [0] a visit count, [1] dates of service, [2] a discharge or completion statement. */
    private static void rankEvidence(Sentence s, TherapyFacts facts, Sentence[] evidence) {
        boolean title = s.matcher(TITLE_CASE).matches();
        int rank = facts.visits() != null ? 0 : s.finds(SERVICE_DATES) ? 1
                : !title && s.finds(SUMMARY) && facts.status() != null ? 2 : -1;
        if (rank >= 0 && evidence[rank] == null) {
            evidence[rank] = s;
        }
    }

    /** The whole sentence without its period; in a long sentence, from the summary words to the last fact or date. */
    private FindingDraft quoteEvidence(DocumentReading reading, Sentence s) {
        String text = s.text();
        int from = 0;
        int to = text.endsWith(".") ? text.length() - 1 : text.length();
        Matcher m = SUMMARY.matcher(text);
        if (text.length() > LONG_SENTENCE && m.find()) {
            from = m.start();
            to = new TherapyFacts(s).evidenceEnd(m.end());
            for (DateMention date : reading.dates(s)) {
                to = Math.max(to, date.end());
            }
        }
        return reading.draft(FindingTypes.THERAPY, s, from, to).withContextExceptNegation();
    }

    private FindingDraft quoteTitle(DocumentReading reading) {
        Matcher t = TITLE.matcher(reading.text());
        if (!t.find()) {
            return null;
        }
        String line = t.group(1).trim();
        return reading.draftAt(FindingTypes.THERAPY, new Span(t.start(1), t.start(1) + line.length()));
    }

    private static String titleText(DocumentReading reading) {
        Matcher t = TITLE.matcher(reading.text());
        String first = t.find() ? t.group(1) : "";
        return (reading.document().title() == null ? "" : reading.document().title()) + " " + first;
    }

    /** What the note says about the course, accumulated sentence by sentence. */
    private static final class Episode {
        final TreeSet<LocalDate> visitDates = new TreeSet<>();
        final TreeSet<LocalDate> noShowDates = new TreeSet<>();
        Integer visits;
        Integer noShows;
        String status;
        String tolerance;
        String response;
        LocalDate rangeStart;
        LocalDate rangeEnd;
        LocalDate fieldStart;
        LocalDate fieldEnd;
        Number statedWeeks;

        void read(DocumentReading reading, Sentence s, TherapyFacts facts) {
            List<DateMention> dates = reading.dates(s);
            if (facts.mentionsNoShow()) {
                Matcher ns = s.matcher(TherapyFacts.NO_SHOW);
                ns.find();
                dates.stream().filter(d -> d.start() > ns.start()).forEach(d -> noShowDates.add(d.date()));
                Integer explicit = facts.explicitNoShows();
                noShows = explicit != null ? Integer.valueOf(explicit + (noShows == null ? 0 : noShows)) : noShows;
            } else if (s.finds(SERVICE_DATES)) {
                dates.forEach(d -> visitDates.add(d.date()));
            } else {
                range(s, dates);
            }
            if (!s.finds(FREQUENCY_LINE)) {
                statedWeeks = facts.courseWeeks() != null ? facts.courseWeeks() : statedWeeks;
            }
            visits = facts.visits() != null ? facts.visits() : visits;
            status = stronger(status, facts.status());
            tolerance = "not_tolerated".equals(tolerance) ? tolerance : facts.tolerance() != null ? facts.tolerance() : tolerance;
            response = facts.response() != null ? facts.response() : response;
        }

        boolean isEmpty() {
            return visitDates.isEmpty() && noShowDates.isEmpty() && visits == null && noShows == null && status == null
                    && tolerance == null && rangeStart == null && fieldStart == null && fieldEnd == null && statedWeeks == null;
        }

        /** "attended physical therapy from 11/16/06 to 11/21/06" bounds the course without naming its visits. */
        void range(Sentence s, List<DateMention> dates) {
            for (int i = 0; i + 1 < dates.size(); i++) {
                String before = s.text().substring(Math.max(0, dates.get(i).start() - 40), dates.get(i).start());
                if (TherapyFacts.joinsRange(before, s.text().substring(dates.get(i).end(), dates.get(i + 1).start()))) {
                    rangeStart = dates.get(i).date();
                    rangeEnd = dates.get(i + 1).date();
                    return;
                }
            }
            // Template fields: "Start of care: 01/19/2026     Date of discharge: 03/20/2026".
            for (DateMention d : dates) {
                String before = s.text().substring(Math.max(0, d.start() - 40), d.start());
                if (TherapyFacts.START_FIELD.matcher(before).find()) {
                    fieldStart = fieldStart == null || d.date().isBefore(fieldStart) ? d.date() : fieldStart;
                } else if (TherapyFacts.END_FIELD.matcher(before).find()) {
                    fieldEnd = fieldEnd == null || d.date().isAfter(fieldEnd) ? d.date() : fieldEnd;
                }
            }
        }

        FindingDraft describe(FindingDraft d) {
            visitDates.removeAll(noShowDates);
            int missed = noShows != null ? noShows : noShowDates.size();
            d.attr("visits", visits != null ? visits : visitDates.isEmpty() ? null : visitDates.size())
                    .attr("noShows", missed > 0 || noShows != null ? missed : null)
                    .attr("status", status).attr("tolerance", tolerance).attr("response", response);
            if (!visitDates.isEmpty()) {
                d.attr("dates", visitDates.stream().map(LocalDate::toString).toList())
                        .attr("startDate", visitDates.first()).attr("endDate", visitDates.last());
            }
            if (rangeStart != null) {
                d.attr("startDate", rangeStart).attr("endDate", rangeEnd);
            } else if (fieldStart != null || fieldEnd != null) {
                LocalDate first = visitDates.isEmpty() ? null : visitDates.first();
                LocalDate last = visitDates.isEmpty() ? null : visitDates.last();
                d.attr("startDate", fieldStart != null && (first == null || fieldStart.isBefore(first)) ? fieldStart : first)
                        .attr("endDate", fieldEnd != null && (last == null || fieldEnd.isAfter(last)) ? fieldEnd : last);
            }
            return d.attr("durationWeeks", statedWeeks);
        }

        private static String stronger(String current, String next) {
            List<String> order = List.of("discharged", "completed", "stopped", "ongoing");
            if (next == null) {
                return current;
            }
            return current == null || order.indexOf(next) < order.indexOf(current) ? next : current;
        }
    }
}
