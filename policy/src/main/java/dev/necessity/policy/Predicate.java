package dev.necessity.policy;

import dev.necessity.model.DocumentType;
import dev.necessity.model.Severity;
import java.util.List;
import java.util.Map;

/** A typed test over a case's extracted findings, request or other lines. */
public sealed interface Predicate {

    /** Where a finding must be, relative to the requested levels. */
    enum LevelScope {
        /** Levels do not matter (symptoms, therapy, nicotine). */
        IGNORE,
        /** Every requested level must satisfy the test. */
        REQUESTED_EACH,
        /** At least one requested level must satisfy the test. */
        REQUESTED_ANY,
        /** Any level, requested or not. */
        ANY,
        /**
         * Levels do not matter, but the spinal region does: a finding placed in another region than the requested levels'
         * (by its level, or by its {@code region} attribute) is about something else. A cervical epidural is no session of
         * the lumbar ones a lumbar request counts; a finding placed nowhere stays in.
         */
        REQUESTED_REGION
    }

    /** When the record is silent, does a report that describes the level count as documenting absence? */
    enum Silence {
        /** The default: a record that never mentions the finding leaves the test NOT_DOCUMENTED. */
        NOT_DOCUMENTED,
        /** An imaging report that describes the requested level and does not report the finding answers NOT_MET. */
        NOT_MET_IF_LEVEL_REPORTED,
        /**
         * A record that never mentions the finding counts as documenting its absence. Only for what a record
         * would always state if it were so, e.g. a prior spine surgery in the history of uncomplicated acute back
         * pain; the rationale says the test relied on silence.
         */
        ABSENT
    }

    /**
     * A finding of {@code type} whose attributes match {@code where} (each attribute equal to one of
     * the listed values), in documents of {@code documentTypes}, dated within {@code withinMonths}
     * of the request, at levels per {@code levels}; it must reach {@code minSeverity} and satisfy
     * every {@code compare}. With {@code expectAbsent} (a policy writes {@code not: {finding: ...}}), the
     * test is that the record documents the finding's absence. With {@code count}, the test is on how many distinct dated occurrences the
     * record documents (e.g. no more than 4 injection sessions in 12 months). {@code require} names
     * attribute values the finding must have to satisfy the test; unlike {@code where} it does not
     * select, so a finding with another value of the attribute answers the test (NOT_MET): an exam
     * with a negative Hoffmann sign answers "Hoffmann sign positive". With {@code latest}, only the
     * most recent of the selected findings (by date) is judged: the response to the last injection,
     * not to any earlier one. With {@code side} {@link SideScope#REQUESTED} ({@code side: requested}), a finding placed on
     * the other side than the requested service's (the left knee's film for a right knee replacement) is left out; with
     * {@link SideScope#SYMPTOMATIC} ({@code side: symptomatic}), one placed on the other side than the radicular pain's
     * (a right straight-leg raise for left leg pain). With {@code region} ({@code region: lumbar}), a finding placed in
     * another spinal region (by its level, else its {@code region} attribute) is left out: a cervical radiculopathy or a
     * cervical fusion says nothing of a lumbar MRI. A finding placed in no region is read.
     */
    record FindingTest(String type, Map<String, List<String>> where, List<DocumentType> documentTypes,
                       Integer withinMonths, LevelScope levels, Severity minSeverity, List<Comparison> compare,
                       boolean expectAbsent, Silence silence, Count count, Map<String, List<String>> require,
                       boolean latest, SideScope side, String region) implements Predicate {
        public FindingTest(String type, Map<String, List<String>> where, List<DocumentType> documentTypes,
                           Integer withinMonths, LevelScope levels, Severity minSeverity, List<Comparison> compare,
                           boolean expectAbsent, Silence silence, Count count, Map<String, List<String>> require, boolean latest) {
            this(type, where, documentTypes, withinMonths, levels, minSeverity, compare, expectAbsent, silence, count, require, latest, SideScope.ANY, null);
        }

        public FindingTest(String type, Map<String, List<String>> where, List<DocumentType> documentTypes,
                           Integer withinMonths, LevelScope levels, Severity minSeverity, List<Comparison> compare,
                           boolean expectAbsent, Silence silence, Count count, Map<String, List<String>> require) {
            this(type, where, documentTypes, withinMonths, levels, minSeverity, compare, expectAbsent, silence, count, require, false);
        }

        public FindingTest(String type, Map<String, List<String>> where, List<DocumentType> documentTypes,
                           Integer withinMonths, LevelScope levels, Severity minSeverity, List<Comparison> compare,
                           boolean expectAbsent, Silence silence, Count count) {
            this(type, where, documentTypes, withinMonths, levels, minSeverity, compare, expectAbsent, silence, count, Map.of());
        }

        public FindingTest {
            where = where == null ? Map.of() : Map.copyOf(where);
            require = require == null ? Map.of() : Map.copyOf(require);
            documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
            compare = compare == null ? List.of() : List.copyOf(compare);
            levels = levels == null ? LevelScope.IGNORE : levels;
            silence = silence == null ? Silence.NOT_DOCUMENTED : silence;
            side = side == null ? SideScope.ANY : side;
        }
    }

    /**
     * Which side's findings a test reads: any; the requested service's ({@code side: requested}: the line's description,
     * else a sided diagnosis); or the symptomatic side ({@code side: symptomatic}: the requested side when the request
     * names one, else the side of the most recent radicular pain). A finding of no side, or of both, is always read.
     */
    enum SideScope { ANY, REQUESTED, SYMPTOMATIC }

    /** Bounds on the number of distinct occurrences (by date, else by document and place). */
    record Count(Integer atLeast, Integer atMost) {
        public boolean test(int n) {
            return (atLeast == null || n >= atLeast) && (atMost == null || n <= atMost);
        }

        public String describe() {
            if (atLeast != null && atMost != null) return "between " + atLeast + " and " + atMost;
            return atLeast != null ? "at least " + atLeast : "no more than " + atMost;
        }
    }

    /**
     * A numeric test on one attribute: against {@code value}, or, for a date attribute, the number of
     * weeks between it and the request date against {@code weeksBeforeRequest}.
     */
    record Comparison(String attribute, String op, Double value, Double weeksBeforeRequest) {
        public boolean test(double actual, double expected) {
            return switch (op) {
                case "<" -> actual < expected;
                case "<=" -> actual <= expected;
                case ">" -> actual > expected;
                case ">=" -> actual >= expected;
                case "==" -> actual == expected;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        public String describe() {
            return attribute + " " + op + " " + (value != null ? trim(value) : trim(weeksBeforeRequest) + " weeks before the request");
        }

        private static String trim(Double d) {
            return d == Math.floor(d) ? String.valueOf(d.longValue()) : d.toString();
        }
    }

    /**
     * Conservative care of {@code kinds} lasting at least {@code minWeeks} (first to last documented
     * date, or a stated duration) within {@code withinMonths} of the request. Planned care never counts.
     * With {@code notToleratedWaives} false, "not tolerated" is reported but does not satisfy the test.
     * {@code label} names the care in rationales when the kinds are mixed ("conservative care"); by
     * default the kinds the record documents name it.
     */
    record CareDuration(List<String> kinds, double minWeeks, Integer withinMonths, boolean notToleratedWaives, String label)
            implements Predicate {
        public CareDuration {
            kinds = List.copyOf(kinds);
        }

        public CareDuration(List<String> kinds, double minWeeks, Integer withinMonths, boolean notToleratedWaives) {
            this(kinds, minWeeks, withinMonths, notToleratedWaives, null);
        }
    }

    /** The add-on line's primary line reached {@code outcome} (e.g. MEDICALLY_NECESSARY). */
    record PrimaryLine(String outcome) implements Predicate {
    }

    /**
     * The line's own requested code is one of {@code codes}: a fact the code itself states, such as an
     * injection code that by definition includes fluoroscopic or CT guidance (62323, 64483, 64484).
     */
    record ServiceCoded(List<String> codes) implements Predicate {
        public ServiceCoded {
            codes = List.copyOf(codes);
        }
    }

    /** The request carries a diagnosis whose code starts with one of {@code codePrefixes}. */
    record DiagnosisCoded(List<String> codePrefixes) implements Predicate {
        public DiagnosisCoded {
            codePrefixes = List.copyOf(codePrefixes);
        }
    }
}
