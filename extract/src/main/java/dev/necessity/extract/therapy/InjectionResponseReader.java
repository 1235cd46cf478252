package dev.necessity.extract.therapy;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response to an injection told in the sentences after it ("He underwent a left L5-S1 TFESI
 * on 10/14/2025. At follow-up he reported about 80 % relief, and that relief lasted about 4
 * months."). Each such sentence, within two sentences of a completed injection in the same
 * paragraph and naming no injection itself, gives an injection finding quoting the response, with
 * the injection's type, date and levels and the relief read from the sentence. Procedure notes
 * are left to {@link InjectionReader}, which already reads their follow-up.
 */
public final class InjectionResponseReader implements FindingReader {

    /** Another treatment the relief could be of: "PT helped about 30 % for 2 weeks", "gabapentin ... 40 % better". */
    private static final Pattern NAMES_OTHER_TREATMENT = Pattern.compile("(?i)\\b(?:(?-i:PT)|physical therapy|therapy|physio\\w*|chiropract\\w*|"
            + "medications?|meds|NSAIDs?|gabapentin|pregabalin|meloxicam|naproxen|ibuprofen|tramadol|oxycodone|prednisone|"
            + "medrol|steroid pack|dose ?pack|acupuncture|massage|TENS|brace|surgery)\\b");
    /** Words that make a bare span a response: "relief lasted 3 weeks", "it wore off after two weeks", "better for a month". */
    private static final Pattern RESPONSE_WORD = Pattern.compile("(?i)\\b(?:relie\\w*|better|help\\w*|improv\\w*|benefit\\w*|wore off|"
            + "worn off|lasted|lasting|worked|response|responded|pain[- ]free|back to baseline|returned|recurred|came back|effect\\w*|"
            + "good (?:days?|weeks?|months?))");
    private static final Pattern NAMES_INJECTION = Pattern.compile("(?i)(?<!post-)(?<!pre-)\\b(?:epidural|ESI|TFESI|injection|block|facet|rhizotomy|ablation|RFA)");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.THERAPY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        if (reading.isType(DocumentType.PROCEDURE_NOTE)) {
            return List.of();
        }
        Injections injections = new Injections();
        for (FindingDraft d : new InjectionReader().read(reading)) {
            if ("completed".equals(d.attribute("status"))) {
                d.build().forEach(injections::add);
            }
        }
        List<FindingDraft> out = new ArrayList<>();
        if (injections.isEmpty()) {
            return out;
        }
        List<Sentence> sentences = reading.sentences();
        List<Finding> only = injections.onlyOne();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            TherapyFacts facts = new TherapyFacts(s);
            if (namesAnInjection(s) || !injections.in(s).isEmpty() || facts.reliefPercent() == null && (facts.reliefWeeks() == null || !s.finds(RESPONSE_WORD))) {
                // A span alone is a response only beside a word for one: "Hold warfarin for 5 days" tells no relief.
                continue;
            }
            List<Finding> prior = precedingInjection(sentences, i, injections);
            if (prior.isEmpty() && !only.isEmpty() && only.get(0).span().start() < s.start() && !s.finds(NAMES_OTHER_TREATMENT)) {
                // A note about one injection (a post-injection call log, a follow-up visit) tells its response anywhere:
                // "Summary to provider: ~50% relief lasting about 2-3 weeks".
                prior = only;
            }
            if (prior.isEmpty()) {
                // "Pt states today the June injection \"took the edge off\"" with other lines between: the injection of that month.
                prior = injections.ofMonthNamed(s);
            }
            if (prior.isEmpty()) {
                // "relief from injection of 18/06 \"lasted around one month\"": the injection of that day.
                prior = injections.ofDayNamed(s);
            }
            for (Finding inj : prior) {
                int from = 0;
                FindingDraft d = reading.draft(FindingTypes.THERAPY, s, from, facts.evidenceEnd(from)).withContextExceptNegation()
                        .level(inj.level()).attr("kind", "injection").attr("status", "completed")
                        .attr("injectionType", inj.attributes().get("injectionType")).attr("date", inj.attributes().get("date"))
                        .attr("guidance", inj.attributes().get("guidance"))
                        .attr("reliefPercent", facts.reliefPercent()).attr("reliefWeeks", facts.reliefWeeks());
                d.attr("response", facts.response() != null ? facts.response() : "relief");
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether the sentence names an injection of its own, which InjectionReader reads; one it only refers back to
     * ("Patient reports the injection \"helped, maybe 30, 40 percent\"", "that shot lasted 3 weeks") does not.
     */
    private static boolean namesAnInjection(Sentence s) {
        Matcher m = s.matcher(NAMES_INJECTION);
        while (m.find()) {
            boolean referredBack = REFERABLE.contains(m.group().toLowerCase(Locale.ROOT))
                    && REFERRED_BACK.matcher(s.text()).region(Math.max(0, m.start() - 40), m.start()).find();
            if (!referredBack) {
                return true;
            }
        }
        return false;
    }

    /** The injection words a definite reference can point back with ("the injection", "that ESI", "her last epidural"). */
    private static final Set<String> REFERABLE = Set.of("injection", "esi", "epidural");
    /** A definite reference just before an injection word: "the", "that", "this", "her last", "the June", "the 06/16". */
    private static final String MONTH_NAME = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern REFERRED_BACK = Pattern.compile("(?i)\\b(?:(?:after|following|post|since|from)(?: (?:the|that|this|her|his))?|the|that|this|her|his)(?: (?:last|most recent|previous|prior|recent))?"
            + "(?: (?:" + MONTH_NAME + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?))? $");

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** An injection named by the month it was given in: "the June injection", "her last March ESI". */
    private static final Pattern MONTH_NAMED = Pattern.compile("(?i)\\b(?:the|that|this|her|his)(?: (?:last|most recent|previous|prior|recent))? "
            + "(" + MONTH_NAME + ") (?:injection|ESI|epidural|shot)\\b");

    /** An injection named by its day and month, no year: "injection of 18/06", "the 6/18 ESI". */
    private static final Pattern DAY_NAMED = Pattern.compile("(?i)\\b(?:injection|ESI|epidural|shot) (?:of|on|dated) (\\d{1,2})/(\\d{1,2})(?![\\d/])"
            + "|(?<![\\d/])(\\d{1,2})/(\\d{1,2}) (?:injection|ESI|epidural|shot)\\b");

    /**
     * The completed injection findings of the nearest sentence before, in the same paragraph: up to two back, or further
     * ("Response to L L4-5/L5-S1 TFESI 07/09/2026: ... Overall: approximately 35% relief lasting about 3 weeks.", four
     * sentences on) while no sentence between names another treatment the relief could be of.
     */
    private static List<Finding> precedingInjection(List<Sentence> sentences, int i, Injections injections) {
        Sentence s = sentences.get(i);
        for (int back = 1; back <= PARAGRAPH_REACH && i - back >= 0; back++) {
            Sentence p = sentences.get(i - back);
            if (p.paragraph() != s.paragraph()) {
                return List.of();
            }
            List<Finding> here = injections.in(p);
            if (!here.isEmpty()) {
                return here;
            }
            if (back >= 2 && p.finds(NAMES_OTHER_TREATMENT)) {
                return List.of();
            }
        }
        return List.of();
    }

    /** How many sentences back in its paragraph a response still looks for its injection. */
    private static final int PARAGRAPH_REACH = 6;

    /**
     * The completed injections by where they start, so the ones a sentence holds are looked up, not
     * filtered from all of them for each sentence (a long injection history made that quadratic).
     */
    private static final class Injections {
        private final TreeMap<Integer, List<Finding>> byStart = new TreeMap<>();
        private final Map<Finding, Integer> order = new IdentityHashMap<>();

        void add(Finding f) {
            order.put(f, order.size());
            byStart.computeIfAbsent(f.span().start(), k -> new ArrayList<>()).add(f);
        }

        boolean isEmpty() {
            return order.isEmpty();
        }

        /**
         * The document's injection when it tells of only one: every completed mention is of one date (or all are
         * undated, of one type and level). Their first mention, in a list of one; empty otherwise.
         */
        List<Finding> onlyOne() {
            List<Finding> all = new ArrayList<>(order.keySet());
            all.sort(Comparator.comparingInt(order::get));
            List<Finding> dated = all.stream().filter(f -> f.attributes().get("date") != null).toList();
            long distinct = dated.isEmpty()
                    ? all.stream().map(f -> java.util.Arrays.asList(f.attributes().get("injectionType"), f.level())).distinct().count()
                    : dated.stream().map(f -> f.attributes().get("date")).distinct().count();
            return distinct == 1 ? List.of((dated.isEmpty() ? all : dated).get(0)) : List.of();
        }

        /**
         * The injection a sentence names by its month ("the June injection", "her March ESI"): the document's completed
         * injection dated in that month, when exactly one date is; empty otherwise.
         */
        List<Finding> ofMonthNamed(Sentence s) {
            Matcher m = s.matcher(MONTH_NAMED);
            if (!m.find()) {
                return List.of();
            }
            int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
            return theOneDated(iso -> iso.length() == 10 && Integer.parseInt(iso.substring(5, 7)) == month);
        }

        /**
         * The injection a sentence names by its day and month ("injection of 18/06", "the 6/18 ESI"): the document's
         * completed injection dated on that day, read either way round, when exactly one date fits; empty otherwise.
         */
        List<Finding> ofDayNamed(Sentence s) {
            Matcher m = s.matcher(DAY_NAMED);
            if (!m.find()) {
                return List.of();
            }
            int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            return theOneDated(iso -> dayAndMonth(iso, a, b) || dayAndMonth(iso, b, a));
        }

        /** The first-read injection whose ISO date fits, when exactly one date among the document's injections does; else empty. */
        private List<Finding> theOneDated(java.util.function.Predicate<String> fits) {
            List<Finding> all = new ArrayList<>(order.keySet());
            all.sort(Comparator.comparingInt(order::get));
            List<Finding> dated = all.stream().filter(f -> fits.test(isoDate(f))).toList();
            return dated.stream().map(InjectionResponseReader.Injections::isoDate).distinct().count() == 1 ? List.of(dated.get(0)) : List.of();
        }

        /** Whether an ISO date ("2026-06-18") falls on {@code day} of {@code month}. */
        private static boolean dayAndMonth(String iso, int day, int month) {
            return iso.length() == 10 && Integer.parseInt(iso.substring(5, 7)) == month && Integer.parseInt(iso.substring(8, 10)) == day;
        }

        /** The finding's date attribute as written (ISO, "2026-06-18"), or "" when it has none. */
        private static String isoDate(Finding f) {
            Object date = f.attributes().get("date");
            return date == null ? "" : date.toString();
        }

        /** Those starting in the sentence, in the order they were read. */
        List<Finding> in(Sentence s) {
            List<Finding> here = new ArrayList<>();
            if (s.start() < s.end()) {
                byStart.subMap(s.start(), s.end()).values().forEach(here::addAll);
            }
            here.sort(Comparator.comparingInt(order::get));
            return here;
        }
    }
}
