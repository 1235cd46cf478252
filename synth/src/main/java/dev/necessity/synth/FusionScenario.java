package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lumbar fusion request (with a morselized allograft add-on) whose facts are drawn at random:
 * level, stenosis grade, spondylolisthesis, weeks of therapy, nicotine, diabetes control. The
 * expected outcome is worked out from those facts by the reference policy's rules.
 */
final class FusionScenario implements Scenario {
    private static final List<String> LEVELS = List.of("L3-L4", "L4-L5", "L5-S1");
    private static final List<String> GRADES = List.of("mild", "mild to moderate", "moderate", "moderate to severe", "severe");

    record Facts(String level, String grade, int listhesisGrade, boolean listhesisDenied, int ptWeeks, String nicotine,
                 boolean diabetic, double hba1c, boolean claudication) {
    }

    private final Phrasing p;

    FusionScenario(Phrasing p) {
        this.p = p;
    }

    @Override
    public SynthCase draw(LocalDate request) {
        Facts f = drawFacts();
        List<SynthCase.Service> services = List.of(
                new SynthCase.Service(1, p.pick("22558", "22612", "22630", "22633"), "Lumbar fusion " + f.level(), List.of(f.level()), 0),
                new SynthCase.Service(2, "20930", "Morselized allograft", List.of(), 1));
        List<SynthCase.Diagnosis> dx = List.of(new SynthCase.Diagnosis("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"));
        return new SynthCase(p.pick("1952-03-14", "1961-07-02", "1970-01-01", "1983-11-20"), services, dx, documents(f, request), f.toString(), seq -> Expectations.facts(f));
    }

    Facts drawFacts() {
        int listhesis = p.chance(0.55) ? p.between(1, 2) : 0;
        return new Facts(p.pick(LEVELS), p.pick(GRADES), listhesis, listhesis == 0 && p.chance(0.7),
                p.pick(List.of(0, 1, 3, 5, 6, 8, 10, 12, 16)), p.pick("never", "former", "current", "undocumented"),
                p.chance(0.25), p.chance(0.5) ? 7.1 : 8.6, p.chance(0.6));
    }

    private List<SynthCase.Document> documents(Facts f, LocalDate request) {
        List<SynthCase.Document> docs = new ArrayList<>();
        LocalDate mri = request.minusDays(p.between(30, 120));
        docs.add(new SynthCase.Document("mri-lumbar.txt", "imaging", mri(f, mri)));
        LocalDate ptEnd = request.minusDays(p.between(7, 20));
        if (f.ptWeeks() > 0) {
            docs.add(new SynthCase.Document("pt-summary.txt", "therapy-note", therapy(f, ptEnd)));
        }
        docs.add(new SynthCase.Document("consult.txt", "clinical-note", consult(f, request.minusDays(p.between(2, 6)), ptEnd)));
        return docs;
    }

    private String mri(Facts f, LocalDate date) {
        String level = f.level();
        StringBuilder s = new StringBuilder();
        s.append(p.pick("MRI LUMBAR SPINE WITHOUT CONTRAST", "MR LUMBAR SPINE W/O CONTRAST", "MRI OF THE LUMBAR SPINE")).append('\n');
        s.append("Date of exam: ").append(Phrasing.usDate(date)).append("\n\nFINDINGS:\n");
        if (f.listhesisGrade() > 0) {
            String[] v = level.split("-");
            s.append("Alignment: Grade ").append(f.listhesisGrade() == 1 ? "1" : "2").append(" anterolisthesis of ")
                    .append(v[0]).append(" on ").append(v[1]).append(" measuring ").append(f.listhesisGrade() == 1 ? "5" : "11").append(" mm.\n");
        } else if (f.listhesisDenied()) {
            s.append(p.pick("Alignment: Normal. No spondylolisthesis.", "Alignment is maintained without spondylolisthesis.")).append('\n');
        } else {
            s.append("Vertebral body heights are maintained.\n");
        }
        s.append(level).append(": ").append(p.pick("Broad-based disc bulge and facet hypertrophy", "Disc bulge with ligamentum flavum thickening"))
                .append(" with ").append(f.grade()).append(p.pick(" central canal stenosis", " spinal canal stenosis")).append(". ")
                .append(f.grade().startsWith("mild") ? "Mild" : p.pick("Mild", "Moderate")).append(" bilateral foraminal narrowing.\n\nIMPRESSION:\n")
                .append(capital(f.grade())).append(" central stenosis at ").append(level).append(".\n");
        return s.toString();
    }

    private String therapy(Facts f, LocalDate end) {
        List<String> dates = new ArrayList<>();
        for (int w = f.ptWeeks(); w >= 0; w--) {
            dates.add(p.date(end.minusWeeks(w)));
        }
        if (f.ptWeeks() <= 1) {
            dates = dates.subList(dates.size() - 1, dates.size());
        }
        return "PHYSICAL THERAPY DISCHARGE SUMMARY\nDate: " + Phrasing.usDate(end) + "\n\n"
                + "Dates of service: " + String.join(", ", dates) + ".\n"
                + "Total visits attended: " + dates.size() + ".\n"
                + p.pick("Outcome: Oswestry Disability Index 46 % at discharge.", "Outcome: ODI 44 %, unchanged from evaluation.") + "\n"
                + "Assessment: Discharged from PT; " + p.pick("plateaued.", "no meaningful improvement in leg symptoms.") + "\n";
    }

    private String consult(Facts f, LocalDate date, LocalDate ptEnd) {
        StringBuilder s = new StringBuilder("SPINE CLINIC NOTE\nDate of service: ").append(Phrasing.usDate(date)).append("\n\nHPI: ");
        s.append(f.claudication()
                ? p.pick("Bilateral buttock and thigh pain worse with walking and standing and relieved by sitting, consistent with neurogenic claudication. ",
                         "Neurogenic claudication: leg heaviness after walking 2 blocks, relieved by sitting. ")
                : p.pick("Low back pain radiating into the left leg to the foot. ", "Right leg pain radiating down the posterior thigh to the calf. "));
        s.append(p.pick("Symptoms limit her work and household chores. ", "Unable to walk more than one block. ", "Pain limits his ability to work. "));
        s.append(p.pick("Tried ibuprofen and meloxicam without lasting relief. ", "Failed naproxen and gabapentin. ")).append('\n');
        s.append("SOCIAL HISTORY: ").append(switch (f.nicotine()) {
            case "never" -> p.pick("Never smoker.", "Denies tobacco use.");
            case "former" -> "Former smoker, quit in 2015.";
            case "current" -> p.pick("Current smoker, 1 pack per day.", "Smokes 10 cigarettes daily.");
            default -> "Works as a warehouse supervisor.";
        }).append('\n');
        if (f.diabetic()) {
            s.append("PAST MEDICAL HISTORY: Type 2 diabetes mellitus. Hypertension.\n")
                    .append("LABS: HbA1c ").append(f.hba1c()).append(" % on ").append(Phrasing.usDate(date.minusDays(10))).append(".\n");
        }
        s.append("EXAM: Strength 5/5 in bilateral lower extremities. Straight leg raise negative.\n");
        s.append("PLAN: ").append(f.level()).append(" fusion with allograft. Submit for prior authorization.\n");
        return s.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
