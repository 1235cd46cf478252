package dev.necessity.engine;

import dev.necessity.engine.eval.CaseFacts;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.ServiceLine;
import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a case's service lines against the knowledge base. Primary lines are decided before
 * the add-ons that follow them, and an add-on is never more favourable than its primary. Stateless
 * and thread-safe; the same input always gives the same {@link Determination}.
 */
public final class Engine {
    /** Requests name codes from outside; a batch of unusual ones must not grow the caches without bound. */
    private static final int MAX_CACHED = 4096;
    private final KnowledgeBase knowledge;
    /** Per code, the policy listing it as a primary and as an add-on: the knowledge base is immutable, so looked up once. */
    private final Map<String, Optional<Policy>> primaries = new ConcurrentHashMap<>();
    private final Map<String, Optional<Policy>> addOns = new ConcurrentHashMap<>();
    /** Per set of policies (by id, in line order), what they read: a process sees a handful of sets. */
    private final Map<List<String>, FindingDemand> demands = new ConcurrentHashMap<>();

    public Engine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Determination assess(CaseRequest request, List<DocumentExtraction> extractions) {
        CaseFacts facts = new CaseFacts(request, extractions);
        LineEvaluator lines = new LineEvaluator(facts);
        Map<Integer, LineDetermination> decided = new HashMap<>();
        Map<Integer, Policy> policies = new LinkedHashMap<>();
        for (ServiceLine line : evaluationOrder(request)) {
            Optional<Policy> policy = policyFor(line);
            Integer primarySeq = primaryOf(line, request);
            LineDetermination primary = primarySeq == null ? null : decided.get(primarySeq);
            LineDetermination result = lines.evaluate(line, policy, primary);
            decided.put(line.sequence(), result);
            policy.ifPresent(p -> policies.put(line.sequence(), p));
        }
        List<LineDetermination> ordered = request.services().stream().map(s -> decided.get(s.sequence())).toList();
        LineOutcome overall = ordered.stream().map(LineDetermination::outcome)
                .reduce(LineOutcome.MEDICALLY_NECESSARY, LineOutcome::leastFavourable);
        boolean review = ordered.stream().anyMatch(l -> l.outcome() != LineOutcome.MEDICALLY_NECESSARY);
        GuidanceCollector guidance = new GuidanceCollector(facts, ordered, policies);
        return new Determination(request.caseId(), request.requestDate(), overall, review, ordered,
                guidance.discordances(), guidance.alternatives(), guidance.reconsideration(), guidance.pitfalls());
    }

    /** The findings this request's policies read, so that extraction can skip the rest. */
    public FindingDemand demand(CaseRequest request) {
        List<Policy> policies = new ArrayList<>();
        for (ServiceLine line : request.services()) {
            policyFor(line).filter(p -> !policies.contains(p)).ifPresent(policies::add);
        }
        List<String> ids = policies.stream().map(Policy::id).toList();
        return demands.size() < MAX_CACHED ? demands.computeIfAbsent(ids, k -> FindingDemand.of(policies)) : FindingDemand.of(policies);
    }

    private Optional<Policy> policyFor(ServiceLine line) {
        Optional<Policy> primary = forPrimary(line.code());
        return primary.isPresent() ? primary : forAddOn(line.code());
    }

    private boolean isAddOn(ServiceLine line) {
        return line.primarySequence() != null
                || (forPrimary(line.code()).isEmpty() && forAddOn(line.code()).isPresent());
    }

    /** The primary line an add-on follows: as stated, else the first line whose code the add-on attaches to. */
    private Integer primaryOf(ServiceLine line, CaseRequest request) {
        if (line.primarySequence() != null) {
            return line.primarySequence();
        }
        if (!isAddOn(line)) {
            return null;
        }
        Policy.AddOnCode addOn = forAddOn(line.code()).flatMap(p -> p.addOn(line.code())).orElseThrow();
        Policy owner = forAddOn(line.code()).orElseThrow();
        return request.services().stream()
                .filter(s -> s.sequence() != line.sequence() && !isAddOn(s))
                .filter(s -> addOn.primaries().isEmpty() ? owner.coversPrimary(s.code()) : addOn.primaries().contains(s.code()))
                .map(ServiceLine::sequence).findFirst().orElse(null);
    }

    private Optional<Policy> forPrimary(String code) {
        return primaries.size() < MAX_CACHED ? primaries.computeIfAbsent(code, knowledge::forPrimary) : knowledge.forPrimary(code);
    }

    private Optional<Policy> forAddOn(String code) {
        return addOns.size() < MAX_CACHED ? addOns.computeIfAbsent(code, knowledge::forAddOn) : knowledge.forAddOn(code);
    }

    private List<ServiceLine> evaluationOrder(CaseRequest request) {
        List<ServiceLine> order = new ArrayList<>(request.services());
        order.sort(Comparator.comparing((ServiceLine s) -> isAddOn(s)).thenComparingInt(ServiceLine::sequence));
        return order;
    }
}
