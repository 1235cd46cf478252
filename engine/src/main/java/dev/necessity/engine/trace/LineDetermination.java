package dev.necessity.engine.trace;

import dev.necessity.model.ServiceLine;
import java.util.List;

/**
 * The recommendation for one service line. {@code criteria} is the evaluated criteria tree (null when
 * no policy applies); {@code exclusions} lists every exclusion with its status (MET means it applies).
 */
public record LineDetermination(ServiceLine line, String policyId, String policyVersion, String policyTitle,
                                Integer primarySequence, LineOutcome outcome, String summary,
                                CriterionResult criteria, List<CriterionResult> exclusions) {
    public LineDetermination {
        exclusions = List.copyOf(exclusions);
    }

    /** Every result evaluated for this line, criteria then exclusions, with waivers and applicability tests. */
    public java.util.stream.Stream<CriterionResult> results() {
        java.util.stream.Stream<CriterionResult> criteriaResults = criteria == null ? java.util.stream.Stream.empty() : criteria.walk();
        return java.util.stream.Stream.concat(criteriaResults, exclusions.stream().flatMap(CriterionResult::walk));
    }

    public boolean isAddOn() {
        return primarySequence != null;
    }
}
