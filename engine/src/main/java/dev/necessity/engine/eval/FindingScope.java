package dev.necessity.engine.eval;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.Predicate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which findings a {@link Predicate.FindingTest} looks at: the right type, document kind, time
 * window and selector attributes. Level placement is decided separately, per requested level.
 */
final class FindingScope {
    private final Predicate.FindingTest test;
    private final CaseFacts facts;
    private final List<SpinalLevel> requested;
    private final String side;

    FindingScope(Predicate.FindingTest test, CaseFacts facts, List<SpinalLevel> requested) {
        this(test, facts, requested, null);
    }

    /** {@code side}: the side the test reads ("left", "right", per its {@code side} scope), or null for either. */
    FindingScope(Predicate.FindingTest test, CaseFacts facts, List<SpinalLevel> requested, String side) {
        this.test = test;
        this.facts = facts;
        this.requested = requested;
        this.side = side;
    }

    List<Finding> candidates() {
        return facts.ofType(test.type()).stream().filter(this::inDocuments).filter(this::inWindow).filter(this::selected)
                .filter(this::doneUnlessAskedForPlans).filter(this::inRequestedRegion).filter(this::onRequestedSide).toList();
    }

    /**
     * With {@code side: requested}, a finding placed on the other side than the service's is left out: the 2024 film of
     * the left knee, already replaced, says nothing of the right knee now requested. With {@code side: symptomatic}, one
     * on the other side than the radicular pain: a right straight-leg raise does not correspond to left leg pain. A
     * finding of no side, or of both, stays.
     */
    private boolean onRequestedSide(Finding f) {
        if (side == null) {
            return true;
        }
        String own = f.string("side").orElse("");
        return !(own.equals("left") || own.equals("right")) || own.equals(side);
    }

    /**
     * With {@code levels: requested-region}, a finding placed in another spinal region than the requested levels' is left
     * out; with {@code region}, one placed in another region than the test's.
     */
    private boolean inRequestedRegion(Finding f) {
        boolean byTest = test.region() != null;
        boolean byRequest = test.levels() == Predicate.LevelScope.REQUESTED_REGION && !requested.isEmpty();
        if (!byTest && !byRequest) {
            return true;
        }
        String region = f.level() != null ? regionOf(f.level()) : f.string("region").orElse(null);
        // A finding placed in no region stays; "cervical_or_thoracic" (a code that covers both) is in either region.
        return region == null || (!byTest || region.contains(test.region()))
                && (!byRequest || requested.stream().anyMatch(l -> region.contains(regionOf(l))));
    }

    /** lumbar (lumbar and sacral levels, T12-L1 too), cervical, or thoracic. */
    static String regionOf(SpinalLevel level) {
        return level.isLumbar() || "S".equals(level.region()) ? "lumbar" : level.isCervical() ? "cervical" : "thoracic";
    }

    /** A planned or recommended therapy is not one that was tried, unless the test selects by status. */
    private boolean doneUnlessAskedForPlans(Finding f) {
        return test.where().containsKey("status") || !"planned".equals(f.string("status").orElse(""));
    }

    /**
     * How the allowed documents describe {@code level}: {@code reported} when a report whose view of it is not limited
     * describes it ("the report covers it"); otherwise the findings at the level in reports that call their own view of it
     * limited ({@link #viewLimitedDocuments}), empty when none does.
     */
    record LevelView(boolean reported, List<Finding> whereViewLimited) {
    }

    LevelView view(SpinalLevel level) {
        java.util.Set<String> limited = viewLimitedDocuments(level);
        List<Finding> at = describing(level).toList();
        if (at.stream().anyMatch(f -> !limited.contains(f.document()))) {
            return new LevelView(true, List.of());
        }
        return new LevelView(false, at);
    }

    private java.util.stream.Stream<Finding> describing(SpinalLevel level) {
        return facts.findings().stream().filter(this::inDocumentsOfKind).filter(this::inWindow).filter(f -> level.equals(f.level()));
    }

    /**
     * The study reports that call their own view of {@code level} limited (their study finding's {@code limitedLevels}:
     * "motion degrades the axial images at L4-L5 and L5-S1"): what such a report leaves unsaid there was not seen, so its
     * silence is no evidence of absence. Another report that describes the level still counts.
     */
    private java.util.Set<String> viewLimitedDocuments(SpinalLevel level) {
        String name = level.toString();
        return facts.ofType(FindingTypes.IMAGING_STUDY).stream().filter(f -> f.list("limitedLevels").contains(name))
                .map(Finding::document).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the case holds any document of the kinds (and window) this test reads, or imaging reported in another document. */
    boolean hasDocuments() {
        if (test.documentTypes().isEmpty()) {
            return true;
        }
        return facts.request().documents().stream().anyMatch(d -> test.documentTypes().contains(d.type())
                && (test.withinMonths() == null || d.date() == null
                    || !d.date().isBefore(facts.requestDate().minusMonths(test.withinMonths()))))
                || test.documentTypes().contains(DocumentType.IMAGING)
                    && facts.findings().stream().filter(FindingScope::reportsImaging).anyMatch(this::inWindow);
    }

    /**
     * A finding read where a clinic note, letter or ED note reports what a study showed ("MRI L-spine
     * 06/30/2026 (report reviewed): L4-5 severe central canal stenosis"): imaging evidence, though its
     * document is not the radiologist's report.
     */
    static boolean reportsImaging(Finding f) {
        return f.flag(IMAGING_REPORT);
    }

    /** The attribute the extractor sets on such a finding (docs/findings.md). */
    static final String IMAGING_REPORT = "imagingReport";

    /** "imaging report dated within 12 months of the request", for rationales. */
    String documentKinds() {
        String kinds = test.documentTypes().stream().map(t -> t.wireName().replace('-', ' ') + (t == DocumentType.IMAGING ? " report" : ""))
                .collect(java.util.stream.Collectors.joining(" or "));
        return kinds + (test.withinMonths() == null ? "" : " dated within " + test.withinMonths() + " months of the request");
    }

    static boolean at(Finding f, SpinalLevel level) {
        if (f.list("exceptLevels").contains(level.toString())) {
            // "the other levels show no stenosis": not about the levels the report names elsewhere.
            return false;
        }
        if (level.equals(f.level()) || f.flag("allLevels")) {
            return true;
        }
        // A denial with no level ("No spondylolisthesis.") speaks for the whole study.
        return f.level() == null && f.negated();
    }

    private boolean inDocuments(Finding f) {
        if (test.documentTypes().isEmpty()) {
            return true;
        }
        return facts.document(f.document()).map(ClinicalDocument::type).map(test.documentTypes()::contains).orElse(false)
                || test.documentTypes().contains(DocumentType.IMAGING) && reportsImaging(f);
    }

    /** Findings of any type from the test's own kinds of document: a study read quoted in a note does not describe the whole level. */
    private boolean inDocumentsOfKind(Finding f) {
        if (test.documentTypes().isEmpty()) {
            return true;
        }
        return facts.document(f.document()).map(ClinicalDocument::type).map(test.documentTypes()::contains).orElse(false);
    }

    private boolean inWindow(Finding f) {
        if (test.withinMonths() == null) {
            return true;
        }
        Optional<LocalDate> date = facts.dateOf(f);
        if (date.isEmpty()) {
            return true; // undated: kept, and the rationale quotes it so a reviewer can judge
        }
        LocalDate from = facts.requestDate().minusMonths(test.withinMonths());
        return !date.get().isBefore(from) && !date.get().isAfter(facts.requestDate());
    }

    /**
     * Selector attributes must match. A denial lacking the attribute denies every value of it that it
     * can be about: it cannot be about a plan, because a plan is marked as one ({@code status: planned}),
     * so "No previous epidural injections" denies injections done, not the one planned.
     */
    private boolean selected(Finding f) {
        return test.where().entrySet().stream().allMatch(e -> {
            Optional<String> value = f.string(e.getKey());
            if (value.isEmpty()) {
                return f.negated() && e.getValue().stream().anyMatch(v -> !isPlan(e.getKey(), v));
            }
            return e.getValue().stream().anyMatch(v -> v.equalsIgnoreCase(value.get()));
        });
    }

    private static boolean isPlan(String attribute, String value) {
        return "status".equals(attribute) && "planned".equalsIgnoreCase(value);
    }
}
