package dev.necessity.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example and policy test case, mutated the ways a user or an attacker would hand it over,
 * run through the real command line; each run must end cleanly ({@link CleanExit}) within the
 * hang bound ({@link Command#HANG_BOUND}). Issue 13, build item 8.
 *
 * <p>A sample is one mutated case: a seed case, one to four mutations, and the command run on it.
 * The tries below add up to 10,000 samples per run of this class, in about two minutes.
 *
 * <p><b>Replaying a failure.</b> The failure names the sample, the sample shrunk to the mutations
 * that matter, and the command that replays exactly that sample, e.g.
 * {@code mvn -B -pl cli test -Dtest='CaseFuzzTest#documentBytes' -Dnecessity.fuzz.replay=-4127...}.
 * {@code -Dnecessity.fuzz.seed=N} repeats a whole run (each property prints its run seed), and
 * {@code -Dnecessity.fuzz.scale=10} runs ten times the tries, for a longer hunt than CI's.
 */
class CaseFuzzTest {
    private static Path root;

    /** One try: which case, what was done to it, and which command read it. */
    record Sample(SeedCase seed, List<Mutation> edits, Command command) {
        List<Sample> smaller() {
            return FuzzProperty.withOneFewer(edits).stream().map(e -> new Sample(seed, e, command)).toList();
        }
    }

    @BeforeAll
    static void createArea() throws IOException {
        root = Files.createTempDirectory("necessity-fuzz-");
    }

    @AfterAll
    static void removeArea() {
        Trial.delete(root);
    }

    @Test
    void requestStructure() {
        fuzz("requestStructure", 2_500, Gen.<Mutation>weighted(4, RequestEdits.any(), 1, ByteEdits.onRequest()).list(1, 3));
    }

    @Test
    void documentBytes() {
        fuzz("documentBytes", 3_000, ByteEdits.onDocuments().list(1, 3));
    }

    @Test
    void filesAndLinks() {
        fuzz("filesAndLinks", 1_500, LayoutEdits.any().list(1, 3));
    }

    @Test
    void sizesAroundTheLimits() {
        fuzz("sizesAroundTheLimits", 500, SizeEdits.any().list(1, 2));
    }

    @Test
    void everythingAtOnce() {
        fuzz("everythingAtOnce", 2_500, Gen.<Mutation>oneOf(RequestEdits.any(), ByteEdits.onRequest(), ByteEdits.onDocuments(),
                LayoutEdits.any(), SizeEdits.withoutFullCase()).list(1, 4));
    }

    private static void fuzz(String property, int tries, Gen<List<Mutation>> edits) {
        Gen<Sample> samples = Gen.combine(Gen.of(SeedCase.all()), edits, commands(), Sample::new);
        FuzzProperty.check("CaseFuzzTest." + property, tries, samples, Sample::smaller, CaseFuzzTest::run);
    }

    static Gen<Command> commands() {
        return Gen.weighted(3, Gen.just(Command.ASSESS_JSON), 2, Gen.just(Command.ASSESS_TEXT), 1, Gen.just(Command.ASSESS_MARKDOWN),
                1, Gen.just(Command.ASSESS_HTML), 2, Gen.just(Command.ASSESS_TO_FILE), 1, Gen.just(Command.EXTRACT),
                1, Gen.just(Command.EXTRACT_JSON));
    }

    /** Writes the mutated case, runs the command, checks the run; the label counts exit statuses. */
    static String run(Sample s) throws IOException {
        try (Trial t = Trial.of(root, s.seed())) {
            assertTimeoutPreemptively(Command.HANG_BOUND, () -> {
                for (Mutation m : s.edits()) {
                    m.applyTo(t);
                }
            }, "mutating the case did not finish (a fault in the fuzz test, not in Necessity)");
            Map<String, String> before = t.snapshot();
            Command.Run r = s.command().run(t);
            CleanExit.check(r, s.command(), t, before);
            return "exit " + r.status();
        }
    }
}
