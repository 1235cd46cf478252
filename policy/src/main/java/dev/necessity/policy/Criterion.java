package dev.necessity.policy;

import java.util.List;
import java.util.Objects;

/**
 * One node of a policy's criteria tree: a composition (all, any, at-least, not) or a predicate leaf.
 *
 * <p>{@code remediation} says what would satisfy the node (it becomes a reconsideration step);
 * {@code settledBy} names the record that would settle it when the record is silent;
 * {@code waivers} are alternative trees (red flags) that, when met, waive the node;
 * {@code appliesWhen}, when present and not met, makes the node NOT_APPLICABLE;
 * {@code showRoutes} asks reports to list each child as an alternative route (e.g. fusion indications).
 */
public record Criterion(String id, String title, Composition composition, List<CitationRef> citations,
                        String remediation, String settledBy, String deficiency, boolean showRoutes,
                        List<Criterion> waivers, Criterion appliesWhen, SourcePosition position) {
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(composition, "composition");
        citations = citations == null ? List.of() : List.copyOf(citations);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public List<Criterion> children() {
        return composition.children();
    }

    /** This node and every node below it (waivers and applicability included), depth first. */
    public List<Criterion> walk() {
        List<Criterion> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Criterion c, List<Criterion> out) {
        out.add(c);
        c.children().forEach(ch -> collect(ch, out));
        c.waivers().forEach(w -> collect(w, out));
        if (c.appliesWhen() != null) {
            collect(c.appliesWhen(), out);
        }
    }
}
