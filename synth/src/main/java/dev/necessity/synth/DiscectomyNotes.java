package dev.necessity.synth;

import dev.necessity.synth.DiscectomyScenario.Disc;
import dev.necessity.synth.DiscectomyScenario.Facts;
import dev.necessity.synth.DiscectomyScenario.RedFlag;
import dev.necessity.synth.DiscectomyScenario.Sign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The documents of a discectomy request: the lumbar MRI, the surgeon's note, and the care records. */
final class DiscectomyNotes {
    private static final List<String> ALL_LEVELS = List.of("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");
    private final Phrasing p;
    private final Facts f;
    private final LocalDate request;
    private final CareNotes care;

    DiscectomyNotes(Phrasing p, Facts f, LocalDate request) {
        this.p = p;
        this.f = f;
        this.request = request;
        this.care = new CareNotes(p, request);
    }

    List<SynthCase.Document> documents() {
        List<SynthCase.Document> docs = new ArrayList<>();
        if (f.mriOnFile()) {
            docs.add(new SynthCase.Document("mri-lumbar.txt", "imaging", mri(request.minusDays(p.between(f.visitDay() + 3, f.onsetDay() - 3)))));
        }
        boolean therapyNote = f.therapy().isDated() && p.chance(0.7);
        if (therapyNote) {
            docs.add(care.therapyNote(f.therapy(), f.radiating() ? "Lumbar radiculopathy, " + f.side() : "Low back pain",
                    f.limitation() ? p.pick("Outcome: Oswestry 44% at evaluation, 42% at discharge.", "Outcome: ODI 46 %, unchanged.")
                            : p.pick("Outcome: leg pain 6/10 at evaluation and 6/10 at discharge.", "Outcome: pain 7/10, unchanged.")));
        }
        boolean injectionNote = f.injection().isDated() && p.chance(0.5);
        if (injectionNote) {
            docs.add(care.injectionNote(f.injection(), f.side(), f.level(),
                    f.radiating() ? capital(f.side()) + " " + root(f.level()) + " radiculopathy" : "Low back pain"));
        }
        docs.add(new SynthCase.Document("spine-consult.txt", "clinical-note", consult(therapyNote, injectionNote)));
        return docs;
    }

    private String mri(LocalDate date) {
        StringBuilder s = new StringBuilder(p.pick("MRI LUMBAR SPINE WITHOUT CONTRAST", "MRI OF THE LUMBAR SPINE", "MR L-SPINE W/O CONTRAST"));
        s.append('\n').append(p.pick("Date of exam: ", "Exam date: ", "Date: ")).append(Phrasing.usDate(date)).append('\n');
        s.append("Indication: ").append(f.radiating() ? capital(f.side()) + " leg pain." : "Low back pain.").append("\n\nFINDINGS:\n");
        s.append(p.pick("Alignment is normal. Vertebral body heights and marrow signal are maintained.", "Normal alignment and marrow signal."))
                .append(" The conus terminates at L1.\n");
        for (String level : ALL_LEVELS) {
            Disc disc = level.equals(f.level()) ? f.disc() : level.equals(f.secondLevel()) ? f.secondDisc() : null;
            s.append(level).append(": ").append(disc == null ? p.pick("No disc herniation or stenosis.", "Unremarkable.",
                    "Mild disc desiccation without herniation.") : disc(disc, level)).append('\n');
        }
        s.append("\nIMPRESSION:\n");
        s.append(impression(f.level(), f.disc()));
        if (f.secondLevel() != null) {
            s.append(impression(f.secondLevel(), f.secondDisc()));
        }
        return s.toString();
    }

    private String disc(Disc disc, String level) {
        String side = f.side();
        String root = side + " " + root(level) + " nerve root";
        return switch (disc) {
            case EXTRUSION_COMPRESSING -> p.pick(capital(side) + " paracentral disc extrusion compressing the traversing " + root + ".",
                    "A large " + side + " paracentral extrusion extends inferiorly and compresses the " + root + ".");
            case PROTRUSION_DISPLACING -> capital(side) + " paracentral disc protrusion displacing the traversing " + root
                    + p.pick(".", ". Mild " + side + " foraminal narrowing.");
            case PROTRUSION_CONTACTING -> "Small " + side + " paracentral disc protrusion contacting the traversing " + root
                    + " without displacement.";
            case BULGE -> p.pick("Broad-based disc bulge without nerve root compression. Mild facet arthropathy.",
                    "Mild diffuse disc bulge. No nerve root compression.");
        };
    }

    private String impression(String level, Disc disc) {
        String root = f.side() + " " + root(level) + " nerve root";
        return switch (disc) {
            case EXTRUSION_COMPRESSING -> capital(f.side()) + " paracentral " + level + " disc extrusion compressing the " + root + ".\n";
            case PROTRUSION_DISPLACING -> capital(f.side()) + " paracentral " + level + " disc protrusion displacing the " + root + ".\n";
            case PROTRUSION_CONTACTING -> "Small " + level + " protrusion contacting the " + root + ".\n";
            case BULGE -> "Mild " + level + " disc bulge.\n";
        };
    }

    private String consult(boolean therapyNoteOnFile, boolean injectionNoteOnFile) {
        LocalDate visit = request.minusDays(f.visitDay());
        StringBuilder s = new StringBuilder(p.pick("SPINE CLINIC NOTE\nDate of service: ", "NEUROSURGERY CONSULTATION\nDate of service: ",
                "ORTHOPAEDIC SPINE CLINIC\nVisit date: ")).append(Phrasing.usDate(visit)).append("\n\nHPI: ");
        s.append(p.pick("Pain began in ", "Onset ")).append(monthYear(request.minusDays(f.onsetDay()))).append(". ");
        s.append(f.radiating() ? radiating() : p.pick("Central low back pain, non-radiating. Denies leg pain. ",
                "Low back pain that does not radiate; denies leg pain, numbness or tingling. "));
        s.append(f.limitation() ? p.pick("Unable to sit more than 20 minutes. ", "Oswestry Disability Index 48%. ",
                "Off work since the pain began. ", "Difficulty sleeping because of the pain. ")
                : p.pick("Works full time without restriction. ", "Pain 6/10. "));
        s.append(care.medication(f.medication(), f.visitDay()));
        if (!therapyNoteOnFile || p.chance(0.5)) {
            s.append(care.therapy(f.therapy()));
        }
        if (!injectionNoteOnFile || p.chance(0.5)) {
            s.append(care.injection(f.injection(), f.side(), f.level(), "lumbar"));
        }
        s.append('\n').append(redFlag()).append('\n');
        s.append(exam());
        s.append("IMAGING: ").append(f.mriOnFile() ? "MRI reviewed; see report." : "MRI done at an outside facility; report requested.")
                .append('\n');
        s.append("ASSESSMENT: ").append(f.radiating() ? capital(f.side()) + " " + root(f.level()) + " radiculopathy."
                : "Axial low back pain.").append('\n');
        String levels = f.level() + (f.secondLevel() == null ? "" : " and " + f.secondLevel());
        s.append("PLAN: ").append(capital(f.side())).append(' ').append(levels)
                .append(f.code().equals("62380") ? " endoscopic discectomy.\n" : " microdiscectomy.\n");
        return s.toString();
    }

    private String radiating() {
        String side = f.side();
        return p.pick("Pain radiates from the " + side + " buttock down the posterior thigh and calf into the foot. ",
                "Sharp pain shooting down the " + side + " leg to the foot, in an " + root(f.level()) + " distribution. ",
                capital(side) + " sciatica with pain down the back of the leg to the heel. ");
    }

    private String redFlag() {
        return switch (f.redFlag()) {
            case CAUDA_EQUINA -> p.pick("Over the past week she has developed urinary retention and numbness in the saddle area.",
                    "New urinary incontinence and saddle anesthesia since yesterday.");
            case PROGRESSIVE_DEFICIT -> "Progressive weakness of the " + f.side() + " foot over the last 10 days.";
            case ADMITTED_FOR_PAIN -> "The patient was admitted to the hospital for intractable " + f.side() + " leg pain.";
            default -> p.pick("Denies bowel or bladder dysfunction. Denies saddle anesthesia.",
                    "No bowel or bladder symptoms; no saddle numbness.");
        };
    }

    private String exam() {
        if (f.sign() == Sign.NOT_EXAMINED) {
            return "Video visit; no examination was performed.\n";
        }
        String side = f.side();
        String motorGrade = f.redFlag() == RedFlag.SEVERE_WEAKNESS ? "3/5" : "4/5";
        List<String> parts = new ArrayList<>();
        parts.add(f.sign() == Sign.STRAIGHT_LEG_RAISE
                ? p.pick("Straight leg raise positive on the " + side + " at 40 degrees.", "Positive straight leg raise on the " + side + " at 45 degrees.")
                : p.pick("Straight leg raise negative bilaterally.", "SLR negative bilaterally."));
        parts.add(f.sign() == Sign.SENSORY_LOSS
                ? p.pick("Diminished light touch along the lateral border of the " + side + " foot.",
                         "Decreased sensation to pinprick in the " + side + " " + root(f.level()) + " dermatome.")
                : "Sensation intact to light touch.");
        parts.add(f.sign() == Sign.REFLEX_LOSS
                ? p.pick("Achilles reflex diminished on the " + side + ".", "Patellar reflex 1+ on the " + side + ", 2+ on the other side.")
                : "Reflexes 2+ and symmetric.");
        parts.add(f.sign() == Sign.WEAKNESS
                ? p.pick(capital(side) + " EHL " + motorGrade + ", otherwise 5/5.", capital(side) + " ankle dorsiflexion " + motorGrade + ".")
                : "Strength 5/5 throughout.");
        return p.pick("EXAM: ", "PHYSICAL EXAMINATION: ") + String.join(" ", parts) + "\n";
    }

    private static String root(String level) {
        return switch (level) {
            case "L3-L4" -> "L4";
            case "L4-L5" -> "L5";
            default -> "S1";
        };
    }

    private static String monthYear(LocalDate d) {
        return String.format("%02d/%d", d.getMonthValue(), d.getYear());
    }

    private static String capital(String s) {
        return CareNotes.capital(s);
    }
}
