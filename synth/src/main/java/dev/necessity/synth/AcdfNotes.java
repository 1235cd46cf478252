package dev.necessity.synth;

import dev.necessity.synth.AcdfScenario.Facts;
import dev.necessity.synth.AcdfScenario.Imaging;
import dev.necessity.synth.AcdfScenario.MyelopathySign;
import dev.necessity.synth.AcdfScenario.Nicotine;
import dev.necessity.synth.AcdfScenario.Presentation;
import dev.necessity.synth.AcdfScenario.Sign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The documents of an ACDF request: the cervical MRI, the surgeon's note, the therapy note and a cotinine result. */
final class AcdfNotes {
    private static final List<String> SPINE = List.of("C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1");
    private final Phrasing p;
    private final Facts f;
    private final LocalDate request;
    private final LocalDate visit;
    private final CareNotes care;

    AcdfNotes(Phrasing p, Facts f, LocalDate request) {
        this.p = p;
        this.f = f;
        this.request = request;
        this.visit = request.minusDays(f.visitDay());
        this.care = new CareNotes(p, request);
    }

    List<SynthCase.Document> documents() {
        List<SynthCase.Document> docs = new ArrayList<>();
        if (f.imaging() != null) {
            docs.add(new SynthCase.Document("mri-cervical.txt", "imaging", mri(request.minusDays(p.between(f.visitDay() + 3, f.onsetDay())))));
        }
        boolean therapyNote = f.therapy().isDated() && p.chance(0.7);
        if (therapyNote) {
            // Scored by disability index only: an arm-pain score here would answer the clinic note's score.
            // The therapy note names the radiculopathy only when the case states its duration: documented in the therapy
            // note and again at the visit, it would otherwise show how long it has lasted, which "duration unstated" denies.
            docs.add(care.therapyNote(f.therapy(), f.presentation() == Presentation.RADICULOPATHY && f.statedWeeks() != null
                    ? "Cervical radiculopathy, " + f.side() : "Neck pain", p.pick("Outcome: Neck Disability Index 44 % at evaluation and 40 % at discharge.", "Outcome: NDI 38 %, unchanged.")));
        }
        if (f.nicotine() == Nicotine.QUIT_RECENTLY_COTININE_NEGATIVE) {
            docs.add(new SynthCase.Document("lab-cotinine.txt", "lab", "LABORATORY REPORT\nDate: " + Phrasing.usDate(visit)
                    + "\nTest: Cotinine, urine\nResult: Cotinine " + p.between(1, 6) + " ng/mL (reference: less than 10 ng/mL, non-user)\n"));
        }
        docs.add(new SynthCase.Document("spine-clinic.txt", "clinical-note", clinic(therapyNote)));
        return docs;
    }

    private String mri(LocalDate date) {
        StringBuilder s = new StringBuilder(p.pick("MRI CERVICAL SPINE WITHOUT CONTRAST", "MRI C-SPINE WITHOUT CONTRAST", "MRI OF THE CERVICAL SPINE"));
        s.append('\n').append(p.pick("Date of exam: ", "Exam date: ", "Date: ")).append(Phrasing.usDate(date)).append('\n');
        s.append("Clinical history: ").append(switch (f.presentation()) {
            // Naming the arm pain at the study's date would date the symptoms, which a case of unstated duration must not.
            case RADICULOPATHY -> f.statedWeeks() == null ? "Cervical spine evaluation." : CareNotes.capital(f.side()) + " arm pain.";
            case MYELOPATHY -> "Hand clumsiness, gait disturbance.";
            case AXIAL_NECK_PAIN -> "Chronic neck pain.";
        }).append("\n\nFINDINGS:\nAlignment is normal.").append(f.imaging().contains(Imaging.CORD_COMPRESSION) ? ""
                : " The cervical cord is normal in signal and caliber.").append('\n');
        for (String level : SPINE) {
            int at = level.equals(f.level()) ? 0 : level.equals(f.second()) ? 1 : -1;
            s.append(level).append(": ").append(at < 0 ? p.pick("No disc herniation. No canal or foraminal stenosis.", "Unremarkable.",
                    "Mild disc bulge. No significant stenosis.") : findings(f.imaging().get(at), level)).append('\n');
        }
        s.append("\nIMPRESSION:\n");
        s.append(impression(f.imaging().get(0), f.level()));
        if (f.second() != null) {
            s.append(impression(f.imaging().get(1), f.second()));
        }
        return s.toString();
    }

    private String findings(Imaging imaging, String level) {
        String side = f.side();
        return switch (imaging) {
            case ROOT_COMPRESSION -> p.pick("Disc-osteophyte complex eccentric to the " + side + " with " + side + " uncovertebral hypertrophy. "
                    + "Severe " + side + " neural foraminal stenosis with compression of the exiting " + side + " " + root(level)
                    + " nerve root. Mild central canal narrowing without cord compression.",
                    "Large " + side + " paracentral disc extrusion with severe " + side + " lateral recess and foraminal stenosis and "
                    + "compression of the " + side + " " + root(level) + " nerve root. No cord compression.");
            case CORD_COMPRESSION -> "Large disc-osteophyte complex and ligamentum flavum buckling cause severe central canal stenosis "
                    + "with compression of the spinal cord." + p.pick("", " Moderate bilateral neural foraminal stenosis.");
            case MODERATE_STENOSIS -> p.pick(CareNotes.capital(side) + " paracentral disc-osteophyte complex. Moderate " + side
                    + " neural foraminal stenosis. No central canal stenosis. No cord compression.",
                    "Broad disc-osteophyte complex causing moderate central canal stenosis without cord compression. Foramina patent.");
            case MILD_NARROWING -> "Minimal disc bulge. Mild " + side + " foraminal narrowing. No cord compression.";
        };
    }

    private String impression(Imaging imaging, String level) {
        return switch (imaging) {
            case ROOT_COMPRESSION -> level + " " + f.side() + " foraminal stenosis with compression of the " + f.side() + " " + root(level)
                    + " nerve root.\n";
            case CORD_COMPRESSION -> "Severe central canal stenosis at " + level + " with cord compression.\n";
            case MODERATE_STENOSIS -> "Moderate stenosis at " + level + " without cord compression.\n";
            case MILD_NARROWING -> "Mild " + level + " spondylosis without significant stenosis.\n";
        };
    }

    private String clinic(boolean therapyNoteOnFile) {
        StringBuilder s = new StringBuilder(p.pick("SPINE CLINIC NOTE\nDate of service: ", "NEUROSURGERY CONSULTATION\nDate of service: ",
                "ORTHOPAEDIC SPINE CLINIC\nVisit date: ")).append(Phrasing.usDate(visit)).append("\n\nHPI: ");
        s.append(switch (f.presentation()) {
            case RADICULOPATHY -> radicularHistory();
            case MYELOPATHY -> myelopathyHistory();
            case AXIAL_NECK_PAIN -> p.pick("Chronic axial neck pain for 2 years, worse with computer work, 6/10. She denies any arm pain, "
                    + "numbness or tingling, and denies radicular symptoms. She denies myelopathic symptoms; no gait imbalance and no hand "
                    + "clumsiness. ", "Axial neck pain for over a year. Denies arm pain and denies radicular symptoms. Denies myelopathic "
                    + "symptoms; no gait imbalance and no hand clumsiness. ");
        });
        s.append(care.medication(f.medication(), f.visitDay()));
        if (!therapyNoteOnFile || p.chance(0.5)) {
            s.append(care.therapy(f.therapy()));
        }
        s.append('\n').append(switch (f.waiver()) {
            case PROGRESSIVE_DEFICIT -> "Progressive weakness of the " + f.side() + " arm over the last 3 weeks.";
            case BLADDER_LOSS -> "New urinary incontinence, two episodes this week.";
            case NONE -> "Denies bowel or bladder dysfunction.";
        }).append("\nSOCIAL HISTORY: ").append(nicotine()).append('\n');
        s.append(p.pick("EXAM: ", "PHYSICAL EXAM: ")).append(exam()).append('\n');
        s.append("IMAGING: ").append(f.imaging() == null ? "MRI done at an outside facility; report requested." : "MRI reviewed; see report.");
        s.append("\nASSESSMENT: ").append(switch (f.presentation()) {
            case RADICULOPATHY -> CareNotes.capital(f.side()) + " " + root(f.level()) + " radiculopathy.";
            case MYELOPATHY -> "Cervical spondylotic myelopathy.";
            case AXIAL_NECK_PAIN -> "Axial neck pain.";
        });
        String levels = f.level() + (f.second() == null ? "" : " and " + f.second());
        return s.append("\nPLAN: ").append(levels).append(" anterior cervical discectomy and fusion.\n").toString();
    }

    private String radicularHistory() {
        String arm = CareNotes.capital(f.side()) + " arm pain";
        String reach = p.pick("radiating from the neck into the lateral forearm and thumb", "radiating into the middle finger");
        Integer weeks = f.statedWeeks();
        String history = weeks == null ? arm + " " + reach + ". "
                : p.pick(arm + " for " + weeks + " weeks, " + reach + ". ",
                         arm + " since " + p.date(visit.minusWeeks(weeks)) + ", " + reach + ". ",
                         arm + " for about " + months(weeks) + ", " + reach + ". ");
        if (f.armPain() != null) {
            history += p.pick(arm + " " + f.armPain() + "/10 today. Neck pain 3/10. ", "Arm pain rated " + f.armPain() + "/10. ");
        }
        return history;
    }

    private String myelopathyHistory() {
        StringBuilder s = new StringBuilder();
        if (f.myelopathy().contains(MyelopathySign.HAND_CLUMSINESS)) {
            s.append("Clumsiness of both hands for ").append(months(f.onsetDay() / 7)).append("; trouble buttoning shirts. ");
        }
        if (f.myelopathy().contains(MyelopathySign.GAIT_IMBALANCE)) {
            s.append("Balance has worsened; unsteady gait. ");
        }
        return s.append("Mild neck stiffness, no arm pain. ").toString();
    }

    private String exam() {
        if (f.sign() == Sign.NOT_EXAMINED) {
            return "Telehealth visit; no examination was performed.";
        }
        if (f.presentation() == Presentation.MYELOPATHY) {
            List<MyelopathySign> m = f.myelopathy();
            return (m.contains(MyelopathySign.HOFFMANN) ? "Hoffmann sign positive bilaterally. " : "Hoffmann sign negative bilaterally. ")
                    + (m.contains(MyelopathySign.HYPERREFLEXIA) ? p.pick("Biceps and triceps reflexes 3+ bilaterally. ",
                            "Hyperreflexia in the upper extremities. ") : "Reflexes 2+ and symmetric. ")
                    + (m.contains(MyelopathySign.GAIT_IMBALANCE) ? "Gait is wide-based and unsteady. " : "Gait normal. ")
                    + "Strength 5/5 in the arms and legs.";
        }
        String side = f.side();
        Sign sign = f.sign();
        return (sign == Sign.SPURLING ? "Spurling test positive on the " + side + ", reproducing arm pain. " : "Spurling negative bilaterally. ")
                + (sign == Sign.WEAKNESS ? p.pick(CareNotes.capital(side) + " biceps 4/5, " + side + " wrist extension 4/5; otherwise 5/5. ",
                        CareNotes.capital(side) + " triceps 4/5, otherwise 5/5. ") : "Strength 5/5 in both upper extremities. ")
                + (sign == Sign.REFLEX_LOSS ? p.pick(CareNotes.capital(side) + " biceps and brachioradialis reflexes 1+, other side 2+. ",
                        CareNotes.capital(side) + " triceps reflex diminished. ")
                        : "Reflexes 2+ and symmetric at the biceps, triceps and brachioradialis. ")
                + (sign == Sign.SENSORY_LOSS ? "Decreased sensation to light touch in the " + side + " " + root(f.level()) + " dermatome. "
                        : "Sensation intact in all dermatomes of both arms. ")
                + "Hoffmann sign negative bilaterally. Gait normal.";
    }

    private String nicotine() {
        LocalDate quit = request.minusDays(p.between(14, 35));
        return switch (f.nicotine()) {
            case NEVER -> p.pick("Never smoker.", "Tobacco: Never smoker. No smokeless tobacco or vaping.", "Denies tobacco use.", "Nonsmoker.");
            case FORMER_LONG_AGO -> p.pick("Former smoker, quit in 2012.", "Former smoker, quit 10 years ago.");
            case QUIT_RECENTLY -> p.pick("Smoked 1 pack per day for 30 years, quit on " + p.date(quit) + ".",
                    "She quit smoking on " + p.date(quit) + ".");
            case QUIT_RECENTLY_COTININE_NEGATIVE -> "Smoked 1 pack per day for 40 years, quit on " + p.date(quit) + " on our advice. Cotinine today.";
            case CURRENT -> p.pick("Current smoker, 1 pack per day.", "He smokes about 10 cigarettes a day.");
            case UNDOCUMENTED -> p.pick("Works as an accountant. Drinks socially.", "Lives with her husband.");
        };
    }

    /** "16 weeks" as a clinician rounds it to months, on the same side of 12 weeks. */
    private static String months(int weeks) {
        int months = Math.max(1, Math.round(weeks / 4.33f));
        return months + (months == 1 ? " month" : " months");
    }

    private static String root(String level) {
        return "C" + level.charAt(4);
    }
}
