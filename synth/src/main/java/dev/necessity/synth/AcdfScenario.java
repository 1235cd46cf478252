package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An anterior cervical discectomy and fusion request (22551, sometimes with 22552 at a second level,
 * or 22554), usually with a bone-graft add-on (20931 structural allograft or 20936 local autograft,
 * judged by the bone-graft policy), whose facts are drawn at random: radiculopathy, myelopathy or
 * axial neck pain; what the MRI shows at each level; the arm-pain score, the sign, how long the arm
 * has hurt, therapy and medication with their dates; the waivers; and nicotine. The expected outcome
 * follows the reference policies.
 */
final class AcdfScenario implements Scenario {
    private static final List<String> LEVELS = List.of("C3-C4", "C4-C5", "C5-C6", "C6-C7");

    enum Presentation { RADICULOPATHY, MYELOPATHY, AXIAL_NECK_PAIN }

    /** What the MRI shows at a level. */
    enum Imaging { ROOT_COMPRESSION, CORD_COMPRESSION, MODERATE_STENOSIS, MILD_NARROWING }

    enum Sign { SPURLING, REFLEX_LOSS, SENSORY_LOSS, WEAKNESS, NORMAL_EXAM, NOT_EXAMINED }

    /** What waives the 12 weeks besides a severe arm-pain score. */
    enum Waiver { NONE, PROGRESSIVE_DEFICIT, BLADDER_LOSS }

    enum MyelopathySign { HOFFMANN, HYPERREFLEXIA, GAIT_IMBALANCE, HAND_CLUMSINESS }

    enum Nicotine { NEVER, FORMER_LONG_AGO, QUIT_RECENTLY, QUIT_RECENTLY_COTININE_NEGATIVE, CURRENT, UNDOCUMENTED }

    /**
     * @param second        the 22552 level, or null
     * @param graft         the bone-graft add-on code, or null
     * @param imaging       what the MRI shows at the primary and second level; null when no MRI is on file
     * @param armPain       the arm-pain score, or null when the note does not score it
     * @param statedWeeks   how long the arm has hurt as the note states it, or null when it does not say
     * @param myelopathy    the myelopathic signs the note documents (besides naming myelopathy), empty for the others
     * @param onsetDay      when the arm pain (or the myelopathic symptoms) began, in days before the request
     */
    record Facts(String code, String level, String second, String graft, String side, Presentation presentation,
                 List<Imaging> imaging, Integer armPain, Sign sign, Integer statedWeeks, Waiver waiver, List<MyelopathySign> myelopathy,
                 Nicotine nicotine, int onsetDay, int visitDay, Course medication, Course therapy) {
    }

    private final Phrasing p;

    AcdfScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts();
        List<SynthCase.Service> services = new ArrayList<>();
        services.add(new SynthCase.Service(1, f.code(), f.code().equals("22551") ? "Anterior cervical discectomy and fusion, " + f.level()
                : "Anterior cervical interbody fusion, " + f.level(), List.of(f.level()), 0));
        if (f.second() != null) {
            services.add(new SynthCase.Service(2, "22552", "ACDF, additional interspace " + f.second(), List.of(f.second()), 1));
        }
        if (f.graft() != null) {
            services.add(new SynthCase.Service(services.size() + 1, f.graft(), f.graft().equals("20931") ? "Structural allograft, cervical"
                    : "Local autograft, same incision", List.of(), 1));
        }
        List<SynthCase.Diagnosis> dx = List.of(switch (f.presentation()) {
            case RADICULOPATHY -> new SynthCase.Diagnosis("M54.12", "Radiculopathy, cervical region");
            case MYELOPATHY -> new SynthCase.Diagnosis("M47.12", "Other spondylosis with myelopathy, cervical region");
            case AXIAL_NECK_PAIN -> new SynthCase.Diagnosis("M54.2", "Cervicalgia");
        });
        return new SynthCase(p.pick("1955-01-19", "1961-03-02", "1966-07-20", "1972-02-11", "1980-10-05"), services, dx,
                new AcdfNotes(p, f, request).documents(), f.toString(), seq -> facts(f, seq));
    }

    Facts drawFacts() {
        String code = p.chance(0.85) ? "22551" : "22554";
        int index = p.between(0, 2);
        String second = code.equals("22551") && p.chance(0.3) ? LEVELS.get(index + 1) : null;
        String graft = p.chance(0.7) ? p.pick("20931", "20936") : null;
        double r = p.between(0, 99) / 100.0;
        Presentation presentation = r < 0.72 ? Presentation.RADICULOPATHY : r < 0.93 ? Presentation.MYELOPATHY : Presentation.AXIAL_NECK_PAIN;
        List<Imaging> imaging = p.chance(0.93) ? drawImaging(presentation, second == null ? 1 : 2) : null;
        boolean radicular = presentation == Presentation.RADICULOPATHY;
        Waiver waiver = radicular && p.chance(0.12) ? p.pick(List.of(Waiver.PROGRESSIVE_DEFICIT, Waiver.BLADDER_LOSS)) : Waiver.NONE;
        Sign sign = radicular ? drawSign(waiver) : Sign.NORMAL_EXAM;
        int weeks = p.pick(List.of(6, 10, 16, 20, 26, 26, 40, 52));
        int onsetDay = 7 * weeks + p.between(0, 3);
        int visitDay = p.between(2, 9);
        Integer armPain = radicular && p.chance(0.88) ? p.pick(List.of(3, 5, 5, 6, 6, 7, 8, 8, 9)) : null;
        Integer stated = radicular && p.chance(0.85) ? weeks : null;
        return new Facts(code, LEVELS.get(index), second, graft, p.pick("left", "right"), presentation, imaging, armPain, sign, stated,
                waiver, presentation == Presentation.MYELOPATHY ? drawMyelopathySigns() : List.of(), drawNicotine(), onsetDay, visitDay,
                drawMedication(onsetDay, visitDay), drawTherapy(onsetDay, visitDay));
    }

    private List<Imaging> drawImaging(Presentation presentation, int levels) {
        List<Imaging> imaging = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            imaging.add(drawImaging(presentation));
        }
        return imaging;
    }

    /** A progressive deficit is found on examination as weakness. */
    private Sign drawSign(Waiver waiver) {
        if (waiver == Waiver.PROGRESSIVE_DEFICIT) {
            return Sign.WEAKNESS;
        }
        return p.pick(List.of(Sign.SPURLING, Sign.SPURLING, Sign.REFLEX_LOSS, Sign.SENSORY_LOSS, Sign.WEAKNESS, Sign.WEAKNESS,
                Sign.SENSORY_LOSS, Sign.REFLEX_LOSS, Sign.NORMAL_EXAM, Sign.NOT_EXAMINED));
    }

    private Imaging drawImaging(Presentation presentation) {
        return switch (presentation) {
            case RADICULOPATHY -> p.pick(List.of(Imaging.ROOT_COMPRESSION, Imaging.ROOT_COMPRESSION, Imaging.ROOT_COMPRESSION,
                    Imaging.MODERATE_STENOSIS, Imaging.MODERATE_STENOSIS, Imaging.MILD_NARROWING, Imaging.CORD_COMPRESSION));
            case MYELOPATHY -> p.pick(List.of(Imaging.CORD_COMPRESSION, Imaging.CORD_COMPRESSION, Imaging.CORD_COMPRESSION,
                    Imaging.MODERATE_STENOSIS));
            case AXIAL_NECK_PAIN -> p.pick(List.of(Imaging.MODERATE_STENOSIS, Imaging.MILD_NARROWING));
        };
    }

    private List<MyelopathySign> drawMyelopathySigns() {
        List<MyelopathySign> signs = new ArrayList<>();
        for (MyelopathySign s : MyelopathySign.values()) {
            if (p.chance(0.5)) {
                signs.add(s);
            }
        }
        return signs;
    }

    private Nicotine drawNicotine() {
        return p.pick(List.of(Nicotine.NEVER, Nicotine.NEVER, Nicotine.NEVER, Nicotine.NEVER, Nicotine.FORMER_LONG_AGO,
                Nicotine.FORMER_LONG_AGO, Nicotine.FORMER_LONG_AGO, Nicotine.QUIT_RECENTLY, Nicotine.QUIT_RECENTLY_COTININE_NEGATIVE,
                Nicotine.CURRENT, Nicotine.UNDOCUMENTED));
    }

    private Course drawMedication(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.7) {
            int from = Math.max(visitDay + 7, onsetDay - p.between(3, 14));
            return Course.dated(from, p.chance(0.8) ? visitDay : Math.max(visitDay, from - 7 * p.between(3, 8)));
        }
        return r < 0.88 ? Course.UNDATED : Course.SILENT;
    }

    private Course drawTherapy(int onsetDay, int visitDay) {
        double r = p.between(0, 99) / 100.0;
        if (r < 0.72) {
            int end = visitDay + p.between(3, 14);
            int weeks = Math.max(0, Math.min(p.pick(List.of(0, 6, 10, 12, 14, 16)), (onsetDay - end - 7) / 7));
            return Course.dated(end + 7 * weeks, end);
        }
        return r < 0.8 ? Course.DENIED : Course.SILENT;
    }

    /**
     * The facts the expectations read: the drawn facts, the weeks of the therapy course (null unless
     * dated), and what the MRI shows at the line's own level (null without an MRI): 22552's level for
     * line 2 when there is one, the primary's for every other line.
     */
    static Map<String, Object> facts(Facts f, int sequence) {
        Map<String, Object> out = Expectations.facts(f);
        out.put("therapyWeeks", f.therapy().isDated() ? (f.therapy().fromDay() - f.therapy().toDay()) / 7.0 : null);
        out.put("lineImaging", f.imaging() == null ? null : f.imaging().get(sequence == 2 && f.second() != null ? 1 : 0));
        return out;
    }
}
