package dev.necessity.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.trace.Determination;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever happens to one case (it never ends, runs out of memory, overflows the stack, throws),
 * that case gets an error line saying why, every other case gets its determination, and the run
 * says that a case failed. The failures are real: a real out-of-memory error, a real stack
 * overflow, a worker blocked until the test lets it go.
 */
class BatchFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeLoader.builtIn());

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void cases() {
        root = tmp.resolve("cases");
        Examples.copy("l5-s1-alif", root.resolve("seed"));
        Examples.copy("l5-s1-alif-approvable", root.resolve("approvable"));
        Examples.copy("no-policy", root.resolve("trouble"));
    }

    private final InMemoryBatchResults results = new InMemoryBatchResults();

    private BatchRunner.Outcome run(BatchRunner.Assessment assessment, Duration budget) throws Exception {
        return new BatchRunner(assessment, PIPELINE.knowledge().sources(), 2, budget)
                .run(root, CaseDirectories.find(root), System.nanoTime(), results, (done, last) -> { });
    }

    /** The real pipeline, except for the case named "trouble". */
    private static BatchRunner.Assessment troubleIn(BatchRunner.Assessment trouble) {
        return dir -> dir.getFileName().toString().equals("trouble") ? trouble.assess(dir) : PIPELINE.assess(dir);
    }

    private Map<String, JsonNode> byCase() throws IOException {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        for (String line : results.lines()) {
            JsonNode node = JSON.readTree(line);
            assertThat(lines.put(node.get("caseDir").asText(), node)).as("one line per case").isNull();
        }
        return lines;
    }

    private static void othersAreAssessed(Map<String, JsonNode> lines) {
        assertThat(lines).containsOnlyKeys("approvable", "seed", "trouble");
        assertThat(lines.get("seed").get("outcome").asText()).isEqualTo("NOT_MEDICALLY_NECESSARY");
        assertThat(lines.get("approvable").get("outcome").asText()).isEqualTo("MEDICALLY_NECESSARY");
    }

    @Test
    void aCaseOverItsTimeBudgetIsAnErrorLineAndTheRunGoesOn() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        // The other cases are assessed beforehand, so only the stuck one can come near the budget.
        Map<String, Determination> ready = new LinkedHashMap<>();
        for (String name : new String[] {"seed", "approvable"}) {
            ready.put(name, PIPELINE.assess(root.resolve(name)));
        }
        try {
            BatchRunner.Outcome o = run(dir -> {
                if (dir.getFileName().toString().equals("trouble")) {
                    awaitUninterruptibly(never); // a case that would never end on its own
                }
                return ready.get(dir.getFileName().toString());
            }, Duration.ofSeconds(2));

            Map<String, JsonNode> lines = byCase();
            othersAreAssessed(lines);
            assertThat(lines.get("trouble").at("/error/code").asText()).isEqualTo("NEC-BATCH-002");
            assertThat(lines.get("trouble").at("/error/message").asText())
                    .isEqualTo("not assessed within the per-case time budget of 2s (--case-timeout); the run went on without it");
            assertThat(o.anyCaseFailed()).isTrue();
            assertThat(o.summary().render(o.throughput())).contains("ERROR TIMED_OUT");
        } finally {
            never.countDown(); // the abandoned worker ends; its late result is discarded, never a second line
        }
    }

    @Test
    void aCaseThatRunsOutOfMemoryIsAnErrorLine() throws Exception {

        BatchRunner.Outcome o = run(troubleIn(dir -> {
            long[] more = new long[(int) Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / 8 + 1)];
            throw new AssertionError("allocated " + more.length);
        }), BatchRunner.DEFAULT_CASE_BUDGET);

        Map<String, JsonNode> lines = byCase();
        othersAreAssessed(lines);
        assertThat(lines.get("trouble").at("/error/code").asText()).isEqualTo("NEC-BATCH-003");
        assertThat(lines.get("trouble").at("/error/message").asText()).startsWith("ran out of memory while assessing (")
                .endsWith("give Java more heap (NECESSITY_JAVA_OPTS=-Xmx4g) or run fewer --jobs");
        assertThat(o.anyCaseFailed()).isTrue();
    }

    @Test
    void aCaseThatOverflowsTheStackIsAnErrorLine() throws Exception {

        run(troubleIn(dir -> {
            throw new AssertionError("depth " + nest(0));
        }), BatchRunner.DEFAULT_CASE_BUDGET);

        Map<String, JsonNode> lines = byCase();
        othersAreAssessed(lines);
        assertThat(lines.get("trouble").at("/error/code").asText()).isEqualTo("NEC-BATCH-004");
        assertThat(lines.get("trouble").at("/error/message").asText()).startsWith("internal error while assessing: stack overflow (stack trace in ");
    }

    @Test
    void aCaseWhoseWorkerThrowsIsAnErrorLine() throws Exception {

        BatchRunner.Outcome o = run(troubleIn(dir -> {
            throw new IllegalStateException("criterion tree has no root for 63650");
        }), BatchRunner.DEFAULT_CASE_BUDGET);

        Map<String, JsonNode> lines = byCase();
        othersAreAssessed(lines);
        assertThat(lines.get("trouble").at("/error/message").asText())
                .startsWith("internal error while assessing: IllegalStateException: criterion tree has no root for 63650 (stack trace in ");
        assertThat(o.errors()).isEqualTo(1);
        assertThat(o.written()).isEqualTo(3);
    }

    @Test
    void whenEveryCaseSucceedsNothingFailed() throws Exception {
        BatchRunner.Outcome o = run(PIPELINE::assess, BatchRunner.DEFAULT_CASE_BUDGET);

        assertThat(o.anyCaseFailed()).isFalse();
        assertThat(byCase().get("trouble").get("outcome").asText()).isEqualTo("NO_POLICY");
    }

    @Test
    void aBudgetLongerThanAnyRunIsAcceptedAsNoBudget() throws Exception {
        BatchRunner.Outcome o = run(PIPELINE::assess, Duration.ofHours(999_999_999));

        assertThat(o.anyCaseFailed()).isFalse();
        assertThat(byCase()).hasSize(3);
    }

    private static int nest(int depth) {
        return nest(depth + 1) + 1;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // like a computation that never looks at its interrupt flag
            }
        }
    }
}
