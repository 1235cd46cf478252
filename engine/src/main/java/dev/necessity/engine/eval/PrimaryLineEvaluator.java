package dev.necessity.engine.eval;

import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.policy.Predicate;
import java.util.Locale;

/** An add-on is supportable only when its primary procedure is. */
final class PrimaryLineEvaluator {
    private PrimaryLineEvaluator() {
    }

    static Verdict evaluate(Predicate.PrimaryLine p, LineContext ctx) {
        if (ctx.primaryLine() == null || ctx.primaryOutcome() == null) {
            return Verdict.of(Status.NOT_DOCUMENTED, "The request names no primary procedure for this add-on code.");
        }
        String primary = "line " + ctx.primaryLine().sequence() + " (CPT " + ctx.primaryLine().code() + ")";
        LineOutcome required = LineOutcome.valueOf(p.outcome());
        if (ctx.primaryOutcome() == required) {
            return Verdict.of(Status.MET, "The primary procedure, " + primary + ", is " + required.label().toLowerCase(Locale.ROOT) + ".");
        }
        Status status = ctx.primaryOutcome() == LineOutcome.INSUFFICIENT_DOCUMENTATION ? Status.NOT_DOCUMENTED
                : ctx.primaryOutcome() == LineOutcome.NO_POLICY ? Status.NOT_DOCUMENTED : Status.NOT_MET;
        return Verdict.of(status, "The primary procedure, " + primary + ", is " + ctx.primaryOutcome().label().toLowerCase(Locale.ROOT)
                + ", so the add-on cannot be supported.");
    }
}
