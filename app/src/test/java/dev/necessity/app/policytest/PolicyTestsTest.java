package dev.necessity.app.policytest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.policy.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Maven build runs every policy's own test cases, as {@code necessity policies test} does; their
 * golden reports are {@code GoldenReportsTest}'s, so that a changed report fails once, with its diff.
 */
class PolicyTestsTest {
    private static final Path KNOWLEDGE = Examples.root().getParent().resolve("knowledge");
    private static final PolicyTestRunner.Report REPORT = new PolicyTestRunner(new Pipeline(KnowledgeLoader.load(List.of(KNOWLEDGE))),
            PolicyTestRunner.Goldens.IGNORE).run(KNOWLEDGE);

    @TestFactory
    Stream<DynamicTest> everyPolicyTestCasePasses() {
        assertThat(REPORT.cases()).as("policy test cases").isNotEmpty();
        return REPORT.cases().stream().map(c -> DynamicTest.dynamicTest(c.policyId() + "/" + c.name(),
                () -> assertThat(c.mismatches()).as(c.policyId() + "/" + c.name()).isEmpty()));
    }

    @Test
    void everyPolicyShipsTests() {
        Map<String, Long> perPolicy = REPORT.cases().stream()
                .collect(java.util.stream.Collectors.groupingBy(PolicyTestRunner.CaseResult::policyId, java.util.stream.Collectors.counting()));
        KnowledgeLoader.load(List.of(KNOWLEDGE)).policies().keySet()
                .forEach(id -> assertThat(perPolicy.getOrDefault(id, 0L)).as("test cases for " + id).isPositive());
    }
}
