package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.Diagnosis;
import dev.necessity.policy.Predicate;
import java.util.List;

/** Whether the request codes a diagnosis in a family (by code prefix, dots ignored). */
final class DiagnosisEvaluator {
    private DiagnosisEvaluator() {
    }

    static Verdict evaluate(Predicate.DiagnosisCoded d, LineContext ctx) {
        List<Diagnosis> coded = ctx.facts().request().diagnoses().stream().filter(x -> x.inFamily(d.codePrefixes())).toList();
        if (coded.isEmpty()) {
            return Verdict.of(Status.NOT_MET, "The request codes no diagnosis in " + String.join(", ", d.codePrefixes()) + ".");
        }
        Diagnosis x = coded.get(0);
        return Verdict.of(Status.MET, "The request codes " + x.code() + (x.description() == null ? "" : " (" + x.description() + ")") + ".");
    }

}
