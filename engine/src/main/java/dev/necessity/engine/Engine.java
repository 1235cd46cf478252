package dev.necessity.engine;

import dev.necessity.engine.eval.CaseFacts;
import dev.necessity.engine.eval.DeclaredStatuses;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
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
    /** Requests name their own codes; a batch of unusual combinations must not grow the cache without bound. */
    private static final int MAX_CACHED = 4096;
    private final KnowledgeBase knowledge;
    /** Per set of policies (by id, in line order), what they read: a process sees a handful of sets. */
    private final Map<List<String>, FindingDemand> demands = new ConcurrentHashMap<>();

    public Engine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Determination assess(CaseRequest request, List<DocumentExtraction> extractions) {
        return assess(request, extractions, null);
    }

    /**
     * Decides the lines with the given criteria's statuses declared rather than read from findings (see
     * {@link DeclaredStatuses}): the synthetic-case generator's expected outcomes. The guidance sections
     * are still read from the extractions.
     */
    public Determination assess(CaseRequest request, List<DocumentExtraction> extractions, DeclaredStatuses declared) {
        CaseFacts facts = new CaseFacts(request, extractions);
        LineEvaluator lines = new LineEvaluator(facts, declared);
        Map<Integer, LineDetermination> decided = new HashMap<>();
        Map<Integer, Policy> policies = new LinkedHashMap<>();
        for (ServiceLine line : evaluationOrder(request)) {
            Integer primarySeq = primaryOf(line, request);
            Optional<Policy> policy = policyFor(line, primarySeq, request);
            LineDetermination primary = primarySeq == null ? null : decided.get(primarySeq);
            LineDetermination result = lines.evaluate(line, policy, primary);
            decided.put(line.sequence(), result);
            policy.ifPresent(p -> policies.put(line.sequence(), p));
        }
        List<LineDetermination> ordered = request.services().stream().map(s -> decided.get(s.sequence())).toList();
        LineOutcome overall = ordered.stream().map(LineDetermination::outcome)
                .reduce(LineOutcome.MEDICALLY_NECESSARY, LineOutcome::leastFavourable);
        boolean review = ordered.stream().anyMatch(l -> l.outcome() != LineOutcome.MEDICALLY_NECESSARY)
                || !request.warnings().isEmpty();
        GuidanceCollector guidance = new GuidanceCollector(facts, ordered, policies);
        return new Determination(request.caseId(), request.requestDate(), overall, review, ordered,
                guidance.discordances(), guidance.alternatives(), guidance.reconsideration(), guidance.pitfalls(),
                request.warnings());
    }

    /** The findings this request's policies read, so that extraction can skip the rest. */
    public FindingDemand demand(CaseRequest request) {
        List<Policy> policies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ServiceLine line : request.services()) {
            policyFor(line, primaryOf(line, request), request).filter(p -> !ids.contains(p.id())).ifPresent(p -> {
                policies.add(p);
                ids.add(p.id());
            });
        }
        FindingDemand known = demands.get(ids);
        if (known != null) {
            return known;
        }
        return demands.size() < MAX_CACHED ? demands.computeIfAbsent(List.copyOf(ids), k -> FindingDemand.of(policies)) : FindingDemand.of(policies);
    }

    /**
     * The policy a line is judged by: the one listing its code as a primary; for an add-on, the policy
     * of the primary line it attaches to when that policy lists the add-on (22853 on an ACDF is judged
     * by the cervical policy, on a lumbar fusion by the lumbar one), else the first policy listing it.
     */
    private Optional<Policy> policyFor(ServiceLine line, Integer primarySeq, CaseRequest request) {
        Optional<Policy> primary = knowledge.forPrimary(line.code());
        if (primary.isPresent()) {
            return primary;
        }
        if (primarySeq != null) {
            Optional<Policy> ofPrimaryLine = request.services().stream().filter(s -> s.sequence() == primarySeq).findFirst()
                    .flatMap(s -> knowledge.forPrimary(s.code()))
                    .filter(p -> p.addOn(line.code()).isPresent());
            if (ofPrimaryLine.isPresent()) {
                return ofPrimaryLine;
            }
        }
        return knowledge.forAddOn(line.code());
    }

    private boolean isAddOn(ServiceLine line) {
        return line.primarySequence() != null
                || (knowledge.forPrimary(line.code()).isEmpty() && knowledge.forAddOn(line.code()).isPresent());
    }

    /** The primary line an add-on follows: as stated, else the first line whose code the add-on attaches to. */
    private Integer primaryOf(ServiceLine line, CaseRequest request) {
        if (line.primarySequence() != null) {
            return line.primarySequence();
        }
        if (!isAddOn(line)) {
            return null;
        }
        List<Policy> owners = knowledge.addOnOwners(line.code());
        return request.services().stream()
                .filter(s -> s.sequence() != line.sequence() && !isAddOn(s))
                .filter(s -> owners.stream().anyMatch(owner -> attaches(owner, line.code(), s.code())))
                .map(ServiceLine::sequence).findFirst().orElse(null);
    }

    /** Whether {@code owner}'s add-on {@code addOnCode} attaches to a primary line coded {@code primaryCode}. */
    private static boolean attaches(Policy owner, String addOnCode, String primaryCode) {
        Policy.AddOnCode addOn = owner.addOn(addOnCode).orElseThrow();
        return addOn.primaries().isEmpty() ? owner.coversPrimary(primaryCode) : addOn.primaries().contains(primaryCode);
    }

    /**
     * Primary lines first, then each add-on after the line it follows: by the number of add-on links
     * between a line and its primary line, then by sequence. Sorting add-ons by sequence alone judged
     * an add-on of a later-numbered add-on before that line was decided, as if it had no primary.
     */
    private List<ServiceLine> evaluationOrder(CaseRequest request) {
        List<ServiceLine> order = new ArrayList<>(request.services());
        Map<Integer, Integer> links = new HashMap<>();
        order.forEach(s -> links.put(s.sequence(), addOnLinks(s, request)));
        order.sort(Comparator.comparingInt((ServiceLine s) -> links.get(s.sequence())).thenComparingInt(ServiceLine::sequence));
        return order;
    }

    /** 0 for a primary line, 1 for an add-on of one, 2 for an add-on of that, ...; bounded, should a request built in code loop. */
    private int addOnLinks(ServiceLine line, CaseRequest request) {
        int links = 0;
        Optional<ServiceLine> at = Optional.of(line);
        while (at.isPresent() && isAddOn(at.get()) && links <= request.services().size()) {
            links++;
            at = at.get().primarySequence() == null ? Optional.empty() : request.service(at.get().primarySequence());
        }
        return links;
    }
}
