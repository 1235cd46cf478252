package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lumbar decompression request (63047 with 63048 at a further level, 63005 for one or two levels,
 * 63017 for three) whose facts are drawn at random: the stenosis grade and any root compression at
 * each level, the age of the MRI, claudication, radiculopathy or axial pain, the daily-activity
 * limitation, therapy, medication and injections with their dates, and the red flags that waive the
 * care requirement. The expected outcome follows the reference policy.
 */
final class LaminectomyScenario implements Scenario {
    private static final List<String> SPINE = List.of("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");
    /** Stenosis grades as radiologists write them, least first; "moderate" is the policy's threshold. */
    static final List<String> GRADES = List.of("mild", "mild to moderate", "moderate", "moderate to severe", "severe");

    enum Symptoms { CLAUDICATION, RADICULOPATHY, AXIAL }

    /** The MRI on file: within the 12-month window, older than that, or none. */
    enum Mri { RECENT, STALE, NONE }

    enum RedFlag { NONE, CAUDA_EQUINA, SEVERE_WEAKNESS, PROGRESSIVE_DEFICIT }

    /** What the MRI says at one level: the canal's grade and whether a nerve root is compressed. */
    record Level(String level, String grade, boolean rootCompressed) {
        boolean moderateOrWorse() {
            return GRADES.indexOf(grade) >= GRADES.indexOf("moderate");
        }
    }

    /**
     * @param levels the primary line's levels, each with its imaging
     * @param addOn  the 63048 level, or null
     */
    record Facts(String code, List<Level> levels, Level addOn, String side, Mri mri, Symptoms symptoms, boolean limitation,
                 RedFlag redFlag, int visitDay, Course medication, Course therapy, Course injection) {
        List<Level> requested() {
            List<Level> all = new ArrayList<>(levels);
            if (addOn != null) {
                all.add(addOn);
            }
            return all;
        }
    }

    private final Phrasing p;

    LaminectomyScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts();
        List<String> primaryLevels = f.levels().stream().map(Level::level).toList();
        List<SynthCase.Service> services = new ArrayList<>();
        services.add(new SynthCase.Service(1, f.code(), "Lumbar decompression " + String.join(", ", primaryLevels), primaryLevels, 0));
        if (f.addOn() != null) {
            // The add-on's primary is left for the engine to infer from the code table half the time.
            services.add(new SynthCase.Service(2, "63048", "Each additional segment, " + f.addOn().level(), List.of(f.addOn().level()),
                    p.chance(0.5) ? 1 : 0));
        }
        List<SynthCase.Diagnosis> dx = List.of(switch (f.symptoms()) {
            case CLAUDICATION -> new SynthCase.Diagnosis("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication");
            case RADICULOPATHY -> new SynthCase.Diagnosis("M54.16", "Radiculopathy, lumbar region");
            case AXIAL -> new SynthCase.Diagnosis("M48.061", "Spinal stenosis, lumbar region without neurogenic claudication");
        });
        return new SynthCase(p.pick("1944-08-30", "1949-12-01", "1953-05-17", "1958-09-09", "1962-02-25"), services, dx,
                new LaminectomyNotes(p, f, request).documents(), f.toString(), seq -> facts(f, seq));
    }

    Facts drawFacts() {
        double r = p.between(0, 99) / 100.0;
        String code = r < 0.55 ? "63047" : r < 0.85 ? "63005" : "63017";
        int first = p.between(0, code.equals("63017") ? 2 : 3);
        int count = code.equals("63017") ? 3 : code.equals("63005") && p.chance(0.4) ? 2 : 1;
        List<Level> levels = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            levels.add(drawLevel(SPINE.get(i)));
        }
        Level addOn = code.equals("63047") && p.chance(0.35) ? drawLevel(SPINE.get(first + 1)) : null;
        double m = p.between(0, 99) / 100.0;
        Mri mri = m < 0.86 ? Mri.RECENT : m < 0.93 ? Mri.STALE : Mri.NONE;
        RedFlag flag = p.chance(0.8) ? RedFlag.NONE : p.pick(List.of(RedFlag.CAUDA_EQUINA, RedFlag.SEVERE_WEAKNESS, RedFlag.PROGRESSIVE_DEFICIT));
        double s = p.between(0, 99) / 100.0;
        Symptoms symptoms = flag != RedFlag.NONE || s < 0.6 ? Symptoms.CLAUDICATION : s < 0.94 ? Symptoms.RADICULOPATHY : Symptoms.AXIAL;
        int visitDay = p.between(2, 9);
        int onsetDay = 7 * p.pick(List.of(5, 10, 16, 26, 40)) + p.between(0, 6);
        return new Facts(code, levels, addOn, p.pick("left", "right"), mri, symptoms, p.chance(0.85), flag, visitDay,
                drawMedication(onsetDay, visitDay), drawTherapy(onsetDay, visitDay), drawInjection(onsetDay, visitDay));
    }

    /** Mostly graded moderate or worse, as decompression requests are; sometimes a compressed root besides. */
    private Level drawLevel(String level) {
        String grade = p.pick(List.of("mild", "mild to moderate", "moderate", "moderate", "moderate to severe", "moderate to severe", "severe",
                "severe", "severe"));
        return new Level(level, grade, p.chance(0.2));
    }

    private Course drawMedication(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.6) {
            int from = Math.max(visitDay + 7, onsetDay - p.between(7, 30));
            return Course.dated(from, p.chance(0.75) ? visitDay : Math.max(visitDay, from - 7 * p.between(2, 6)));
        }
        return r < 0.8 ? Course.UNDATED : r < 0.86 ? Course.DENIED : Course.SILENT;
    }

    private Course drawTherapy(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.7) {
            int end = visitDay + p.between(3, 20);
            int weeks = Math.max(0, Math.min(p.pick(List.of(0, 3, 6, 8, 8, 10, 12)), (onsetDay - end - 7) / 7));
            return Course.dated(end + 7 * weeks, end);
        }
        return r < 0.75 ? Course.DENIED : Course.SILENT;
    }

    private Course drawInjection(int onsetDay, int visitDay) {
        if (p.chance(0.3)) {
            int day = p.between(visitDay + 7, Math.max(visitDay + 7, onsetDay - 14));
            return Course.dated(day, day);
        }
        return p.chance(0.3) ? Course.DENIED : Course.SILENT;
    }

    /**
     * The facts the expectations read: the drawn facts, the care span, and whether every level of the
     * line (the primary's levels, or the add-on's own) is graded moderate or worse or has a compressed root.
     */
    static Map<String, Object> facts(Facts f, int sequence) {
        Map<String, Object> out = Expectations.facts(f);
        List<Level> levels = sequence == 1 ? f.levels() : List.of(f.addOn());
        out.put("careSpanWeeks", Course.spanWeeks(f.medication(), f.therapy(), f.injection()));
        out.put("everyLevelModerateOrRootCompressed", levels.stream().allMatch(l -> l.moderateOrWorse() || l.rootCompressed()));
        return out;
    }
}
