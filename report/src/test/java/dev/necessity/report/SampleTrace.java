package dev.necessity.report;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.engine.trace.LineOutcome;
import dev.necessity.engine.trace.Status;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.model.IntakeWarning;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import dev.necessity.policy.CitationRef;
import dev.necessity.policy.Source;
import dev.necessity.policy.SourceCatalog;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, realistic engine trace written by hand, so the renderers are tested without extraction or
 * policies: an L5-S1 fusion that fails on imaging and therapy, with a nicotine history not documented,
 * alternative fusion routes, a Modic exclusion that cannot be ruled out, its graft add-on, a
 * discordance, guidance, an intake warning, and two sources, one not yet verified. Its text holds the
 * characters each format must escape (Markdown's {@code * _ [ ] <}, HTML's {@code & < > "}) and a
 * quote that crosses a line break.
 */
final class SampleTrace {
    static final String MRI = "mri-lumbar_2026-01-12.txt";
    static final String PT = "pt-note-2026-01-26.txt";

    private SampleTrace() {
    }

    static SourceCatalog sources() {
        Map<String, Source> s = new LinkedHashMap<>();
        s.put("nass-fusion", new Source("nass-fusion", "North American Spine Society. Lumbar fusion coverage recommendations. 2026.",
                "Lumbar fusion", "NASS", 2026, "Degenerative stenosis", "10.0000/nass.2026.1", null, true, null, null, List.of(), null));
        s.put("payer-cpb", new Source("payer-cpb", "Example payer clinical policy bulletin: spinal surgery <lumbar> & \"fusion\".",
                null, "Example payer", null, null, null, null, false, null, "year and section", List.of(), null));
        s.put("never-cited", new Source("never-cited", "A source no criterion cites.", null, null, null, null, null, null, true,
                null, null, List.of(), null));
        return new SourceCatalog(s);
    }

    /** The fusion and its graft, both not medically necessary, with a warning about a document's date. */
    static Determination fusionNotNecessary() {
        return new Determination("sample-l5s1-fusion", LocalDate.of(2026, 3, 2), LineOutcome.NOT_MEDICALLY_NECESSARY, true,
                List.of(fusionLine(modicExclusion(Status.NOT_DOCUMENTED)), graftLine()),
                List.of(new Guidance("discordance-stenosis", null, "The diagnosis M48.062 (spinal stenosis with neurogenic claudication)"
                        + " is not supported by the imaging, which reports mild stenosis only.", cite("payer-cpb", null), List.of(mild()))),
                List.of(new Guidance("alternative-pt", "Structured therapy", "A supervised programme of *at least* 6 weeks,"
                        + " aquatic or modified if land-based therapy is not tolerated.", cite("nass-fusion", "B"), List.of())),
                List.of(new Guidance("step-pt", null, "Document 6 weeks of structured physical therapy_with dates.", cite("nass-fusion", null), List.of()),
                        new Guidance("step-films", null, "Obtain flexion-extension radiographs [standing].", cite("payer-cpb", null), List.of())),
                List.of(new Guidance("pitfall-modic", "Modic changes", "Modic changes alone do not establish a fusion indication.",
                        cite("payer-cpb", null), List.of())),
                List.of(new IntakeWarning("NEC-INTAKE-102", PT, "dated 2026-03-04, after the request date 2026-03-02; its findings are"
                        + " still read, so check which date is wrong before relying on this assessment")));
    }

    /** The same fusion where the Modic exclusion applies, and nothing else is added. */
    static Determination fusionExcluded() {
        return new Determination("sample-l5s1-excluded", LocalDate.of(2026, 3, 2), LineOutcome.NOT_MEDICALLY_NECESSARY, true,
                List.of(fusionLine(modicExclusion(Status.MET))), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A medically necessary line with one criterion met. */
    static Determination necessary() {
        CriterionResult met = leaf("symptoms", "Neurogenic claudication or radiculopathy", Status.MET,
                "Neurogenic claudication documented.", List.of(claudication()), cite("nass-fusion", null));
        LineDetermination line = new LineDetermination(fusion(), "lumbar-fusion", "2026.11.2", "Lumbar fusion", null,
                LineOutcome.MEDICALLY_NECESSARY, "Every required criterion is met on the documented evidence.",
                all("criteria", List.of(met)), List.of());
        return new Determination("sample-necessary", LocalDate.of(2026, 3, 2), LineOutcome.MEDICALLY_NECESSARY, false, List.of(line),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static LineDetermination fusionLine(CriterionResult modic) {
        CriterionResult imaging = new CriterionResult("imaging-stenosis-grade", "Moderate or worse stenosis at the requested level",
                "leaf", Status.NOT_MET, "The highest grade documented at L5-S1 is mild, below the moderate-or-worse threshold.",
                List.of(mild(), foraminal()), cite("nass-fusion", "B"), null, "the radiologist's MRI or CT report",
                "Imaging Severity Does Not Meet Threshold", false, null, null);
        CriterionResult care = new CriterionResult("conservative-care", "At least 6 weeks of failed conservative care", "leaf",
                Status.NOT_MET, "1 physical therapy visit documented (01/26/2026), 0 weeks from first to last documented date,"
                + " against at least 6 weeks required.", List.of(visit()), cite("nass-fusion", null), null, null,
                "Inadequate Conservative Management", false, null, null);
        CriterionResult nicotine = new CriterionResult("nicotine-free", "Nicotine-free for 6 weeks", "leaf", Status.NOT_DOCUMENTED,
                "The record does not say whether the patient uses nicotine.", List.of(), cite("payer-cpb", null), null,
                "a documented smoking and nicotine history", null, false, null, null);
        CriterionResult routes = new CriterionResult("fusion-indication", "A fusion indication at the requested level", "any",
                Status.NOT_DOCUMENTED, "No route is documented.", List.of(), List.of(), null, null, null, true,
                List.of(leaf("spondylolisthesis", "Spondylolisthesis at the requested level", Status.NOT_MET,
                                "The record documents its absence at L5-S1.", List.of(), List.of()),
                        leaf("instability", "Dynamic instability on flexion-extension radiographs", Status.NOT_DOCUMENTED,
                                "The record does not document it at L5-S1.", List.of(), cite("payer-cpb", null))), null);
        CriterionResult symptoms = leaf("symptoms", "Neurogenic claudication or radiculopathy", Status.MET,
                "Neurogenic claudication documented.", List.of(claudication()), List.of());
        CriterionResult diabetes = leaf("diabetes-control", "HbA1c below 8% when diabetic", Status.NOT_APPLICABLE,
                "Applies only with diabetes, which the record does not document.", List.of(), List.of());
        return new LineDetermination(fusion(), "lumbar-fusion", "2026.11.2", "Lumbar fusion", null, LineOutcome.NOT_MEDICALLY_NECESSARY,
                "Required criteria not met on the documented evidence: imaging; conservative care.",
                all("criteria", List.of(routes, imaging, care, nicotine, symptoms, diabetes)), List.of(modic));
    }

    private static LineDetermination graftLine() {
        ServiceLine graft = new ServiceLine(2, "20930", "CPT", "Allograft, morselized, for spine surgery", List.of(), 1);
        CriterionResult primary = leaf("primary-necessary", "The fusion it supports is medically necessary", Status.NOT_MET,
                "Line 1 (CPT 22558) is not medically necessary.", List.of(), List.of());
        return new LineDetermination(graft, "bone-graft", "2026.11.0", "Bone graft", 1, LineOutcome.NOT_MEDICALLY_NECESSARY,
                "An add-on follows its primary line, which is not medically necessary.", primary, List.of());
    }

    private static CriterionResult modicExclusion(Status status) {
        return new CriterionResult("exclusion-modic-alone", "Modic changes alone do not justify fusion", "all", status,
                status == Status.MET ? "Modic changes are the only finding." : "Whether another indication exists is not documented.",
                List.of(), cite("payer-cpb", null), null, null, "Modic Changes Alone Do Not Justify Fusion", false,
                List.of(leaf("modic-present", "Modic changes at the level", Status.MET, "Type 1 Modic changes at L5-S1.",
                                List.of(modicQuote()), List.of()),
                        leaf("no-other-indication", "No other fusion indication", status, "Another indication is not documented.",
                                List.of(), List.of())), null);
    }

    private static ServiceLine fusion() {
        return new ServiceLine(1, "22558", "CPT", "Anterior lumbar interbody fusion (ALIF), L5-S1",
                List.of(SpinalLevel.parse("L5-S1").orElseThrow()), null);
    }

    private static CriterionResult all(String id, List<CriterionResult> children) {
        Status status = children.stream().map(CriterionResult::status).filter(Status::failing).findFirst().orElse(Status.MET);
        return new CriterionResult(id, "Criteria", "all", status, "", List.of(), List.of(), null, null, null, false, children, null);
    }

    private static CriterionResult leaf(String id, String title, Status status, String rationale, List<EvidenceSpan> evidence,
                                        List<CitationRef> citations) {
        return new CriterionResult(id, title, "leaf", status, rationale, evidence, citations, null, null, null, false, null, null);
    }

    private static List<CitationRef> cite(String source, String grade) {
        return List.of(new CitationRef(source, grade, null, null));
    }

    private static EvidenceSpan mild() {
        return new EvidenceSpan(MRI, 844, 877, "mild impression on the thecal sac");
    }

    private static EvidenceSpan foraminal() {
        return new EvidenceSpan(MRI, 902, 941, "Mild bilateral neuroforaminal\nnarrowing");
    }

    private static EvidenceSpan modicQuote() {
        return new EvidenceSpan(MRI, 1010, 1049, "Type 1 Modic endplate changes at L5-S1.");
    }

    private static EvidenceSpan visit() {
        return new EvidenceSpan(PT, 120, 153, "Patient attended 1 of 3 sessions.");
    }

    private static EvidenceSpan claudication() {
        return new EvidenceSpan("consult.txt", 300, 349, "bilateral leg pain with walking, relieved sitting");
    }
}
