package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A number written once as a parameter, a criterion written once as a definition, and absence said with not. */
class ReuseTest {
    private static final String HEADER = """
            id: reuse
            version: "1"
            effective: 2026-01-01
            title: Reuse
            codes:
              primary: [ { code: "99994", description: "Test procedure" } ]
            """;

    @TempDir
    Path root;

    private final List<PolicyProblem> problems = new ArrayList<>();

    private Policy load(String body) {
        write(root, "reuse", HEADER + body);
        return KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), root), problems).policy("reuse").orElse(null);
    }

    private Path file() {
        return root.resolve("policies/reuse/policy.yaml");
    }

    private static Criterion node(Policy p, String id) {
        return p.criteria().walk().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Predicate.FindingTest test(Policy p, String id) {
        return (Predicate.FindingTest) ((Composition.Leaf) node(p, id).composition()).predicate();
    }

    @Test
    void aParameterFillsInTextsAndTakesItsOwnTypeAsAWholeValue() {
        Policy p = load("""
                parameters: { minMm: 3.5, window: 12 }
                criteria:
                  id: root
                  title: More than {minMm} mm within {window} months
                  finding:
                    type: instability
                    withinMonths: "{window}"
                    compare: [ { attr: translationMm, op: ">", value: "{minMm}" } ]
                """);

        assertThat(problems).isEmpty();
        assertThat(p.criteria().title()).isEqualTo("More than 3.5 mm within 12 months");
        assertThat(test(p, "root").withinMonths()).isEqualTo(12);
        assertThat(test(p, "root").compare()).containsExactly(new Predicate.Comparison("translationMm", ">", 3.5, null));
    }

    @Test
    void anUnknownParameterIsAProblemWithTheNameMeant() {
        load("""
                parameters: { careWeeks: 6 }
                criteria:
                  id: root
                  title: At least {careWeek} weeks
                  care: { kinds: [physical_therapy], minWeeks: "{careWeeks}" }
                """);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file()) + ":"
                + lineOf(file(), "{careWeek}") + ":10: unknown parameter 'careWeek' (did you mean careWeeks?)");
        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-073");
    }

    @Test
    void aPlaceholderWithoutQuotesIsExplainedRatherThanCalledAMapping() {
        load("""
                parameters: { careWeeks: 6 }
                criteria:
                  id: root
                  title: At least {careWeeks} weeks
                  care:
                    kinds: [physical_therapy]
                    minWeeks: {careWeeks}
                """);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file()) + ":"
                + lineOf(file(), "minWeeks") + ":15: write \"{careWeeks}\" in quotes: without them YAML reads {careWeeks} as a"
                + " mapping, not as the parameter");
    }

    @Test
    void aDefinitionIsUsedByNodesThatGiveTheirOwnIdAndMayGiveTheirOwnTitle() {
        Policy p = load("""
                definitions:
                  no-instability:
                    title: No instability at the requested level
                    citations: [ { source: aetna-cpb-0743 } ]
                    not: { finding: { type: instability, levels: requested-any } }
                criteria:
                  id: root
                  title: Root
                  all:
                    - { id: first, use: no-instability }
                    - { id: second, use: no-instability, title: Still no instability }
                """);

        assertThat(problems).isEmpty();
        assertThat(node(p, "first").title()).isEqualTo("No instability at the requested level");
        assertThat(node(p, "first").citations()).extracting(CitationRef::sourceId).containsExactly("aetna-cpb-0743");
        assertThat(node(p, "second").title()).isEqualTo("Still no instability");
        assertThat(test(p, "first")).isEqualTo(test(p, "second"));
        assertThat(test(p, "first").expectAbsent()).isTrue();
    }

    @Test
    void notOverAnUnnamedTestIsOneLeafOfDocumentedAbsenceAndOverANamedNodeANodeOfItsOwn() {
        Policy p = load("""
                criteria:
                  id: root
                  title: Root
                  all:
                    - id: unnamed
                      title: No spondylolisthesis
                      not: { finding: { type: spondylolisthesis, levels: requested-any } }
                    - id: named
                      title: No spondylolisthesis
                      not: { id: inner, title: Spondylolisthesis, finding: { type: spondylolisthesis, levels: requested-any } }
                """);

        assertThat(problems).isEmpty();
        assertThat(node(p, "unnamed").children()).isEmpty();
        assertThat(test(p, "unnamed").expectAbsent()).isTrue();
        assertThat(node(p, "named").composition()).isInstanceOf(Composition.Not.class);
        assertThat(test(p, "inner").expectAbsent()).isFalse();
    }

    @Test
    void theRetiredExpectAbsentIsAProblemThatSaysHowToWriteItNow() {
        load("""
                criteria:
                  id: root
                  title: No instability
                  finding: { type: instability, expect: absent }
                """);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file()) + ":"
                + lineOf(file(), "expect") + ":33: 'expect' is no longer a key of a finding test: write a test of documented"
                + " absence as not: { finding: { ... } }");
    }

    @Test
    void usingWhatIsNotDefinedIsAProblemWithTheNameMeant() {
        load("""
                definitions:
                  no-instability: { title: No instability, not: { finding: { type: instability } } }
                criteria:
                  id: root
                  title: Root
                  all:
                    - { id: first, use: no-instabilty }
                """);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file()) + ":"
                + lineOf(file(), "no-instabilty") + ":25: uses 'no-instabilty', which is not defined (did you mean no-instability?)");
        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-074");
    }

    @Test
    void definitionsThatMultiplyAreStoppedAtTheLimitInsteadOfGrowingWithoutEnd() {
        StringBuilder defs = new StringBuilder("definitions:\n");
        for (int i = 0; i < 40; i++) {
            defs.append("  d").append(i).append(": { title: T, any: [ { id: a").append(i).append(", use: d").append(i + 1)
                    .append(" }, { id: b").append(i).append(", use: d").append(i + 1).append(" } ] }\n");
        }
        defs.append("  d40: { title: Leaf, finding: { type: bmi } }\n");

        long start = System.nanoTime();
        Policy p = load(defs + "criteria: { id: root, use: d0 }\n");

        assertThat(p).isNull();
        assertThat(problems).extracting(PolicyProblem::message).contains("named criteria expand to more than 5000 criterion nodes,"
                + " the limit for a policy");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void aDefinitionThatUsesItselfIsAProblem() {
        load("""
                definitions:
                  a: { use: b }
                  b: { use: a }
                criteria: { id: root, use: a }
                """);

        assertThat(problems).extracting(PolicyProblem::message).contains("definition 'a' uses itself (a -> b -> a)");
    }

    @Test
    void sharedDefinitionsServeEveryPolicyOfTheDirectoryWithEachPolicysOwnParameters() throws IOException {
        Files.writeString(root.resolve("definitions.yaml"), """
                definitions:
                  pt-course:
                    title: Physical therapy for at least {careWeeks} weeks
                    care: { kinds: [physical_therapy], minWeeks: "{careWeeks}" }
                """);
        write(root, "other", HEADER.replace("reuse", "other").replace("99994", "99995") + """
                parameters: { careWeeks: 12 }
                criteria: { id: other-care, use: pt-course }
                """);

        Policy p = load("""
                parameters: { careWeeks: 6 }
                criteria: { id: care, use: pt-course }
                """);
        Policy other = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), root), new ArrayList<>()).policy("other").orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(p.criteria().title()).isEqualTo("Physical therapy for at least 6 weeks");
        assertThat(other.criteria().title()).isEqualTo("Physical therapy for at least 12 weeks");
    }

    @Test
    void aLaterDirectorysDefinitionServesItsOwnPoliciesAndNeverAnEarlierDirectorys(@TempDir Path later) throws IOException {
        Files.writeString(root.resolve("definitions.yaml"), "definitions:\n  pt: { title: Six weeks, care: { kinds: [physical_therapy], minWeeks: 6 } }\n");
        Files.writeString(later.resolve("definitions.yaml"), "definitions:\n  pt: { title: Eight weeks, care: { kinds: [physical_therapy], minWeeks: 8 } }\n");
        write(root, "reuse", HEADER + "criteria: { id: care, use: pt }\n");
        write(later, "other", HEADER.replace("reuse", "other").replace("99994", "99995") + "criteria: { id: care, use: pt }\n");

        KnowledgeBase kb = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), root, later), problems);

        assertThat(problems).isEmpty();
        assertThat(kb.policy("reuse").orElseThrow().criteria().title()).isEqualTo("Six weeks");
        assertThat(kb.policy("other").orElseThrow().criteria().title()).isEqualTo("Eight weeks");
    }

    @Test
    void loadingTheBuiltInDirectoryAgainAsAnOverlayChangesNothing() {
        List<PolicyProblem> found = new ArrayList<>();
        KnowledgeBase twice = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), KnowledgeLoader.builtInRoot()), found);

        assertThat(found).isEmpty();
        assertThat(twice.sorted()).isEqualTo(KnowledgeLoader.builtIn().sorted());
    }
}
