package dev.necessity.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A total knee arthroplasty request whose facts are drawn at random: how long the knee has hurt and
 * whether it limits daily life, the radiographic grade (or avascular necrosis), which non-surgical
 * treatments were tried and when, BMI with any weight-management discussion, and an active infection.
 * The expected outcome follows the reference policy's rules; {@link KneeNotes} writes the documents.
 */
final class KneeArthroplastyScenario implements Scenario {
    /** Months a clinician writes for the pain; 3 and 6 months sit on the policy's thresholds and are left out. */
    private static final List<Integer> PAIN_MONTHS = List.of(0, 2, 4, 5, 7, 8, 9, 10, 12, 14, 18, 24, 24);
    private static final List<Integer> CARE_WEEKS = List.of(0, 6, 9, 16, 20, 26, 30, 36, 44);
    private static final List<Double> BMIS = List.of(0.0, 23.4, 26.8, 28.9, 31.5, 34.2, 37.9, 40.0, 41.6, 44.1);

    /**
     * The non-surgical care, with its dates; a null date means that treatment was not tried.
     * An NSAID without an end date is still being taken on the day of the clinic note.
     */
    record Care(LocalDate nsaidStart, LocalDate nsaidEnd, LocalDate ptStart, LocalDate ptEnd, LocalDate injection,
                String device, LocalDate counselled, boolean counselledToday) {

        boolean counselling() {
            return counselled != null || counselledToday;
        }
    }

    /**
     * @param painMonths 0 when the note gives no duration
     * @param function   limited, not_limited (the note says it does not limit him) or unstated
     * @param imaging    kl4, kl3, kl2, ungraded ("degenerative joint disease", moderate narrowing), avn, or none (no report)
     * @param bmi        0 when unstated
     * @param infection  active, denied or unstated
     */
    record Facts(String side, int painMonths, String function, String imaging, Care care, LocalDate visit, double bmi,
                 String infection) {
    }

    private final Phrasing p;

    KneeArthroplastyScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts(request);
        String side = f.side();
        List<SynthCase.Service> services = List.of(new SynthCase.Service(1, "27447", "Total knee arthroplasty, " + side + " knee", List.of(), 0));
        List<SynthCase.Diagnosis> dx = List.of(f.imaging().equals("avn")
                ? new SynthCase.Diagnosis(side.equals("right") ? "M87.061" : "M87.062", "Idiopathic aseptic necrosis of " + side + " femur")
                : new SynthCase.Diagnosis(side.equals("right") ? "M17.11" : "M17.12", "Unilateral primary osteoarthritis, " + side + " knee"));
        String birth = LocalDate.of(p.between(1941, 1976), p.between(1, 12), p.between(1, 28)).toString();
        return new SynthCase(birth, services, dx, new KneeNotes(p).documents(f), f.toString(), seq -> facts(f));
    }

    Facts drawFacts(LocalDate request) {
        LocalDate visit = request.minusDays(p.between(3, 12));
        int painMonths = p.pick(PAIN_MONTHS);
        double bmi = p.pick(BMIS);
        String function = p.chance(0.88) ? "limited" : p.pick("not_limited", "unstated");
        String imaging = p.chance(0.65) ? p.pick("kl4", "kl3") : p.pick("kl4", "kl3", "kl2", "ungraded", "avn", "none");
        String infection = p.chance(0.05) ? "active" : p.pick("denied", "unstated");
        return new Facts(p.pick("left", "right"), painMonths, function, imaging, drawCare(visit, bmi), visit, bmi, infection);
    }

    /** Lays the chosen treatments inside the care period, the first one starting at its beginning. */
    private Care drawCare(LocalDate visit, double bmi) {
        int weeks = p.pick(CARE_WEEKS);
        String device = p.chance(0.35) ? p.pick("cane", "brace", "walker") : "none";
        if (weeks == 0) {
            return new Care(null, null, null, null, null, device, null, bmi >= 30 && p.chance(0.3));
        }
        LocalDate start = visit.minusWeeks(weeks);
        List<String> kinds = new ArrayList<>(List.of("nsaid", "pt", "injection"));
        boolean counsel = bmi >= 30 ? p.chance(0.55) : p.chance(0.05);
        String first = p.pick(kinds);
        boolean nsaid = first.equals("nsaid") || p.chance(0.88);
        boolean pt = first.equals("pt") || p.chance(0.6);
        boolean injection = first.equals("injection") || p.chance(0.35);
        LocalDate nsaidStart = nsaid ? (first.equals("nsaid") ? start : within(start, visit, 0.5)) : null;
        LocalDate nsaidEnd = nsaid && p.chance(0.12) ? nsaidStart.plusWeeks(p.between(3, 6)) : null;
        if (nsaidEnd != null && nsaidEnd.isAfter(visit)) {
            nsaidEnd = null;
        }
        LocalDate ptStart = pt ? (first.equals("pt") ? start : within(start, visit, 0.6)) : null;
        LocalDate ptEnd = pt ? min(ptStart.plusWeeks(p.pick(List.of(4, 6, 8, 10))), visit.minusDays(3)) : null;
        LocalDate shot = injection ? (first.equals("injection") ? start : within(start, visit, 0.8)) : null;
        boolean dated = counsel && p.chance(0.5);
        return new Care(nsaidStart, nsaidEnd, ptStart, ptEnd, shot, device, dated ? within(start, visit, 0.9) : null, counsel && !dated);
    }

    private LocalDate within(LocalDate start, LocalDate end, double fraction) {
        long days = ChronoUnit.DAYS.between(start, end);
        return start.plusDays(p.between(0, (int) Math.max(0, days * fraction)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The facts the expectations read: the drawn facts, the pain in weeks (null when the note gives no
     * duration), the weeks from the first to the last dated treatment (null when none is dated), and
     * which treatments the note names.
     */
    static Map<String, Object> facts(Facts f) {
        Map<String, Object> out = Expectations.facts(f);
        Care c = f.care();
        out.put("painWeeks", f.painMonths() == 0 ? null : f.painMonths() * 4.33);
        List<LocalDate> dates = careDates(f).toList();
        out.put("careSpanWeeks", dates.isEmpty() ? null
                : ChronoUnit.DAYS.between(dates.stream().min(LocalDate::compareTo).orElseThrow(),
                        dates.stream().max(LocalDate::compareTo).orElseThrow()) / 7.0);
        out.put("analgesic", c.nsaidStart() != null);
        out.put("physicalTherapy", c.ptStart() != null);
        out.put("kneeInjection", c.injection() != null);
        out.put("device", c.device());
        out.put("counselling", c.counselling());
        return out;
    }

    static Stream<LocalDate> careDates(Facts f) {
        Care c = f.care();
        LocalDate nsaidUntil = c.nsaidStart() == null ? null : c.nsaidEnd() != null ? c.nsaidEnd() : f.visit();
        return Stream.of(c.nsaidStart(), nsaidUntil, c.ptStart(), c.ptEnd(), c.injection(), c.counselled())
                .filter(java.util.Objects::nonNull);
    }
}
