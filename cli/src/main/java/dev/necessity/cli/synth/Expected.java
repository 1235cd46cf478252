package dev.necessity.cli.synth;

import java.util.List;

/**
 * A criterion's status as a scenario works it out from its drawn facts, with the policy language's
 * three-valued combinations: a scenario states each leaf from the facts and combines them the way
 * the policy's {@code all}, {@code any} and {@code atLeast} do, so the expected outcome reads like the policy.
 */
enum Expected {
    MET, NOT_MET, NOT_DOCUMENTED;

    /** MET when {@code condition} holds, NOT_MET otherwise: the record answers the question either way. */
    static Expected metIf(boolean condition) {
        return condition ? MET : NOT_MET;
    }

    /** Every child must be met: a failure outweighs silence, silence outweighs success. */
    static Expected all(Expected... children) {
        List<Expected> c = List.of(children);
        if (c.contains(NOT_MET)) {
            return NOT_MET;
        }
        return c.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : MET;
    }

    /** One met child is enough; the rest fail only when every one is answered. */
    static Expected any(Expected... children) {
        List<Expected> c = List.of(children);
        if (c.contains(MET)) {
            return MET;
        }
        return c.contains(NOT_DOCUMENTED) ? NOT_DOCUMENTED : NOT_MET;
    }

    /** At least {@code n} met; not met only when even the undocumented ones could not make up the count. */
    static Expected atLeast(int n, Expected... children) {
        long met = List.of(children).stream().filter(e -> e == MET).count();
        long unknown = List.of(children).stream().filter(e -> e == NOT_DOCUMENTED).count();
        if (met >= n) {
            return MET;
        }
        return met + unknown >= n ? NOT_DOCUMENTED : NOT_MET;
    }

    /** A line's outcome: a met exclusion or a failed criterion denies, silence asks for records. */
    static String outcome(Expected criteria, boolean excluded) {
        if (excluded || criteria == NOT_MET) {
            return "NOT_MEDICALLY_NECESSARY";
        }
        return criteria == NOT_DOCUMENTED ? "INSUFFICIENT_DOCUMENTATION" : "MEDICALLY_NECESSARY";
    }

    /** The less favourable of two line outcomes: an add-on is never better than its primary. */
    static String leastFavourable(String a, String b) {
        List<String> order = List.of("NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION", "MEDICALLY_NECESSARY");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }
}
