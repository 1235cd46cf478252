package dev.necessity.engine.trace;

import dev.necessity.model.EvidenceSpan;
import dev.necessity.policy.CitationRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The trace of one criterion's evaluation: its status, a plain-words rationale with the numbers,
 * the verbatim evidence it rests on, and the results of its children and waivers. Reports are
 * rendered from these records only. {@code operator} is all, any, atLeast, not or leaf. {@code applicability}
 * is the result of the node's {@code appliesWhen} test (null when it has none).
 */
public record CriterionResult(String id, String title, String operator, Status status, String rationale, List<EvidenceSpan> evidence,
                              List<CitationRef> citations, String remediation, String settledBy, String deficiency,
                              boolean showRoutes, List<CriterionResult> children, List<CriterionResult> waivers,
                              CriterionResult applicability) {
    public CriterionResult {
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        citations = citations == null ? List.of() : List.copyOf(citations);
        children = children == null ? List.of() : List.copyOf(children);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public CriterionResult(String id, String title, String operator, Status status, String rationale, List<EvidenceSpan> evidence,
                           List<CitationRef> citations, String remediation, String settledBy, String deficiency,
                           boolean showRoutes, List<CriterionResult> children, List<CriterionResult> waivers) {
        this(id, title, operator, status, rationale, evidence, citations, remediation, settledBy, deficiency, showRoutes, children,
                waivers, null);
    }

    public CriterionResult withApplicability(CriterionResult applies) {
        return new CriterionResult(id, title, operator, status, rationale, evidence, citations, remediation, settledBy, deficiency,
                showRoutes, children, waivers, applies);
    }

    public CriterionResult withStatus(Status newStatus, String newRationale, List<EvidenceSpan> newEvidence) {
        return new CriterionResult(id, title, operator, newStatus, newRationale, newEvidence, citations, remediation, settledBy,
                deficiency, showRoutes, children, waivers, applicability);
    }

    public CriterionResult withWaivers(List<CriterionResult> waiverResults) {
        return new CriterionResult(id, title, operator, status, rationale, evidence, citations, remediation, settledBy, deficiency,
                showRoutes, children, waiverResults, applicability);
    }

    /**
     * A single finding test left NOT_DOCUMENTED by what the record says, not by its silence (an uncertain mention:
     * "?early cellulitis vs pressure erythema"): as an exclusion, the record raised it and did not settle it, which holds
     * the line from approval ({@code LineEvaluator}) and is shown as not ruled out ({@code AssessmentBuilder}).
     */
    public boolean openOnEvidence() {
        return status == Status.NOT_DOCUMENTED && children.isEmpty() && !evidence.isEmpty();
    }

    /** The first failing leaf below (or at) this node with the given status: the most specific reason. */
    public java.util.Optional<CriterionResult> firstLeaf(Status wanted) {
        return flatten().filter(c -> c.children().isEmpty() && c.status() == wanted).findFirst();
    }

    /** This result and all below it (children only), depth first. */
    public Stream<CriterionResult> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(CriterionResult::flatten));
    }

    /** Every result evaluated for this node: itself, its children, waivers and applicability test, depth first. */
    public Stream<CriterionResult> walk() {
        Stream<CriterionResult> below = Stream.concat(children.stream(), waivers.stream());
        if (applicability != null) {
            below = Stream.concat(below, Stream.of(applicability));
        }
        return Stream.concat(Stream.of(this), below.flatMap(CriterionResult::walk));
    }
}
