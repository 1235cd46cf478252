package dev.necessity.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lumbar epidural steroid injection request (interlaminar, or transforaminal with an optional second
 * level on the add-on code) whose facts are drawn at random: radicular or axial pain and how long it has
 * lasted, what the MRI shows at each requested level, weeks of conservative care, the planned guidance,
 * and the injections already given in the last year with the relief each brought. The expected outcome
 * per line follows the reference policy; {@link EpiduralInjectionNotes} writes the documents.
 */
final class EpiduralInjectionScenario implements Scenario {
    private static final List<String> LEVELS = List.of("L3-L4", "L4-L5", "L5-S1");
    /** Weeks of radicular pain; 0 means the note gives no duration. 4 weeks, the threshold, is left out. */
    private static final List<Integer> PAIN_WEEKS = List.of(0, 2, 6, 8, 8, 10, 12, 17, 17, 26, 26, 52);
    private static final List<Integer> CARE_WEEKS = List.of(0, 2, 5, 6, 6, 8, 10, 12, 12, 16);

    /** Conservative care: a therapy course and an NSAID (taken until the visit), null when not tried. */
    record Care(LocalDate ptStart, LocalDate ptEnd, LocalDate nsaidStart) {
    }

    /**
     * @param approach    transforaminal or interlaminar
     * @param addOnLevel  the second transforaminal level (add-on code), or null
     * @param pain        radicular or axial (radiation denied)
     * @param painWeeks   0 when unstated
     * @param primaryLesion  what the MRI shows at the primary level: extrusion, protrusion, foraminal, or normal; none when no MRI report is sent
     * @param guidance    fluoroscopy, ct, unstated, or none (landmark technique)
     * @param priors      dates of prior epidural injections, most recent first
     * @param relief      the relief the prior injections brought: lasting (50 % or more for 3 months or more), brief, or unstated
     */
    record Facts(String side, String approach, String level, String addOnLevel, String pain, int painWeeks, String primaryLesion,
                 String addOnLesion, Care care, LocalDate visit, String guidance, List<LocalDate> priors, String relief,
                 LocalDate request) {

        long priorsWithinYear() {
            return priors.stream().filter(d -> !d.isBefore(request.minusMonths(12))).count();
        }
    }

    private final Phrasing p;

    EpiduralInjectionScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts(request);
        List<SynthCase.Service> services = new ArrayList<>();
        String code = f.approach().equals("transforaminal") ? "64483" : f.guidance().equals("none") ? "62322" : "62323";
        services.add(new SynthCase.Service(1, code, capital(f.side()) + " " + f.level() + " " + f.approach() + " epidural steroid injection",
                List.of(f.level()), 0));
        if (f.addOnLevel() != null) {
            services.add(new SynthCase.Service(2, "64484", capital(f.side()) + " " + f.addOnLevel() + " transforaminal epidural steroid injection, additional level",
                    List.of(f.addOnLevel()), 1));
        }
        List<SynthCase.Diagnosis> dx = List.of(f.pain().equals("axial")
                ? new SynthCase.Diagnosis("M54.50", "Low back pain, unspecified")
                : new SynthCase.Diagnosis("M54.16", "Radiculopathy, lumbar region"));
        String birth = LocalDate.of(p.between(1945, 1992), p.between(1, 12), p.between(1, 28)).toString();
        return new SynthCase(birth, services, dx, new EpiduralInjectionNotes(p).documents(f), f.toString(), seq -> facts(f, seq));
    }

    Facts drawFacts(LocalDate request) {
        LocalDate visit = request.minusDays(p.between(3, 12));
        boolean transforaminal = p.chance(0.55);
        String level = transforaminal ? p.pick(LEVELS) : p.pick("L4-L5", "L5-S1");
        String addOn = transforaminal && p.chance(0.45) ? LEVELS.get(LEVELS.indexOf(level) == 2 ? 1 : LEVELS.indexOf(level) + 1) : null;
        boolean axial = p.chance(0.07);
        int painWeeks = axial ? p.pick(List.of(10, 26, 52)) : p.pick(PAIN_WEEKS);
        boolean mri = p.chance(0.92);
        String primaryLesion = !mri ? "none" : p.chance(0.85) ? p.pick("extrusion", "protrusion", "foraminal") : "normal";
        String addOnLesion = !mri ? "none" : p.chance(0.75) ? p.pick("protrusion", "foraminal") : "normal";
        String guidance = transforaminal ? (p.chance(0.85) ? p.pick("fluoroscopy", "fluoroscopy", "ct") : "unstated")
                : p.chance(0.15) ? "none" : p.chance(0.88) ? "fluoroscopy" : "unstated";
        List<LocalDate> priors = drawPriors(visit);
        String relief = p.chance(0.65) ? "lasting" : p.pick("brief", "brief", "unstated");
        return new Facts(p.pick("left", "right"), transforaminal ? "transforaminal" : "interlaminar", level, addOn, axial ? "axial" : "radicular",
                painWeeks, primaryLesion, addOn == null ? null : addOnLesion, drawCare(visit, painWeeks), visit, guidance, priors, relief, request);
    }

    /** Prior injections about three months apart, the latest at least 13 weeks back so lasting relief can have lasted; now and then one from long ago. */
    private List<LocalDate> drawPriors(LocalDate visit) {
        int count = p.chance(0.55) ? 0 : p.pick(List.of(1, 1, 1, 2, 2, 3, 4));
        List<LocalDate> priors = new ArrayList<>();
        LocalDate d = visit.minusWeeks(p.between(13, 16));
        for (int i = 0; i < count; i++) {
            priors.add(d);
            d = d.minusWeeks(p.between(10, 11));
        }
        if (count < 2 && p.chance(0.15)) {
            priors.add(visit.minusMonths(p.between(15, 20)));
        }
        return priors;
    }

    /** Care begins {@code weeks} before the visit with its first treatment; it cannot begin before the pain did. */
    private Care drawCare(LocalDate visit, int painWeeks) {
        int weeks = p.pick(CARE_WEEKS);
        if (painWeeks > 0) {
            weeks = Math.min(weeks, painWeeks - 1);
        }
        if (weeks <= 0) {
            return new Care(null, null, null);
        }
        LocalDate start = visit.minusWeeks(weeks);
        boolean nsaidFirst = p.chance(0.5);
        boolean both = p.chance(0.7);
        LocalDate ptStart = !nsaidFirst ? start : both ? start.plusDays(p.between(0, 7)) : null;
        LocalDate ptEnd = ptStart == null ? null : visit.minusDays(p.between(2, 6));
        LocalDate nsaid = nsaidFirst ? start : both ? start.plusDays(p.between(0, 10)) : null;
        return new Care(ptStart, ptEnd == null || ptEnd.isAfter(ptStart) ? ptEnd : ptStart, nsaid);
    }

    /**
     * The facts the expectations read: the drawn facts, the weeks of dated conservative care (null when
     * none is dated), the prior epidurals within 12 months, and the MRI finding at the line's own level.
     */
    static Map<String, Object> facts(Facts f, int sequence) {
        Map<String, Object> out = Expectations.facts(f);
        out.put("careWeeks", careWeeks(f).orElse(null));
        out.put("priorsWithinYear", f.priorsWithinYear());
        out.put("lineLesion", sequence == 1 ? f.primaryLesion() : f.addOnLesion());
        return out;
    }

    /** Weeks from the first to the last dated conservative treatment, the NSAID counting until the visit. */
    static java.util.Optional<Double> careWeeks(Facts f) {
        Care c = f.care();
        List<LocalDate> dates = Stream.of(c.ptStart(), c.ptEnd(), c.nsaidStart(), c.nsaidStart() == null ? null : f.visit())
                .filter(java.util.Objects::nonNull).toList();
        if (dates.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return java.util.Optional.of(ChronoUnit.DAYS.between(first, last) / 7.0);
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
