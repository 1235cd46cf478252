package dev.necessity.extract.therapy;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that belongs to each treatment it names, so a list of treatments keeps
 * each one's dates to itself: in "physical therapy 04/06/2026 to 06/26/2026 (20 visits), and a
 * corticosteroid injection into the right knee on 06/15/2026" the range is the therapy's and
 * 06/15/2026 the injection's. Between two treatment names, a ";" always ends the first one's
 * clause; ", and", "," or " and " end it once it has words of its own (dates, a count, a
 * response; a dose or schedule does not count). A bare list of names ("ibuprofen and naproxen since
 * 01/2025", "acetaminophen 1 g three times daily and gabapentin 300 mg twice daily, both since
 * 01/2025", "PT, HEP and chiropractic from 01/2026 to 03/2026") shares one clause and its dates,
 * and so does a treatment given along with the one before ("PT 07/15/2026 to 08/03/2026, 4 visits,
 * with a home exercise program"). A sentence naming one treatment is one
 * clause.
 */
final class TreatmentClauses {

    /** Words that join the names of a list without saying anything about either. */
    private static final Pattern GLUE = Pattern.compile("(?i)(?:[\\s,;:/&()+\\-]|\\b(?:and|or|a|an|the|plus|also|both|as well as|then|"
            + "\\d+(?:\\.\\d+)? ?(?:mg|mcg|g|ml|units?)|by mouth|orally|po|once|twice|three times|four times|daily|a day|per day|"
            + "BID|TID|QID|QD|QHS|nightly|at night|at bedtime|as needed|PRN|every \\d{1,2} hours|q ?\\d{1,2} ?h)\\b)*");
    private static final Pattern AND = Pattern.compile("(?i) and ");
    /** ", with a home exercise program": a treatment given along with the one before shares its clause. */
    private static final Pattern COMPANION = Pattern.compile("(?i)\\s*(?:and )?(?:with|including|along with|combined with|plus)"
            + "(?: (?:a|an|the|his|her|their))? ?");

    /**
     * What joins two members of one list: a comma, slash or ampersand, "and", "or" or "nor",
     * and words that qualify the next name ("No prior PT or any injections").
     */
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)\\s*(?:,|/|&|,?\\s+(?:and|or|nor)\\b)\\s*"
            + "(?:(?:any|prior|previous|formal|other|an?|the)\\s+)*");

    private record Name(int start, int end) {
    }

    private final String text;
    private final List<Name> names;
    /** The names, and the injections of no named kind a list may hold ("no PT, injections, or chiropractic"). */
    private final List<Name> members;
    /** boundaries[i]: where the clause of names[i] ends and that of names[i + 1] starts. */
    private final int[] boundaries;

    private TreatmentClauses(Sentence s) {
        this.text = s.text();
        this.names = names(s);
        List<Name> unnamed = new ArrayList<>(names);
        add(s, InjectionReader.UNNAMED_INJECTION, unnamed);
        this.members = merged(unnamed);
        this.boundaries = new int[Math.max(0, names.size() - 1)];
        for (int i = 0; i + 1 < names.size(); i++) {
            boundaries[i] = boundary(names.get(i).end(), names.get(i + 1).start());
        }
    }

    static TreatmentClauses of(Sentence s) {
        return s.remember(TreatmentClauses.class, TreatmentClauses::new);
    }

    /** "today" (or "this visit") right after a treatment: "Corticosteroid injection L knee today: 40 mg methylprednisolone". */
    private static final Pattern DONE_TODAY = Pattern.compile("(?i)^[^.;:]{0,24}?\\b(?:today|this visit|at this visit|in (?:the )?(?:clinic|office) today)\\b");

    /** Whether the treatment ending at {@code to} is said to be given at the visit the note records. */
    static boolean doneToday(Sentence s, int to) {
        return DONE_TODAY.matcher(s.text()).region(to, s.text().length()).lookingAt();
    }

    /** The dates of the sentence in the clause of the treatment named at {@code [from, to)}. */
    static List<DateMention> dates(Sentence s, List<DateMention> dates, int from, int to) {
        int[] clause = of(s).clause(from, to);
        if (clause[0] == 0 && clause[1] == s.text().length()) {
            return dates;
        }
        return dates.stream().filter(d -> d.start() >= clause[0] && d.end() <= clause[1]).toList();
    }

    /** The end of the clause of the treatment named at {@code [from, to)}. */
    static int clauseEnd(Sentence s, int from, int to) {
        return of(s).clause(from, to)[1];
    }

    /** {@code [start, end)} of the clause holding the treatment named at {@code [from, to)}. */
    int[] clause(int from, int to) {
        int start = 0;
        int end = text.length();
        for (int i = 0; i < boundaries.length; i++) {
            if (boundaries[i] < 0) {
                continue;
            }
            if (boundaries[i] <= from) {
                start = Math.max(start, boundaries[i]);
            } else if (boundaries[i] >= to) {
                end = Math.min(end, boundaries[i]);
                break;
            }
        }
        return new int[] {start, end};
    }

    /**
     * Where the earlier members of the list holding the treatment starting at {@code start} begin,
     * nearest first: in "No PT, chiropractic, or injections", for "injections", those of
     * "chiropractic" and "PT". Empty when nothing but list words ({@link #LIST_JOIN}) joins it to a
     * treatment name before it. The treatment itself need not be one of the names.
     */
    List<Integer> membersBefore(int start) {
        List<Integer> out = new ArrayList<>();
        int at = start;
        for (int i = members.size() - 1; i >= 0; i--) {
            Name n = members.get(i);
            if (n.end() > at) {
                continue;
            }
            if (!LIST_JOIN.matcher(text).region(n.end(), at).matches()) {
                break;
            }
            out.add(n.start());
            at = n.start();
        }
        return out;
    }

    /** Where the clause of the name ending at {@code aEnd} stops before the name at {@code bStart}; -1 when they share one. */
    private int boundary(int aEnd, int bStart) {
        if (aEnd >= bStart) {
            return -1;
        }
        int at = separator(aEnd, bStart);
        return at >= 0 && COMPANION.matcher(text).region(at, bStart).matches() ? -1 : at;
    }

    private int separator(int aEnd, int bStart) {
        String gap = text.substring(aEnd, bStart);
        int semicolon = gap.lastIndexOf(';');
        if (semicolon >= 0) {
            return aEnd + semicolon + 1;
        }
        if (GLUE.matcher(gap).matches()) {
            return -1;
        }
        int commaAnd = gap.lastIndexOf(", and ");
        if (commaAnd >= 0) {
            return aEnd + commaAnd + 1;
        }
        int comma = gap.lastIndexOf(',');
        if (comma >= 0) {
            return aEnd + comma + 1;
        }
        int and = -1;
        Matcher m = AND.matcher(gap);
        while (m.find()) {
            and = m.start();
        }
        return and >= 0 ? aEnd + and + 1 : -1;
    }

    /** Every treatment the therapy readers name, overlapping names merged, in order. */
    private static List<Name> names(Sentence s) {
        List<Name> found = new ArrayList<>();
        for (TherapyMentionReader.Kind kind : TherapyMentionReader.KINDS) {
            add(s, kind.pattern(), found);
        }
        add(s, KneeCareReader.INJECTION, found);
        add(s, KneeCareReader.DEVICE, found);
        add(s, KneeCareReader.WEIGHT, found);
        Matcher inj = s.matcher(InjectionReader.INJECTION);
        while (inj.find()) {
            found.add(new Name(InjectionReader.trimLead(s.text(), inj.start(), inj.end()), inj.end()));
        }
        for (DrugLexicon.Drug drug : DrugLexicon.standard().in(s)) {
            found.add(new Name(drug.start(), drug.end()));
        }
        return merged(found);
    }

    /** {@code found} in order, overlapping names merged. */
    private static List<Name> merged(List<Name> found) {
        found.sort(Comparator.comparingInt(Name::start).thenComparingInt(Name::end));
        List<Name> merged = new ArrayList<>();
        for (Name n : found) {
            Name last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && n.start() < last.end()) {
                merged.set(merged.size() - 1, new Name(last.start(), Math.max(last.end(), n.end())));
            } else {
                merged.add(n);
            }
        }
        return merged;
    }

    private static void add(Sentence s, Pattern p, List<Name> found) {
        Matcher m = s.matcher(p);
        while (m.find()) {
            found.add(new Name(m.start(), m.end()));
        }
    }
}
