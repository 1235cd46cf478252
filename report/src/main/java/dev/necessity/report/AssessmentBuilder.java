package dev.necessity.report;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.report.ReportDocument.Block;
import dev.necessity.report.ReportDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays out an assessment from a determination's trace, in the order a utilization reviewer reads:
 * the determination and why, the deficiencies with their quotes, what is not documented, exclusions,
 * discordances, indications considered, add-ons, alternatives, steps before reconsideration,
 * pitfalls, and the references. Nothing here evaluates; it only arranges what the engine recorded.
 */
public final class AssessmentBuilder {
    private final Determination d;
    private final CitationIndex cites;

    public AssessmentBuilder(Determination d, CitationIndex cites) {
        this.d = d;
        this.cites = cites;
    }

    public ReportDocument build() {
        List<Section> sections = new ArrayList<>();
        // Doubtful dates move every time window, so they lead, before the determination they may have moved.
        add(sections, "Intake Warnings: Check Before Relying on This Assessment", 1, d.warnings().stream()
                .map(w -> Block.bullet(w.toString(), "", List.of())).toList());
        sections.add(primaryDetermination());
        sections.add(serviceLines());
        List<LineDetermination> primaries = d.lines().stream().filter(l -> !l.isAddOn() && l.criteria() != null).toList();
        // Ranked by how decisive: an exclusion that applies leads, then what is documented as not met, then what
        // is not documented; exclusions that do not apply follow as context.
        boolean excluded = primaries.stream().flatMap(l -> l.exclusions().stream()).anyMatch(e -> e.status() == Status.MET);
        List<Block> exclusions = primaries.stream().flatMap(l -> l.exclusions().stream())
                .filter(AssessmentBuilder::worthShowing).map(this::exclusion).toList();
        if (excluded) {
            add(sections, "Exclusions", 1, exclusions);
        }
        add(sections, "Critical Deficiencies in Meeting Criteria", 1, primaries.stream()
                .flatMap(l -> topLevel(l).stream().filter(c -> c.status() == Status.NOT_MET)).map(this::deficiency).toList());
        add(sections, "Not Documented: Records That Would Settle It", 1, primaries.stream()
                .flatMap(l -> topLevel(l).stream().filter(c -> c.status() == Status.NOT_DOCUMENTED)).map(this::undocumented).toList());
        if (!excluded) {
            add(sections, "Exclusions", 1, exclusions);
        }
        add(sections, "Discordance Between Diagnosis and Documentation", 1, d.discordances().stream()
                .map(g -> Block.bullet(heading(g) + g.text(), cites.inline(g.citations()), g.evidence())).toList());
        add(sections, "Criteria Met, Waived or Not Applicable", 1, primaries.stream()
                .flatMap(l -> topLevel(l).stream().filter(c -> c.status().satisfied())).map(this::satisfied).toList());
        primaries.forEach(l -> indications(l, sections));
        d.lines().stream().filter(LineDetermination::isAddOn).forEach(l -> sections.add(addOn(l)));
        add(sections, "Alternatives the Evidence Supports", 1, guidance(d.alternatives()));
        add(sections, "Required Steps Before Reconsideration", 1, d.reconsideration().stream()
                .map(g -> Block.numbered(g.text(), cites.inline(g.citations()))).toList());
        add(sections, "Common Pitfalls to Avoid", 1, guidance(d.pitfalls()));
        add(sections, "References", 1, cites.references().stream().map(AssessmentBuilder::reference).toList());
        return new ReportDocument(title(), preamble(), sections);
    }

    private String title() {
        String codes = d.lines().stream().map(l -> l.line().code()).collect(Collectors.joining(", "));
        String what = d.lines().stream().filter(l -> !l.isAddOn()).map(l -> l.line().description())
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse("Requested services");
        return "Medical Necessity Assessment for " + what + " (CPT " + codes + ")";
    }

    private List<String> preamble() {
        String policies = d.lines().stream().filter(l -> l.policyId() != null).map(l -> l.policyId() + " " + l.policyVersion())
                .distinct().collect(Collectors.joining(", "));
        return List.of("Case " + d.caseId() + " | request date " + d.requestDate()
                + (policies.isEmpty() ? "" : " | policies " + policies));
    }

    private Section primaryDetermination() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("Primary Determination: " + d.outcome().label()));
        if (d.outcome() != LineOutcome.MEDICALLY_NECESSARY) {
            blocks.add(Block.paragraph("This is a recommendation, not a decision: a physician reviewer must confirm it"
                    + " before any adverse determination is issued."));
        }
        if (!d.warnings().isEmpty()) {
            blocks.add(Block.paragraph("Intake raised " + (d.warnings().size() == 1 ? "a warning" : d.warnings().size() + " warnings")
                    + " about the case's dates (above): a reviewer must check " + (d.warnings().size() == 1 ? "it" : "them")
                    + " before this assessment is relied on."));
        }
        blocks.add(Block.paragraph(why()));
        return new Section("Primary Determination", 1, blocks);
    }

    private String why() {
        LineDetermination main = d.lines().stream().filter(l -> !l.isAddOn()).findFirst().orElse(d.lines().get(0));
        if (main.criteria() == null) {
            return main.summary();
        }
        String what = main.line().description() == null ? "CPT " + main.line().code() : main.line().description() + " (CPT " + main.line().code() + ")";
        Status focus = main.outcome() == LineOutcome.NOT_MEDICALLY_NECESSARY ? Status.NOT_MET : Status.NOT_DOCUMENTED;
        List<CriterionResult> deciding = topLevel(main).stream().filter(c -> c.status() == focus).toList();
        boolean excludedLine = main.exclusions().stream().anyMatch(e -> e.status() == Status.MET);
        boolean openExclusion = focus == Status.NOT_DOCUMENTED && main.exclusions().stream().anyMatch(CriterionResult::openOnEvidence);
        if (main.outcome() == LineOutcome.MEDICALLY_NECESSARY || deciding.isEmpty() && !(focus == Status.NOT_MET && excludedLine) && !openExclusion) {
            return "The requested " + what + " is " + main.outcome().label().toLowerCase(Locale.ROOT) + ": " + main.summary();
        }
        String verb = focus == Status.NOT_MET ? "does not meet medical necessity criteria because " : "cannot be decided yet because ";
        List<String> reasons = new ArrayList<>();
        if (focus == Status.NOT_MET) {
            // An exclusion that applies is the most decisive reason: it leads.
            main.exclusions().stream().filter(e -> e.status() == Status.MET).forEach(e -> reasons.add("an exclusion applies, "
                    + lowerFirst(stripPeriod(e.title())) + ": " + lowerFirst(stripPeriod(e.rationale())) + " " + cites.inline(e.citations())));
        }
        if (focus == Status.NOT_DOCUMENTED) {
            main.exclusions().stream().filter(CriterionResult::openOnEvidence).forEach(e -> reasons.add("an exclusion is raised and not ruled out, "
                    + lowerFirst(stripPeriod(e.title())) + ": " + lowerFirst(stripPeriod(e.rationale())) + " " + cites.inline(e.citations())));
        }
        for (CriterionResult c : deciding) {
            String reason = focus == Status.NOT_DOCUMENTED && c.settledBy() != null
                    ? "the record that would settle it is " + c.settledBy()
                    : c.firstLeaf(focus).map(CriterionResult::rationale).orElse(c.rationale());
            reasons.add(lowerFirst(c.title()) + " is " + (focus == Status.NOT_MET ? "not met" : "not documented")
                    + ": " + lowerFirst(stripPeriod(reason)) + " " + cites.inline(c.citations()));
        }
        return "Based on the documented evidence, the requested " + what + " " + verb + String.join("; and ", reasons).trim() + ".";
    }

    private Section serviceLines() {
        List<Block> blocks = new ArrayList<>();
        for (LineDetermination l : d.lines()) {
            String levels = l.line().levels().isEmpty() ? "" : " at " + l.line().levels().stream().map(Object::toString).collect(Collectors.joining(", "));
            String policy = l.policyId() == null ? "no policy" : "policy " + l.policyId() + " " + l.policyVersion();
            String addOn = l.isAddOn() ? ", add-on to line " + l.primarySequence() : "";
            blocks.add(Block.bullet("Line " + l.line().sequence() + ": CPT " + l.line().code()
                    + (l.line().description() == null ? "" : " " + l.line().description()) + levels + " (" + policy + addOn + "): "
                    + l.outcome().label() + ". " + l.summary(), "", List.of()));
        }
        return new Section("Service Lines", 1, blocks);
    }

    private Block deficiency(CriterionResult c) {
        String head = c.deficiency() != null ? c.deficiency() : c.title();
        return Block.bullet(head + ". Required: " + lowerFirst(c.title()) + ". " + c.rationale(), cites.inline(c.citations()), c.evidence());
    }

    private Block undocumented(CriterionResult c) {
        String settle = c.settledBy() == null ? "" : " Record that would settle it: " + c.settledBy() + ".";
        return Block.bullet(c.title() + ": " + c.rationale() + settle, cites.inline(c.citations()), c.evidence());
    }

    private Block exclusion(CriterionResult e) {
        String status = e.status() == Status.MET ? "applies" : "cannot be ruled out on this record";
        String head = e.deficiency() != null ? e.deficiency() + ". " : "";
        List<String> premise = e.children().stream().filter(c -> c.status() == Status.MET)
                .map(c -> c.title() + ": " + lowerFirst(c.rationale())).toList();
        String open = e.status() == Status.MET ? "" : " Still open: " + lowerFirst(e.rationale());
        List<dev.necessity.model.EvidenceSpan> evidence = new ArrayList<>();
        e.children().stream().filter(c -> c.status() == Status.MET).forEach(c -> evidence.addAll(c.evidence()));
        evidence.addAll(e.evidence());
        String premised = premise.isEmpty() ? "" : " " + String.join(" ", premise);
        return Block.bullet(head + "Exclusion " + status + ": " + lowerFirst(e.title()) + "." + premised + open,
                cites.inline(e.citations()), evidence.stream().distinct().toList());
    }

    private Block satisfied(CriterionResult c) {
        String status = switch (c.status()) {
            case WAIVED -> "waived";
            case NOT_APPLICABLE -> "not applicable";
            default -> "met";
        };
        return Block.bullet(c.title() + " (" + status + "): " + c.rationale(), cites.inline(c.citations()), c.evidence());
    }

    /** For a failing "any of" criterion, each alternative route and why it is not met. */
    private void indications(LineDetermination l, List<Section> sections) {
        for (CriterionResult c : topLevel(l)) {
            if (c.status().failing() && isAnyOf(c)) {
                List<Block> blocks = c.children().stream().map(ch -> Block.bullet(ch.title() + ": "
                        + ch.status().name().replace('_', ' ').toLowerCase(Locale.ROOT) + ". " + ch.rationale(), cites.inline(ch.citations()), ch.evidence())).toList();
                sections.add(new Section("Appropriate Indications (Not Met in This Case): " + c.title(), 1, blocks));
            }
        }
    }

    /** Alternative routes the policy asks to list one by one (e.g. the fusion indications). */
    private static boolean isAnyOf(CriterionResult c) {
        return c.showRoutes() && !c.children().isEmpty();
    }

    /**
     * An exclusion is shown when it applies, or when it cannot be ruled out although its premise is
     * documented (some part met, none failed); one whose premise is absent is noise for a reviewer.
     */
    private static boolean worthShowing(CriterionResult e) {
        if (e.status() == Status.MET) {
            return true;
        }
        // A composite exclusion whose premise is met and whose rest is open, or a single finding left open by an uncertain
        // mention ("?early infection"), which by itself keeps the line from approval.
        return e.status() == Status.NOT_DOCUMENTED && e.children().stream().noneMatch(c -> c.status() == Status.NOT_MET)
                && (e.children().stream().anyMatch(c -> c.status() == Status.MET) || e.openOnEvidence());
    }

    private Section addOn(LineDetermination l) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(l.summary()));
        if (l.criteria() != null) {
            l.criteria().flatten().filter(c -> c.children().isEmpty())
                    .forEach(c -> blocks.add(Block.bullet(c.title() + ": " + c.rationale(), cites.inline(c.citations()), c.evidence())));
        }
        String name = l.line().description() == null ? "" : " " + l.line().description();
        return new Section("Add-on Line " + l.line().sequence() + ": CPT " + l.line().code() + name + " (" + l.outcome().label() + ")", 1, blocks);
    }

    private List<Block> guidance(List<Guidance> items) {
        return items.stream().map(g -> Block.bullet(heading(g) + g.text(), cites.inline(g.citations()), g.evidence())).toList();
    }

    private static String heading(Guidance g) {
        return g.title() == null ? "" : g.title() + ". ";
    }

    private static Block reference(CitationIndex.Reference r) {
        StringBuilder s = new StringBuilder("[" + r.number() + "] " + r.source().citation());
        if (r.source().doi() != null) {
            s.append(" doi:").append(r.source().doi());
        }
        if (!r.source().verified()) {
            s.append(" (Some citation details are not yet verified.)");
        }
        return new Block(ReportDocument.Kind.PARAGRAPH, s.toString(), "", List.of());
    }

    private static List<CriterionResult> topLevel(LineDetermination l) {
        return l.criteria().children().isEmpty() ? List.of(l.criteria()) : l.criteria().children();
    }

    private static void add(List<Section> sections, String heading, int level, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            sections.add(new Section(heading, level, blocks));
        }
    }

    static String lowerFirst(String s) {
        if (s == null || s.length() < 2 || Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String stripPeriod(String s) {
        String t = s.trim();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
