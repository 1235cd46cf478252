package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lumbar discectomy request (63030 or endoscopic 62380, sometimes 63035 at a second level) whose
 * facts are drawn at random: the disc at each level, radiating or axial pain, the daily-activity
 * limitation, the neurological sign, medication, therapy and injection with their dates, and the
 * red flags that waive the care requirement. The expected outcome follows the reference policy.
 */
final class DiscectomyScenario implements Scenario {
    private static final List<String> LEVELS = List.of("L3-L4", "L4-L5", "L5-S1");

    /** What the MRI shows at a level. */
    enum Disc { EXTRUSION_COMPRESSING, PROTRUSION_DISPLACING, PROTRUSION_CONTACTING, BULGE }

    /** The corresponding sign the examination documents, a normal examination, or none at all. */
    enum Sign { STRAIGHT_LEG_RAISE, SENSORY_LOSS, REFLEX_LOSS, WEAKNESS, NORMAL_EXAM, NOT_EXAMINED }

    enum RedFlag { NONE, CAUDA_EQUINA, SEVERE_WEAKNESS, PROGRESSIVE_DEFICIT, ADMITTED_FOR_PAIN }

    /**
     * @param secondLevel the 63035 level, or null for one level
     * @param mriOnFile   whether the MRI report is in the record at all
     * @param onsetDay    when the leg (or back) pain began, in days before the request
     * @param visitDay    the surgeon's visit, in days before the request
     */
    record Facts(String code, String level, String side, String secondLevel, Disc disc, Disc secondDisc, boolean mriOnFile,
                 boolean radiating, boolean limitation, Sign sign, RedFlag redFlag, int onsetDay, int visitDay,
                 Course medication, Course therapy, Course injection) {
    }

    private final Phrasing p;

    DiscectomyScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts();
        List<SynthCase.Service> services = new ArrayList<>();
        String what = f.code().equals("62380") ? "Endoscopic lumbar discectomy " : "Lumbar microdiscectomy ";
        services.add(new SynthCase.Service(1, f.code(), what + f.level(), List.of(f.level()), 0));
        if (f.secondLevel() != null) {
            services.add(new SynthCase.Service(2, "63035", "Additional interspace " + f.secondLevel(), List.of(f.secondLevel()), 1));
        }
        List<SynthCase.Diagnosis> dx = List.of(f.radiating()
                ? (f.level().equals("L5-S1") ? new SynthCase.Diagnosis("M51.17", "Intervertebral disc disorder with radiculopathy, lumbosacral region")
                        : new SynthCase.Diagnosis("M51.16", "Intervertebral disc disorder with radiculopathy, lumbar region"))
                : new SynthCase.Diagnosis("M54.50", "Low back pain, unspecified"));
        return new SynthCase(p.pick("1958-04-22", "1969-10-09", "1977-02-17", "1986-06-30", "1994-12-03"), services, dx,
                new DiscectomyNotes(p, f, request).documents(), f.toString(), seq -> facts(f, seq));
    }

    Facts drawFacts() {
        String code = p.chance(0.8) ? "63030" : "62380";
        String level = p.pick(LEVELS);
        String second = code.equals("63030") && p.chance(0.3) ? neighbour(level) : null;
        RedFlag flag = p.chance(0.75) ? RedFlag.NONE
                : p.pick(List.of(RedFlag.CAUDA_EQUINA, RedFlag.SEVERE_WEAKNESS, RedFlag.PROGRESSIVE_DEFICIT, RedFlag.ADMITTED_FOR_PAIN));
        boolean radiating = flag != RedFlag.NONE || p.chance(0.93);
        // A severe or progressive motor deficit is found on examination as weakness.
        boolean weak = flag == RedFlag.SEVERE_WEAKNESS || flag == RedFlag.PROGRESSIVE_DEFICIT;
        Sign sign = weak ? Sign.WEAKNESS : radiating ? drawSign() : p.pick(List.of(Sign.NORMAL_EXAM, Sign.NOT_EXAMINED));
        int onsetDay = 7 * p.pick(List.of(4, 8, 10, 12, 14, 16, 20)) + p.between(0, 6);
        int visitDay = p.between(2, 9);
        return new Facts(code, level, p.pick("left", "right"), second, drawDisc(), second == null ? null : drawDisc(), p.chance(0.9),
                radiating, p.chance(0.85), sign, flag, onsetDay, visitDay,
                drawMedication(onsetDay, visitDay), drawTherapy(onsetDay, visitDay), drawInjection(onsetDay, visitDay));
    }

    private Disc drawDisc() {
        double r = p.between(0, 99) / 100.0;
        return r < 0.43 ? Disc.EXTRUSION_COMPRESSING : r < 0.86 ? Disc.PROTRUSION_DISPLACING : r < 0.93 ? Disc.PROTRUSION_CONTACTING : Disc.BULGE;
    }

    private Sign drawSign() {
        return p.pick(List.of(Sign.STRAIGHT_LEG_RAISE, Sign.STRAIGHT_LEG_RAISE, Sign.SENSORY_LOSS, Sign.REFLEX_LOSS, Sign.WEAKNESS,
                Sign.SENSORY_LOSS, Sign.REFLEX_LOSS, Sign.WEAKNESS, Sign.NORMAL_EXAM, Sign.NOT_EXAMINED));
    }

    /** Medication from a few days after the onset, still taken at the visit or stopped before it. */
    private Course drawMedication(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.6) {
            int from = Math.max(visitDay + 7, onsetDay - p.between(2, 10));
            return Course.dated(from, p.chance(0.6) ? visitDay : Math.max(visitDay, from - 7 * p.between(2, 5)));
        }
        return r < 0.77 ? Course.UNDATED : r < 0.85 ? Course.DENIED : Course.SILENT;
    }

    /** Weekly physical therapy inside the illness, ending before the visit. */
    private Course drawTherapy(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.65) {
            int end = visitDay + p.between(3, 10);
            int weeks = Math.max(0, Math.min(p.pick(List.of(2, 4, 6, 7, 8, 10, 12)), (onsetDay - end - 7) / 7));
            return Course.dated(end + 7 * weeks, end);
        }
        return r < 0.73 ? Course.DENIED : Course.SILENT;
    }

    private Course drawInjection(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.35) {
            int day = p.between(visitDay + 7, Math.max(visitDay + 7, onsetDay - 10));
            return Course.dated(day, day);
        }
        return r < 0.5 ? Course.DENIED : Course.SILENT;
    }

    private static String neighbour(String level) {
        return switch (level) {
            case "L3-L4" -> "L4-L5";
            case "L4-L5" -> "L5-S1";
            default -> "L4-L5";
        };
    }

    /** The facts the expectations read: the drawn facts, the care span, and the disc at the line's own level. */
    static Map<String, Object> facts(Facts f, int sequence) {
        Map<String, Object> out = Expectations.facts(f);
        out.put("careSpanWeeks", Course.spanWeeks(f.medication(), f.therapy(), f.injection()));
        out.put("lineDisc", sequence == 1 ? f.disc() : f.secondDisc());
        return out;
    }
}
