package dev.necessity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.app.Examples;
import dev.necessity.app.Pipeline;
import dev.necessity.engine.Engine;
import dev.necessity.engine.FindingDemand;
import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.Composition;
import dev.necessity.policy.Criterion;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.Policy;
import dev.necessity.policy.Predicate;
import dev.necessity.report.ReportFormat;
import dev.necessity.synth.Synthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Pipeline#assess} extracts from each document only the finding types the case's policies
 * read. The report must be the one full extraction of every document gives: the same JSON, byte for
 * byte, as {@code assess --format json} writes it, on synthetic cases of every policy, on the
 * examples and on every policy's own test cases.
 */
class DemandedExtractionTest {
    private static final Path ROOT = Examples.root().getParent();
    private static final KnowledgeBase BUILT_IN = KnowledgeLoader.builtIn();
    /** 25 synthetic cases of each scenario, seed 20261127: 175 cases. */
    private static final int PER_POLICY = 25;

    @TempDir
    static Path synthetic;

    @BeforeAll
    static void writeSyntheticCases() throws IOException {
        for (String policy : Synthesizer.policies()) {
            new Synthesizer().write(synthetic.resolve(policy), PER_POLICY, 20261127L, List.of(policy));
        }
    }

    private static List<Path> syntheticCases() {
        List<Path> cases = new ArrayList<>();
        for (String policy : Synthesizer.policies()) {
            cases.addAll(caseDirs(synthetic.resolve(policy)));
        }
        return cases;
    }

    /** The subdirectories of {@code dir} holding a request.json, sorted. */
    private static List<Path> caseDirs(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("request.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Determination d, KnowledgeBase knowledge) {
        return ReportFormat.JSON.render(d, knowledge.sources());
    }

    /** The determination the engine gives on every finding of every document, as before extraction followed the demand. */
    private static Determination fullyExtracted(Pipeline pipeline, CaseRequest request) {
        List<DocumentExtraction> all = request.documents().stream().map(pipeline.extractor()::extract).toList();
        return new Engine(pipeline.knowledge()).assess(request, all);
    }

    /** Each case whose report differs, with the first line that differs; empty when all agree. */
    private static List<String> differences(KnowledgeBase knowledge, List<Path> cases) {
        Pipeline pipeline = new Pipeline(knowledge);
        List<String> differences = new ArrayList<>();
        for (Path dir : cases) {
            CaseRequest request = pipeline.reader().read(dir);
            String full = json(fullyExtracted(pipeline, request), knowledge);
            String demanded = json(pipeline.assess(request), knowledge);
            if (!full.equals(demanded)) {
                differences.add(dir.getParent().getFileName() + "/" + dir.getFileName() + ": " + firstDifference(full, demanded));
            }
        }
        return differences;
    }

    private static String firstDifference(String full, String demanded) {
        List<String> a = full.lines().toList();
        List<String> b = demanded.lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "line " + (i + 1) + ": full extraction gives " + a.get(i).strip() + ", demanded gives " + b.get(i).strip();
            }
        }
        return "full extraction gives " + a.size() + " lines, demanded " + b.size();
    }

    @Test
    void syntheticCasesOfEveryPolicyGetTheSameReport() {
        List<Path> cases = syntheticCases();
        assertThat(cases).hasSize(PER_POLICY * Synthesizer.policies().size());

        assertThat(differences(BUILT_IN, cases)).isEmpty();
    }

    /** The synthetic cases reach every built-in policy (bone graft through the fusion and ACDF grafts) and all three outcomes. */
    @Test
    void theSyntheticCasesCoverEveryPolicyAndOutcome() {
        Pipeline pipeline = new Pipeline(BUILT_IN);
        TreeSet<String> policies = new TreeSet<>();
        TreeSet<String> outcomes = new TreeSet<>();
        for (Path dir : syntheticCases()) {
            Determination d = pipeline.assess(dir);
            d.lines().stream().map(LineDetermination::policyId).filter(id -> id != null).forEach(policies::add);
            outcomes.add(d.outcome().name());
        }
        assertThat(policies).containsExactlyInAnyOrderElementsOf(BUILT_IN.policies().keySet());
        assertThat(outcomes).contains("MEDICALLY_NECESSARY", "NOT_MEDICALLY_NECESSARY", "INSUFFICIENT_DOCUMENTATION");
    }

    @Test
    void theExampleCasesGetTheSameReport() {
        List<Path> examples = Examples.all();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);

        assertThat(differences(BUILT_IN, examples)).isEmpty();
    }

    @Test
    void everyPolicysOwnTestCasesGetTheSameReport() {
        List<Path> cases = new ArrayList<>();
        for (Path policy : subdirectories(ROOT.resolve("knowledge/policies"))) {
            cases.addAll(caseDirs(policy.resolve("tests")));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);

        assertThat(differences(BUILT_IN, cases)).isEmpty();
    }

    /** A payer's overlay replaces a policy; the demand follows the policy the case is judged by. */
    @Test
    void eachPayerOverlaysTestCasesGetTheSameReportUnderThatOverlay() {
        List<Path> overlays = subdirectories(ROOT.resolve("knowledge-overlays"));
        assertThat(overlays).isNotEmpty();
        for (Path overlay : overlays) {
            List<Path> cases = new ArrayList<>();
            for (Path policy : subdirectories(overlay.resolve("policies"))) {
                cases.addAll(caseDirs(policy.resolve("tests")));
            }
            assertThat(cases).as(overlay.toString()).isNotEmpty();

            assertThat(differences(KnowledgeLoader.withOverlays(List.of(overlay)), cases)).as(overlay.toString()).isEmpty();
        }
    }

    /**
     * The built-in policies that judge conservative care by its duration also test therapy findings
     * on every document, so they cannot show that the duration alone is read from every document.
     * These policies keep only their care-duration criteria, as a payer judging care by duration
     * alone would; the grafts keep following their fusion.
     */
    @Test
    void policiesThatReadTherapyOnlyThroughCareDurationGetTheSameReport() {
        KnowledgeBase careOnly = careDurationOnly(BUILT_IN);
        assertThat(careOnly.policies().values().stream().filter(p -> p.criteria().id().endsWith("-care-duration")).map(Policy::id))
                .as("every policy a synthetic case is judged by").containsExactlyInAnyOrderElementsOf(Synthesizer.policies());
        for (Policy p : careOnly.policies().values()) {
            if (p.criteria().id().endsWith("-care-duration")) {
                assertThat(p.criteria().walk()).as(p.id()).noneMatch(c -> c.composition() instanceof Composition.Leaf leaf
                        && leaf.predicate() instanceof Predicate.FindingTest);
            }
        }

        assertThat(differences(careOnly, syntheticCases())).isEmpty();
    }

    /**
     * "Not met if the report describes the level": an MRI that describes the requested level only by
     * findings no criterion of the policy names (a Modic change, foraminal narrowing) says there is no
     * herniation there. Their readers must still run on imaging, or the herniation would read as
     * undocumented instead of absent.
     */
    @Test
    void anMriDescribingTheLevelOnlyByFindingsNoCriterionNamesGetsTheSameReport() {
        ClinicalDocument note = new ClinicalDocument("spine-clinic-2026-03-02.txt", DocumentType.CLINICAL_NOTE, LocalDate.of(2026, 3, 2), null, """
                SPINE CLINIC NOTE
                Date of service: 03/02/2026

                HISTORY OF PRESENT ILLNESS: 41-year-old man with right leg pain radiating from the buttock down the back of
                the thigh and calf to the lateral foot since November 2025. The pain limits his work as a warehouse
                picker and he cannot sit through a meal. He completed 8 weeks of physical therapy from 11/17/2025 to
                01/12/2026 without lasting relief and has taken naproxen 500 mg twice daily since 11/10/2025. He
                denies bowel or bladder dysfunction.

                PHYSICAL EXAMINATION: Straight leg raise positive on the right at 40 degrees. Decreased sensation
                over the lateral right foot. Right ankle reflex absent. Strength 5/5 throughout.

                ASSESSMENT: Right S1 radiculopathy.
                PLAN: Right L5-S1 microdiscectomy.
                """);
        ClinicalDocument mri = new ClinicalDocument("mri-lumbar-2026-01-20.txt", DocumentType.IMAGING, LocalDate.of(2026, 1, 20), null, """
                MRI LUMBAR SPINE WITHOUT CONTRAST
                DATE: 01/20/2026
                INDICATION: Right leg pain.

                FINDINGS:
                Alignment is normal. The conus terminates at L1.
                L3-L4: No disc herniation. No canal or foraminal stenosis.
                L4-L5: Mild disc bulge without nerve root compression. No stenosis.
                L5-S1: Type II Modic endplate changes. Moderate right foraminal narrowing from facet hypertrophy.

                IMPRESSION:
                Moderate right L5-S1 foraminal narrowing with Modic type II endplate changes.
                """);
        CaseRequest request = new CaseRequest("silent-level", LocalDate.of(2026, 3, 9), null, null, null,
                List.of(new ServiceLine(1, "63030", "CPT", "Lumbar microdiscectomy, L5-S1", List.of(SpinalLevel.of("L5-S1")), null)),
                List.of(), List.of(note, mri));
        Pipeline pipeline = new Pipeline(BUILT_IN);
        Determination full = fullyExtracted(pipeline, request);
        assertThat(criterion(full, "herniation-at-level").status()).isEqualTo(Status.NOT_MET);

        assertThat(json(pipeline.assess(request), BUILT_IN)).isEqualTo(json(full, BUILT_IN));
    }

    /** The demand is really applied: Pipeline.extract keeps, from each document, exactly the full findings of the demanded types. */
    @Test
    void pipelineExtractionIsFullExtractionFilteredToTheDemand() {
        Pipeline pipeline = new Pipeline(BUILT_IN);
        Engine engine = new Engine(BUILT_IN);
        int dropped = 0;
        for (Path dir : syntheticCases()) {
            CaseRequest request = pipeline.reader().read(dir);
            FindingDemand demand = engine.demand(request);
            List<DocumentExtraction> demanded = pipeline.extract(request);
            assertThat(demanded).hasSameSizeAs(request.documents());
            for (int i = 0; i < demanded.size(); i++) {
                ClinicalDocument doc = request.documents().get(i);
                List<Finding> full = pipeline.extractor().extract(doc).findings();
                List<Finding> expected = full.stream().filter(f -> demand.types(doc.type()).contains(f.type())).toList();
                assertThat(demanded.get(i).document()).isEqualTo(doc);
                assertThat(demanded.get(i).findings()).as(dir.getFileName() + "/" + doc.name()).containsExactlyElementsOf(expected);
                dropped += full.size() - expected.size();
            }
        }
        assertThat(dropped).as("findings no policy of their case reads").isPositive();
    }

    private static List<Path> subdirectories(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each policy with care-duration criteria reduced to them alone (all of them required); the others as they are. */
    private static KnowledgeBase careDurationOnly(KnowledgeBase knowledge) {
        Map<String, Policy> policies = new LinkedHashMap<>();
        for (Policy p : knowledge.policies().values()) {
            List<Criterion> care = p.criteria().walk().stream()
                    .filter(c -> c.composition() instanceof Composition.Leaf leaf && leaf.predicate() instanceof Predicate.CareDuration)
                    .toList();
            if (care.isEmpty()) {
                policies.put(p.id(), p);
                continue;
            }
            Criterion root = new Criterion(p.id() + "-care-duration", "Conservative care of the required duration",
                    new Composition.AllOf(care), List.of(), null, null, null, false, List.of(), null, p.criteria().position());
            policies.put(p.id(), new Policy(p.id(), p.version(), p.effective(), p.title(), p.file(), p.primaryCodes(), p.addOnCodes(),
                    root, List.of(), List.of(), List.of(), List.of(), p.position()));
        }
        return new KnowledgeBase(knowledge.sources(), policies);
    }

    private static CriterionResult criterion(Determination d, String id) {
        return d.lines().stream().filter(l -> l.criteria() != null).flatMap(l -> l.criteria().flatten())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no criterion " + id));
    }
}
