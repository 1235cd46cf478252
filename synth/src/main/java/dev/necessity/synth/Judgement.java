package dev.necessity.synth;

import java.util.Arrays;
import java.util.List;

/**
 * A criterion's status as a scenario works it out from its drawn facts, in the reference policies'
 * three-valued reading: what the record denies or grades too low is NOT_MET, what it is silent on is
 * NOT_DOCUMENTED, and an unknown never silently becomes either. A waived criterion is MET here (it
 * counts as satisfied).
 */
enum Judgement {
    MET, NOT_MET, NOT_DOCUMENTED;

    static Judgement of(boolean met) {
        return met ? MET : NOT_MET;
    }

    /** Every part required: one NOT_MET decides; else one unknown leaves it unknown. */
    static Judgement all(Judgement... parts) {
        return all(Arrays.asList(parts));
    }

    static Judgement all(List<Judgement> parts) {
        if (parts.contains(NOT_MET)) {
            return NOT_MET;
        }
        return parts.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : MET;
    }

    /** One part suffices: one MET decides; else one unknown leaves it unknown. */
    static Judgement any(Judgement... parts) {
        List<Judgement> list = Arrays.asList(parts);
        if (list.contains(MET)) {
            return MET;
        }
        return list.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : NOT_MET;
    }

    /** At least n parts: NOT_MET only when even the unknown parts could not make up n. */
    static Judgement atLeast(int n, Judgement... parts) {
        long met = Arrays.stream(parts).filter(j -> j == MET).count();
        long unknown = Arrays.stream(parts).filter(j -> j == NOT_DOCUMENTED).count();
        if (met >= n) {
            return MET;
        }
        return met + unknown >= n ? NOT_DOCUMENTED : NOT_MET;
    }

    /** A met waiver satisfies a failing criterion; it never makes a satisfied one fail. */
    Judgement waivedBy(boolean waiver) {
        return waiver ? MET : this;
    }

    /** The line outcome when this is the line's whole criteria tree. */
    String outcome() {
        return switch (this) {
            case MET -> "MEDICALLY_NECESSARY";
            case NOT_MET -> "NOT_MEDICALLY_NECESSARY";
            case NOT_DOCUMENTED -> "INSUFFICIENT_DOCUMENTATION";
        };
    }

    /** A line's outcome from its criteria tree and exclusions: a met exclusion denies whatever the criteria say. */
    static String lineOutcome(Judgement criteria, boolean excluded) {
        return excluded ? NOT_MET.outcome() : criteria.outcome();
    }

    /** An add-on line is never more favourable than its primary line (also: the less favourable of two outcomes). */
    static String capped(String addOn, String primary) {
        List<String> leastFirst = List.of("NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION", "MEDICALLY_NECESSARY");
        return leastFirst.indexOf(addOn) <= leastFirst.indexOf(primary) ? addOn : primary;
    }

    /** The case outcome: the least favourable line outcome. */
    static String caseOutcome(List<String> lineOutcomes) {
        return lineOutcomes.stream().reduce("MEDICALLY_NECESSARY", Judgement::capped);
    }
}
