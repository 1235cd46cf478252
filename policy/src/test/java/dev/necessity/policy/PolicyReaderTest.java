package dev.necessity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the policy reader checks beyond the schema. {@code NEC-KB-033} is the one lint code without a
 * golden lint case ({@code app/src/test/resources/lint/}): the schema requires every node to have an
 * operator or predicate, so lint reports such a node as {@code NEC-KB-010} and never reaches the reader.
 * The reader keeps its own check because its fallback, "all of nothing", would read as MET.
 */
class PolicyReaderTest {
    private static final String NO_OPERATOR = """
            id: no-operator
            version: "1"
            effective: 2026-01-01
            title: A criterion with neither operator nor predicate
            codes: { primary: [ { code: "99933", description: "Example procedure" } ] }
            criteria:
              id: root
              title: Symptoms
              all:
                - id: empty
                  title: Nothing to test
            """;

    @Test
    void aCriterionWithNoOperatorOrPredicateIsNec033AtTheNode() {
        List<PolicyProblem> problems = new ArrayList<>();
        YamlTree doc = YamlTree.parse("policies/no-operator/policy.yaml", NO_OPERATOR);

        assertThat(new PolicyReader(new SourceCatalog(Map.of()), FindingModel.builtIn(), problems).read(doc)).isEmpty();

        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-033");
        assertThat(problems).extracting(PolicyProblem::toString)
                .containsExactly("policies/no-operator/policy.yaml:10:7: criterion has no operator or predicate");
    }

    @Test
    void theSchemaRejectsTheSameNodeFirst() {
        List<PolicyProblem> problems = new PolicySchema().validate(YamlTree.parse("policies/no-operator/policy.yaml", NO_OPERATOR));

        assertThat(problems).extracting(PolicyProblem::code).containsOnly("NEC-KB-010");
        assertThat(problems).extracting(p -> p.position().line()).contains(10);
    }
}
