package dev.necessity.policy;

import static dev.necessity.policy.OverlayFiles.lineOf;
import static dev.necessity.policy.OverlayFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payer's policy written as a few patches on a loaded base, compiled at load time and checked like any other. */
class ExtendsTest {
    /** A base policy in a knowledge directory of its own, with parameters its texts and tests name. */
    static final String BASE = """
            id: knee-base
            version: "1.0"
            effective: 2026-01-01
            title: Knee base
            parameters: { careWeeks: 6, minGrade: 3 }
            codes:
              primary: [ { code: "99991", description: "Test procedure" } ]
            criteria:
              id: knee-base
              title: All of it
              all:
                - id: imaging
                  title: Grade {minGrade} or worse
                  any:
                    - id: graded
                      title: Kellgren-Lawrence grade {minGrade} or more
                      finding: { type: kellgren_lawrence, compare: [ { attr: grade, op: ">=", value: "{minGrade}" } ] }
                    - id: necrosis
                      title: Avascular necrosis
                      finding: { type: condition, where: { kind: avascular_necrosis } }
                - id: care
                  title: At least {careWeeks} weeks of care
                  remediation: Complete at least {careWeeks} weeks of physical therapy.
                  care: { kinds: [physical_therapy], minWeeks: "{careWeeks}" }
            pitfalls:
              - id: grade-pitfall
                text: Grade {minGrade} is the threshold.
            """;

    @TempDir
    Path base;
    @TempDir
    Path overlay;

    private List<PolicyProblem> problems = new ArrayList<>();

    private KnowledgeBase load() {
        write(base, "knee-base", BASE);
        problems = new ArrayList<>();
        return KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), base, overlay), problems);
    }

    private static String overlay(String patches) {
        return """
                id: knee-base
                version: "1.0-payer"
                title: Knee (payer)
                extends: knee-base@1.0
                patches:
                """ + patches.indent(2);
    }

    private static Criterion node(Policy p, String id) {
        return p.criteria().walk().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void setChangesAParameterEverywhereTheBaseNamesIt() {
        write(overlay, "knee-base", overlay("- set: { careWeeks: 13 }"));

        Policy p = load().policy("knee-base").orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(p.version()).isEqualTo("1.0-payer");
        assertThat(p.title()).isEqualTo("Knee (payer)");
        assertThat(p.effective()).hasToString("2026-01-01");
        assertThat(p.primaryCodes()).extracting(Policy.CodeEntry::code).containsExactly("99991");
        assertThat(node(p, "care").title()).isEqualTo("At least 13 weeks of care");
        assertThat(node(p, "care").remediation()).isEqualTo("Complete at least 13 weeks of physical therapy.");
        assertThat(((Composition.Leaf) node(p, "care").composition()).predicate())
                .isEqualTo(new Predicate.CareDuration(List.of("physical_therapy"), 13, null, false, null));
        assertThat(node(p, "graded").title()).isEqualTo("Kellgren-Lawrence grade 3 or more");
    }

    @Test
    void theBaseItselfIsUnchangedByWhatExtendsIt() {
        write(overlay, "knee-payer", overlay("- set: { careWeeks: 13 }").replace("id: knee-base\n", "id: knee-payer\n")
                .replace("version: \"1.0-payer\"", "version: \"1.0-payer\"\ncodes:\n  primary: [ { code: \"99992\", description: \"Other\" } ]"));

        KnowledgeBase kb = load();

        assertThat(problems).isEmpty();
        assertThat(node(kb.policy("knee-base").orElseThrow(), "care").title()).isEqualTo("At least 6 weeks of care");
        assertThat(node(kb.policy("knee-payer").orElseThrow(), "care").title()).isEqualTo("At least 13 weeks of care");
        assertThat(kb.forPrimary("99992")).map(Policy::id).contains("knee-payer");
    }

    @Test
    void replaceRemoveAddAndUpdateAddressNodesAndNotesById() {
        write(overlay, "knee-base", overlay("""
                - replace: graded
                  with:
                    id: graded-four
                    title: Kellgren-Lawrence grade 4
                    finding: { type: kellgren_lawrence, compare: [ { attr: grade, op: ">=", value: 4 } ] }
                - remove: necrosis
                - add: { id: bone-on-bone, title: Bone on bone, finding: { type: kellgren_lawrence, where: { wording: bone-on-bone } } }
                  to: imaging
                - update: imaging
                  with: { title: Grade 4, deficiency: Not grade 4 }
                - update: grade-pitfall
                  with: { text: This payer requires grade 4. }
                """));

        Policy p = load().policy("knee-base").orElseThrow();

        assertThat(problems).isEmpty();
        Criterion imaging = node(p, "imaging");
        assertThat(imaging.title()).isEqualTo("Grade 4");
        assertThat(imaging.deficiency()).isEqualTo("Not grade 4");
        assertThat(imaging.children()).extracting(Criterion::id).containsExactly("graded-four", "bone-on-bone");
        assertThat(p.pitfalls()).extracting(Policy.PolicyNote::text).containsExactly("This payer requires grade 4.");
        assertThat(p.file()).isEqualTo(KnowledgeLoader.displayName(overlay.resolve("policies/knee-base/policy.yaml")));
    }

    @Test
    void aPatchAddressingNoNodeIsAProblemAtItsLineWithTheIdMeant() {
        Path file = write(overlay, "knee-base", overlay("- remove: necrossis"));

        load();

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "necrossis") + ":13: no criterion, discordance, alternative or pitfall 'necrossis' in knee-base@1.0"
                + " (did you mean necrosis?)");
        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-071");
    }

    @Test
    void extendingAVersionThatIsNotLoadedIsAProblemNamingTheVersionsThatAre() {
        Path file = write(overlay, "knee-base", overlay("- set: { careWeeks: 13 }").replace("knee-base@1.0", "knee-base@0.9"));

        KnowledgeBase kb = load();

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "extends") + ":10: extends knee-base@0.9, but no policy with that id and version is loaded before it"
                + " (loaded: knee-base@1.0)");
        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-070");
        assertThat(kb.policy("knee-base").orElseThrow().version()).isEqualTo("1.0");
    }

    @Test
    void extendingAPolicyNoDirectoryHasSuggestsTheIdMeant() {
        write(overlay, "knee-base", overlay("- set: { careWeeks: 13 }").replace("knee-base@1.0", "knee-bse@1.0"));

        load();

        assertThat(problems).extracting(PolicyProblem::message).containsExactly("extends knee-bse@1.0, but no policy with that id"
                + " and version is loaded before it (did you mean knee-base?)");
    }

    @Test
    void malformedPatchesAreProblemsThatSayWhatIsWrong() {
        Path file = write(overlay, "knee-base", overlay("""
                - replace: graded
                - remove: necrosis
                  update: imaging
                - add: { id: more, title: More, finding: { type: bmi } }
                  to: care
                - {}
                """));

        load();

        String at = KnowledgeLoader.displayName(file) + ":";
        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(
                at + lineOf(file, "replace: graded") + ":5: malformed patch: replace needs 'with': what to put in its place",
                at + lineOf(file, "remove: necrosis") + ":5: malformed patch: a patch does one thing, and this one says remove"
                        + " and update: write each as its own patch",
                at + lineOf(file, "add: { id: more") + ":5: malformed patch: 'care' is not an any, all or atLeast node, so a route"
                        + " cannot be added to it",
                at + lineOf(file, "- {}") + ":5: malformed patch: a patch says what it does: set, replace, remove, add or update");
        assertThat(problems).extracting(PolicyProblem::code).containsOnly("NEC-KB-072");
    }

    @Test
    void anIdThatNamesBothACriterionAndANoteIsAmbiguousAndTheCriteriaRootCannotBeRemoved() {
        String base = BASE.replace("  - id: grade-pitfall", "  - id: necrosis");
        write(this.base, "knee-base", base);
        Path file = write(overlay, "knee-base", overlay("- update: necrosis\n  with: { title: X }\n- remove: knee-base"));

        problems = new ArrayList<>();
        KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), this.base, overlay), problems);

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(
                KnowledgeLoader.displayName(file) + ":" + lineOf(file, "update: necrosis") + ":13: 'necrosis' names 2 elements of"
                        + " knee-base@1.0 (a criterion and a note share it); a patch must address one",
                KnowledgeLoader.displayName(file) + ":" + lineOf(file, "remove: knee-base") + ":5: malformed patch: 'knee-base' is the"
                        + " policy's criteria and cannot be removed; replace it instead");
    }

    @Test
    void removingTheOnlyRouteOfANodeIsMalformed() {
        write(overlay, "knee-base", overlay("- remove: necrosis\n- remove: graded"));

        load();

        assertThat(problems).extracting(PolicyProblem::message).containsExactly("malformed patch: removing 'graded' would leave its"
                + " 'any' with no children; replace the node above it instead");
    }

    @Test
    void anExtendingPolicyChangesCriteriaOnlyThroughPatches() {
        Path file = write(overlay, "knee-base", overlay("- set: { careWeeks: 13 }") + "criteria: { id: x, title: X, finding: { type: bmi } }\n");

        load();

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "criteria:") + ":1: malformed patch: a policy that extends another changes its criteria with patches,"
                + " not by writing them out");
    }

    @Test
    void patchesWithoutExtendsAreMalformed() {
        write(overlay, "other", BASE.replace("knee-base", "other").replace("99991", "99993") + "patches: [ { remove: necrosis } ]\n");

        load();

        assertThat(problems).extracting(PolicyProblem::message)
                .containsExactly("malformed patch: patches change a base policy; name it with 'extends: id@version'");
    }

    @Test
    void settingAParameterTheBaseDoesNotDeclareIsAProblem() {
        Path file = write(overlay, "knee-base", overlay("- set: { careWeek: 13 }"));

        load();

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "careWeek") + ":12: sets 'careWeek', which knee-base@1.0 does not declare as a parameter"
                + " (did you mean careWeeks?) (its parameters: careWeeks, minGrade)");
        assertThat(problems).extracting(PolicyProblem::code).containsExactly("NEC-KB-073");
    }

    @Test
    void theMergedPolicyIsValidatedAndAWrongValuePointsWhereItWasWritten() {
        Path file = write(overlay, "knee-base", overlay("- set: { careWeeks: six }"));

        load();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo("NEC-KB-010");
        assertThat(problems.get(0).position()).isEqualTo(new SourcePosition(KnowledgeLoader.displayName(file), lineOf(file, "six"), 23));
        assertThat(problems.get(0).message()).startsWith("'minWeeks' ");
    }

    @Test
    void aProblemInTheBasesPartOfAMergedPolicyPointsAtTheBase() {
        write(overlay, "knee-base", overlay("- add: { id: more, title: More, finding: { type: bmi, where: { knid: x } } }\n  to: imaging"));

        load();

        Path overlayFile = overlay.resolve("policies/knee-base/policy.yaml");
        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(overlayFile) + ":"
                + lineOf(overlayFile, "knid") + ":66: unknown attribute 'knid' of bmi");
    }

    @Test
    void anOverlayOfAnOverlayExtendsTheCompiledPolicy() {
        write(overlay, "knee-base", overlay("- set: { careWeeks: 13 }"));
        Path third = overlay.resolveSibling(overlay.getFileName() + "-third");
        write(third, "knee-base", overlay("- update: care\n  with: { deficiency: Too short }")
                .replace("knee-base@1.0", "knee-base@1.0-payer").replace("\"1.0-payer\"", "\"1.0-payer-2\""));
        write(base, "knee-base", BASE);

        KnowledgeBase kb = KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), base, overlay, third), problems);

        assertThat(problems).isEmpty();
        Criterion care = node(kb.policy("knee-base").orElseThrow(), "care");
        assertThat(care.title()).isEqualTo("At least 13 weeks of care");
        assertThat(care.deficiency()).isEqualTo("Too short");
    }

    @Test
    void aCycleOfExtendsIsAProblem() {
        write(overlay, "a", overlay("- set: { careWeeks: 13 }").replace("id: knee-base\n", "id: a\n")
                .replace("version: \"1.0-payer\"", "version: \"1\"").replace("knee-base@1.0", "b@1"));
        write(overlay, "b", overlay("- set: { careWeeks: 13 }").replace("id: knee-base\n", "id: b\n")
                .replace("version: \"1.0-payer\"", "version: \"1\"").replace("knee-base@1.0", "a@1"));

        load();

        assertThat(problems).extracting(PolicyProblem::message).contains("extends forms a cycle: a@1 -> b@1 -> a@1");
        assertThat(problems).extracting(PolicyProblem::code).containsOnly("NEC-KB-070");
    }

    @Test
    void anExtendingPolicyWithAnotherIdThatKeepsTheBasesCodesMustSayItReplacesIt() {
        Path file = write(overlay, "acme-knee", overlay("- set: { careWeeks: 13 }").replace("id: knee-base\n", "id: acme-knee\n"));
        Path baseFile = base.resolve("policies/knee-base/policy.yaml");

        load();

        assertThat(problems).extracting(PolicyProblem::toString).containsExactly(KnowledgeLoader.displayName(file) + ":"
                + lineOf(file, "extends") + ":1: primary code 99991 (inherited through 'extends: knee-base@1.0') is already covered"
                + " by policy 'knee-base' (" + KnowledgeLoader.displayName(baseFile) + "); add 'replaces: knee-base' to take that"
                + " policy's place");
    }

    @Test
    void withReplacesItTakesTheBasesPlace() {
        write(overlay, "acme-knee", overlay("- set: { careWeeks: 13 }").replace("id: knee-base\n", "id: acme-knee\nreplaces: knee-base\n"));

        KnowledgeBase kb = load();

        assertThat(problems).isEmpty();
        assertThat(kb.forPrimary("99991")).map(Policy::id).contains("acme-knee");
        assertThat(kb.policy("knee-base")).isEmpty();
    }
}
