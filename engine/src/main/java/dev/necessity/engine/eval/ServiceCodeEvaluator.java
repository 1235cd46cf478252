package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.policy.Predicate;

/** Whether the line's own requested code is one the policy names (a fact the code states by definition). */
final class ServiceCodeEvaluator {
    private ServiceCodeEvaluator() {
    }

    static Verdict evaluate(Predicate.ServiceCoded s, LineContext ctx) {
        String code = ctx.line().code();
        if (s.codes().contains(code)) {
            return Verdict.of(Status.MET, "The requested code " + code + " is one of " + String.join(", ", s.codes()) + ".");
        }
        return Verdict.of(Status.NOT_MET, "The requested code " + code + " is not one of " + String.join(", ", s.codes()) + ".");
    }
}
