package dev.necessity.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * A lumbar MRI order whose facts are drawn at random: back pain alone or with radicular pain or
 * claudication and for how long, a red flag (or the red-flag screen the note writes, or none), the
 * motor examination, weeks of conservative care, whether an injection or surgery is being considered,
 * and any prior lumbar surgery with how the symptoms changed since. The expected outcome follows the
 * policy's three routes and its exclusion of uncomplicated acute back pain; {@link LumbarMriNotes}
 * writes the note.
 */
final class LumbarMriScenario implements Scenario {
    private static final List<String> FLAGS = List.of("cauda_equina", "progressive_deficit", "cancer", "weight_loss", "infection", "fracture");

    /**
     * @param symptoms    radicular, claudication, axial (radiation denied) or axial_unstated (radiation never mentioned)
     * @param weeks       how long the symptoms have lasted (1 is written as days)
     * @param redFlag     none or one of {@link #FLAGS}
     * @param screen      full (every red-flag family denied), bladder (only bowel and bladder denied) or unstated
     * @param strength    the weakest lower-limb muscle grade written, 0 when no motor examination is written
     * @param careWeeks   weeks of conservative care, 0 when none is documented
     * @param candidate   injection, surgery or none (no plan beyond the MRI)
     * @param priorSurgery denied, unstated, new_symptoms (a prior decompression, then new leg pain) or unchanged
     */
    record Facts(String side, String symptoms, int weeks, String redFlag, String screen, int strength, int careWeeks,
                 String candidate, String priorSurgery, boolean radiographs, LocalDate visit) {
    }

    private final Phrasing p;

    LumbarMriScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts(request);
        boolean contrast = f.priorSurgery().equals("new_symptoms") || List.of("cancer", "infection").contains(f.redFlag());
        String code = contrast ? p.pick("72158", "72158", "72149") : "72148";
        String description = code.equals("72148") ? "MRI lumbar spine without contrast"
                : code.equals("72158") ? "MRI lumbar spine without and with contrast" : "MRI lumbar spine with contrast";
        List<SynthCase.Service> services = List.of(new SynthCase.Service(1, code, description, List.of(), 0));
        List<SynthCase.Diagnosis> dx = List.of(f.symptoms().startsWith("axial")
                ? new SynthCase.Diagnosis("M54.50", "Low back pain, unspecified")
                : new SynthCase.Diagnosis("M54.16", "Radiculopathy, lumbar region"));
        String birth = LocalDate.of(p.between(1940, 1995), p.between(1, 12), p.between(1, 28)).toString();
        return new SynthCase(birth, services, dx, new LumbarMriNotes(p).documents(f), f.toString(), seq -> Expectations.facts(f));
    }

    Facts drawFacts(LocalDate request) {
        LocalDate visit = request.minusDays(p.between(1, 6));
        String prior = p.chance(0.15) ? p.pick("new_symptoms", "new_symptoms", "unchanged") : p.pick("denied", "denied", "denied", "unstated");
        boolean operated = prior.equals("new_symptoms") || prior.equals("unchanged");
        String symptoms = operated || p.chance(0.5) ? p.pick("radicular", "radicular", "claudication")
                : p.pick("axial", "axial", "axial_unstated", "radicular");
        int weeks = p.pick(List.of(1, 2, 3, 5, 8, 8, 10, 12, 16, 26));
        String flag = p.chance(0.22) ? p.pick(FLAGS) : "none";
        String screen = flag.equals("none") ? (p.chance(0.75) ? "full" : p.pick("bladder", "unstated")) : p.pick("bladder", "unstated");
        if (flag.equals("cauda_equina")) {
            screen = "unstated"; // its own bladder symptoms cannot sit beside a denial of them
        }
        int strength = flag.equals("progressive_deficit") ? 3 : p.chance(0.85) ? p.pick(List.of(5, 5, 4)) : 0;
        int careWeeks = Math.min(p.pick(List.of(0, 2, 4, 7, 8, 10, 12)), weeks - 1);
        String candidate = p.chance(0.8) ? p.pick("injection", "surgery") : "none";
        return new Facts(p.pick("left", "right"), symptoms, weeks, flag, screen, strength, Math.max(careWeeks, 0), candidate, prior,
                p.chance(0.3), visit);
    }
}
