package dev.necessity.synth;

import dev.necessity.synth.LaminectomyScenario.Facts;
import dev.necessity.synth.LaminectomyScenario.Level;
import dev.necessity.synth.LaminectomyScenario.Mri;
import dev.necessity.synth.LaminectomyScenario.RedFlag;
import dev.necessity.synth.LaminectomyScenario.Symptoms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The documents of a decompression request: the lumbar MRI, the surgeon's note, and the care records. */
final class LaminectomyNotes {
    private static final List<String> SPINE = List.of("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");
    private final Phrasing p;
    private final Facts f;
    private final LocalDate request;
    private final CareNotes care;

    LaminectomyNotes(Phrasing p, Facts f, LocalDate request) {
        this.p = p;
        this.f = f;
        this.request = request;
        this.care = new CareNotes(p, request);
    }

    List<SynthCase.Document> documents() {
        List<SynthCase.Document> docs = new ArrayList<>();
        if (f.mri() != Mri.NONE) {
            int age = f.mri() == Mri.RECENT ? p.between(f.visitDay() + 5, 200) : p.between(400, 480);
            docs.add(new SynthCase.Document("mri-lumbar.txt", "imaging", mri(request.minusDays(age))));
        }
        boolean therapyNote = f.therapy().isDated() && p.chance(0.7);
        if (therapyNote) {
            docs.add(care.therapyNote(f.therapy(), f.symptoms() == Symptoms.AXIAL ? "Chronic low back pain" : "Lumbar spinal stenosis",
                    f.limitation() ? p.pick("Outcome: walking tolerance 1 block at evaluation and 1 block at discharge.",
                            "Outcome: Oswestry 46% at evaluation, 44% at discharge.")
                            : p.pick("Outcome: pain 6/10 at evaluation and 6/10 at discharge.", "Outcome: no change in symptoms.")));
        }
        boolean injectionNote = f.injection().isDated() && p.chance(0.5);
        String target = f.levels().get(0).level();
        if (injectionNote) {
            docs.add(care.injectionNote(f.injection(), f.side(), target, f.symptoms() == Symptoms.AXIAL ? "Low back pain"
                    : "Lumbar spinal stenosis"));
        }
        docs.add(new SynthCase.Document("spine-visit.txt", "clinical-note", visit(therapyNote, injectionNote, target)));
        return docs;
    }

    private String mri(LocalDate date) {
        StringBuilder s = new StringBuilder(p.pick("MRI LUMBAR SPINE WITHOUT CONTRAST", "MRI OF THE LUMBAR SPINE", "MR LUMBAR SPINE W/O CONTRAST"));
        s.append('\n').append(p.pick("Date of exam: ", "Exam date: ", "Date: ")).append(Phrasing.usDate(date)).append('\n');
        s.append(switch (f.symptoms()) {
            case CLAUDICATION -> p.pick("Clinical history: Neurogenic claudication.", "Indication: Leg pain with walking.");
            case RADICULOPATHY -> "Indication: " + CareNotes.capital(f.side()) + " leg pain.";
            case AXIAL -> "Indication: Low back pain.";
        }).append("\n\nFINDINGS:\n").append(p.pick("Alignment: Normal. No spondylolisthesis.", "Normal alignment and marrow signal."))
                .append('\n');
        List<Level> requested = f.requested();
        for (String name : SPINE) {
            Level level = requested.stream().filter(l -> l.level().equals(name)).findFirst().orElse(null);
            s.append(name).append(": ").append(level == null ? p.pick("No stenosis.", "Mild disc bulge without stenosis.",
                    "Mild facet arthropathy. No stenosis.") : findings(level)).append('\n');
        }
        s.append("\nIMPRESSION:\n");
        int n = 1;
        for (Level level : requested) {
            s.append(n++).append(". ").append(CareNotes.capital(grade(level.grade()))).append(" central canal stenosis at ")
                    .append(level.level()).append(".\n");
        }
        return s.toString();
    }

    private String findings(Level level) {
        String canal = p.pick("Diffuse disc bulge, facet hypertrophy and ligamentum flavum thickening causing ",
                "Disc bulge and facet arthropathy with ") + grade(level.grade()) + " central canal stenosis.";
        String foramina = level.grade().startsWith("mild") ? "" : p.pick("", " Mild bilateral foraminal narrowing.");
        String root = level.rootCompressed() ? " " + CareNotes.capital(f.side()) + " lateral recess narrowing with compression of the traversing "
                + f.side() + " " + traversingRoot(level.level()) + " nerve root." : "";
        return canal + foramina + root;
    }

    /** The grade in one of the words radiologists use for it. */
    private String grade(String grade) {
        return switch (grade) {
            case "severe" -> p.pick("severe", "severe", "high-grade", "marked");
            case "mild" -> p.pick("mild", "mild", "slight");
            case "moderate to severe" -> p.pick("moderate to severe", "moderate-to-severe");
            case "mild to moderate" -> p.pick("mild to moderate", "mild-to-moderate");
            default -> grade;
        };
    }

    private String visit(boolean therapyNoteOnFile, boolean injectionNoteOnFile, String target) {
        LocalDate visit = request.minusDays(f.visitDay());
        StringBuilder s = new StringBuilder(p.pick("SPINE CLINIC NOTE\nDate of service: ", "NEUROSURGERY CLINIC NOTE\nDate of service: ",
                "SPINE SURGERY FOLLOW-UP\nVisit date: ")).append(Phrasing.usDate(visit)).append("\n\nHPI: ");
        s.append(symptoms());
        s.append(f.limitation() ? p.pick("Walking tolerance 1 block. ", "He has had to stop playing golf. ", "Oswestry Disability Index 44%. ",
                "Difficulty sleeping because of the pain. ") : p.pick("Pain 6/10. ", "Works full time without restriction. "));
        s.append(care.medication(f.medication(), f.visitDay()));
        if (!therapyNoteOnFile || p.chance(0.5)) {
            s.append(care.therapy(f.therapy()));
        }
        if (!injectionNoteOnFile || p.chance(0.5)) {
            s.append(care.injection(f.injection(), f.side(), target, "lumbar"));
        }
        s.append('\n').append(redFlag()).append('\n');
        s.append(exam());
        s.append("IMAGING: ").append(switch (f.mri()) {
            case RECENT -> "MRI reviewed; see report.";
            case STALE -> "MRI from last year reviewed; no newer imaging.";
            case NONE -> "MRI done at an outside facility; report requested.";
        }).append('\n');
        List<String> levels = f.requested().stream().map(Level::level).toList();
        s.append("ASSESSMENT: ").append(switch (f.symptoms()) {
            case CLAUDICATION -> "Lumbar spinal stenosis with neurogenic claudication.";
            case RADICULOPATHY -> CareNotes.capital(f.side()) + " lumbar radiculopathy with spinal stenosis.";
            case AXIAL -> "Axial low back pain with lumbar stenosis.";
        }).append("\nPLAN: ").append(String.join(" and ", levels)).append(p.pick(" laminectomy.", " decompressive laminectomy."))
                .append('\n');
        return s.toString();
    }

    private String symptoms() {
        return switch (f.symptoms()) {
            case CLAUDICATION -> p.pick("Bilateral buttock and thigh pain with standing and walking, relieved by sitting, consistent with "
                    + "neurogenic claudication. ", "Leg heaviness and cramping after walking two blocks, relieved by sitting or bending forward. ");
            case RADICULOPATHY -> p.pick("Pain radiates from the " + f.side() + " buttock down the posterior thigh and calf into the foot. ",
                    "Sharp pain shooting down the " + f.side() + " leg to the foot. ");
            case AXIAL -> p.pick("Central low back pain, non-radiating. Denies leg pain. No claudication. ",
                    "Axial low back pain without radiation into the legs. No claudication. ");
        };
    }

    private String redFlag() {
        return switch (f.redFlag()) {
            case CAUDA_EQUINA -> p.pick("Over the past week he has developed urinary retention and numbness in the saddle area.",
                    "New urinary incontinence and saddle anesthesia since yesterday.");
            case PROGRESSIVE_DEFICIT -> "Progressive weakness of both legs over the last 3 weeks.";
            default -> p.pick("Denies bowel or bladder dysfunction. Denies saddle anesthesia.", "No bowel or bladder symptoms; no saddle numbness.");
        };
    }

    private String exam() {
        String motor = switch (f.redFlag()) {
            case SEVERE_WEAKNESS -> CareNotes.capital(f.side()) + " ankle dorsiflexion 3/5, otherwise 5/5.";
            case PROGRESSIVE_DEFICIT -> "Bilateral hip flexion 4/5.";
            default -> "Strength 5/5 in the lower extremities.";
        };
        return p.pick("EXAM: ", "PHYSICAL EXAMINATION: ") + motor + " Sensation intact. " + p.pick("Reflexes 1+ and symmetric.",
                "Reflexes trace at the ankles.") + " Straight leg raise negative.\n";
    }

    private static String traversingRoot(String level) {
        return level.endsWith("S1") ? "S1" : "L" + (level.charAt(4));
    }
}
