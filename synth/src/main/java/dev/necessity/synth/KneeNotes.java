package dev.necessity.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a knee arthroplasty request's documents: the knee imaging report, the orthopaedic note, a therapy discharge. */
final class KneeNotes {
    private final Phrasing p;

    KneeNotes(Phrasing p) {
        this.p = p;
    }

    List<SynthCase.Document> documents(KneeArthroplastyScenario.Facts f) {
        List<SynthCase.Document> docs = new ArrayList<>();
        if (!f.imaging().equals("none")) {
            LocalDate taken = f.visit().minusDays(p.between(0, 50));
            String file = (f.imaging().equals("avn") ? "mri-" : "xr-") + f.side() + "-knee.txt";
            docs.add(new SynthCase.Document(file, "imaging", f.imaging().equals("avn") ? avnMri(f, taken) : radiograph(f, taken)));
        }
        docs.add(new SynthCase.Document("ortho-note.txt", "clinical-note", visit(f)));
        if (f.care().ptStart() != null && p.chance(0.4)) {
            docs.add(new SynthCase.Document("pt-discharge.txt", "therapy-note", therapy(f)));
        }
        return docs;
    }

    private String radiograph(KneeArthroplastyScenario.Facts f, LocalDate taken) {
        String side = f.side();
        String compartment = p.pick("medial", "medial", "lateral");
        String other = compartment.equals("medial") ? "lateral" : "medial";
        String title = p.pick("XR KNEE " + side.toUpperCase(Locale.ROOT) + ", STANDING AP AND LATERAL", "XR " + side.toUpperCase(Locale.ROOT) + " KNEE, 3 VIEWS, STANDING",
                "RADIOGRAPHS " + side.toUpperCase(Locale.ROOT) + " KNEE, STANDING AP, LATERAL AND SUNRISE");
        String findings = switch (f.imaging()) {
            case "kl4" -> p.pick("Bone-on-bone " + compartment + " compartment with osteophytes and subchondral sclerosis.",
                    "Complete loss of the " + compartment + " joint space with large osteophytes and subchondral cysts.");
            case "kl3" -> p.pick("Marked narrowing of the " + compartment + " joint space with moderate osteophytes and subchondral sclerosis.",
                    "Definite narrowing of the " + compartment + " joint space with moderate osteophytes.");
            case "kl2" -> "Mild " + compartment + " joint space narrowing with small marginal osteophytes.";
            default -> p.pick("Moderate " + compartment + " joint space narrowing with osteophytes.",
                    "Degenerative changes with marginal osteophytes and subchondral sclerosis.");
        };
        String impression = switch (f.imaging()) {
            case "kl4" -> p.pick("Severe " + compartment + " compartment osteoarthritis, Kellgren-Lawrence grade 4.",
                    "Advanced " + compartment + " compartment osteoarthritis of the " + side + " knee.");
            case "kl3" -> p.pick(side.substring(0, 1).toUpperCase(Locale.ROOT) + side.substring(1) + " knee osteoarthritis, Kellgren-Lawrence grade 3, "
                    + compartment + " predominant.", compartment.substring(0, 1).toUpperCase(Locale.ROOT) + compartment.substring(1)
                    + " compartment osteoarthritis, KL grade 3.");
            case "kl2" -> p.pick("Mild " + side + " knee osteoarthritis, Kellgren-Lawrence grade 2.", "Mild " + compartment + " compartment osteoarthritis.");
            default -> p.pick("Degenerative joint disease of the " + side + " knee.", "Osteoarthritis of the " + side + " knee.");
        };
        return title + "\nDate: " + Phrasing.usDate(taken) + "\nIndication: " + capital(side) + " knee pain.\n\nFindings: " + findings
                + " " + capital(other) + " compartment relatively preserved. No fracture.\n\nImpression: " + impression + "\n";
    }

    private String avnMri(KneeArthroplastyScenario.Facts f, LocalDate taken) {
        return "MRI " + f.side().toUpperCase(Locale.ROOT) + " KNEE WITHOUT CONTRAST\nDate: " + Phrasing.usDate(taken) + "\n"
                + "Findings: Avascular necrosis of the medial femoral condyle with " + p.pick("a 2.1 cm", "a 1.6 cm") + " subchondral fracture line, "
                + "flattening of the articular surface and surrounding marrow edema. Mild medial joint space narrowing.\n"
                + "Impression: " + p.pick("Avascular necrosis of the medial femoral condyle with subchondral collapse.",
                        "Spontaneous osteonecrosis of the medial femoral condyle.") + "\n";
    }

    private String visit(KneeArthroplastyScenario.Facts f) {
        StringBuilder s = new StringBuilder(p.pick("RIVERSIDE ORTHOPAEDICS\nOffice Visit\nDate of Service: ", "ORTHOPAEDIC CLINIC NOTE\nDate: ",
                "Ortho follow-up\nDate of visit: ")).append(Phrasing.usDate(f.visit())).append("\n\n");
        s.append("Chief Complaint: ").append(capital(f.side())).append(" knee pain.\n");
        s.append("History of Present Illness:\n").append(pain(f)).append('\n');
        s.append(p.pick("Pain: ", "Pain score: ")).append(p.between(5, 9)).append("/10.\n");
        String function = function(f.function());
        if (!function.isEmpty()) {
            s.append(function).append('\n');
        }
        s.append("Treatment history:\n");
        for (String line : care(f)) {
            s.append("- ").append(line).append('\n');
        }
        s.append("\nSocial History: ").append(p.pick("Never smoker.", "Former smoker, quit 2009.", "Denies tobacco use.")).append('\n');
        s.append("\nExam:\n");
        if (f.bmi() > 0) {
            s.append(p.pick("BMI " + f.bmi() + ".", "Her BMI is " + f.bmi() + ".", "BMI " + f.bmi() + " kg/m2.")).append('\n');
        }
        s.append(capital(f.side())).append(" knee: ").append(p.pick("varus alignment, medial joint line tenderness, ROM 5-105 degrees.",
                "small effusion, crepitus, ROM 10-95 degrees.", "no effusion, ROM 0-115 degrees, stable.")).append('\n');
        String infection = infection(f);
        if (!infection.isEmpty()) {
            s.append(infection).append('\n');
        }
        s.append("\nImaging: ").append(imaging(f)).append('\n');
        s.append("\nAssessment: ").append(assessment(f)).append('\n');
        s.append("Plan: ").append(capital(f.side())).append(" total knee arthroplasty").append(f.care().counselledToday()
                ? ". " + p.pick("Counseled on weight loss today.", "We discussed weight management today and referred to the medical weight management program.")
                : ".").append('\n');
        return s.toString();
    }

    private String pain(KneeArthroplastyScenario.Facts f) {
        String knee = capital(f.side()) + " knee pain";
        if (f.painMonths() == 0) {
            return p.pick(knee + ", medial, worse with stairs and walking.", knee + ", worse at the end of the day.");
        }
        String span = f.painMonths() == 24 ? "2 years" : f.painMonths() == 2 && p.chance(0.5) ? "8 weeks" : f.painMonths() + " months";
        return p.pick(knee + " for " + span + ", worse with stairs and walking.", knee + " x " + span + ".",
                "She has had " + f.side() + " knee pain for about " + span + ".");
    }

    private String function(String function) {
        return switch (function) {
            case "limited" -> p.pick("Function: unable to walk more than 1 block; difficulty with stairs.",
                    "She can walk about one block and has difficulty climbing stairs.",
                    "Limits his walking to 15 minutes; difficulty getting up from a chair.");
            case "not_limited" -> p.pick("He reports that the knee pain does not limit his daily activities.",
                    "The knee pain does not limit her daily activities.");
            default -> "";
        };
    }

    private List<String> care(KneeArthroplastyScenario.Facts f) {
        KneeArthroplastyScenario.Care c = f.care();
        List<String> lines = new ArrayList<>();
        String drug = p.pick("Meloxicam 15 mg daily", "Naproxen 500 mg twice daily", "Diclofenac 75 mg twice daily", "Celecoxib 200 mg daily");
        if (c.nsaidStart() != null && c.nsaidEnd() != null) {
            lines.add(drug + " " + date(c.nsaidStart()) + " to " + date(c.nsaidEnd()) + ", stopped for dyspepsia.");
        } else if (c.nsaidStart() != null) {
            lines.add(p.pick("Takes " + lower(drug) + " since " + date(c.nsaidStart()) + ", partial relief.",
                    "Currently taking " + lower(drug) + " since " + date(c.nsaidStart()) + ".",
                    "Continues " + lower(drug) + ", started " + date(c.nsaidStart()) + "."));
        }
        if (c.ptStart() != null) {
            long visits = Math.max(2, ChronoUnit.WEEKS.between(c.ptStart(), c.ptEnd()) * 2);
            lines.add(p.pick("Physical therapy " + date(c.ptStart()) + " to " + date(c.ptEnd()) + ", " + visits + " visits, no lasting benefit.",
                    "PT " + date(c.ptStart()) + " - " + date(c.ptEnd()) + ", " + visits + " visits, minimal help.",
                    "Completed physical therapy from " + date(c.ptStart()) + " to " + date(c.ptEnd()) + " (" + visits + " visits) without improvement."));
        }
        if (c.injection() != null) {
            lines.add(p.pick("Cortisone injection into the " + f.side() + " knee on " + date(c.injection()) + ", relief for about 3 weeks.",
                    "Intra-articular corticosteroid injection of the " + f.side() + " knee on " + date(c.injection()) + " with only brief relief."));
        }
        switch (c.device()) {
            case "cane" -> lines.add(p.pick("Uses a cane for walks outside the house.", "Walks with a cane."));
            case "brace" -> lines.add(p.pick("Unloader knee brace, helps a little.", "Wears a hinged knee brace."));
            case "walker" -> lines.add("Uses a walker for longer distances.");
            default -> { }
        }
        if (c.counselled() != null) {
            lines.add(p.pick("Counseled on weight loss on " + date(c.counselled()) + ".", "Referred to a dietitian for weight loss on " + date(c.counselled()) + "."));
        }
        if (lines.isEmpty()) {
            lines.add("None documented.");
        }
        return lines;
    }

    private String infection(KneeArthroplastyScenario.Facts f) {
        return switch (f.infection()) {
            case "active" -> p.pick("Currently on day 4 of cephalexin for cellulitis of the " + f.side() + " lower leg; still erythematous over the shin.",
                    "Being treated for a urinary tract infection with nitrofurantoin, started 3 days ago.");
            case "denied" -> p.pick("No fevers, no recent infections; skin intact.", "Denies fevers or recent infection. Skin over the knee is intact.");
            default -> "";
        };
    }

    private String imaging(KneeArthroplastyScenario.Facts f) {
        return switch (f.imaging()) {
            case "kl4" -> p.pick("Standing radiographs reviewed: bone-on-bone medial compartment, KL 4.", "XR reviewed, see report: KL grade 4.");
            case "kl3" -> p.pick("XR reviewed: KL 3 medial OA.", "Standing radiographs reviewed, see report.");
            case "avn" -> "MRI reviewed: avascular necrosis of the medial femoral condyle.";
            case "none" -> "XR " + f.side() + " knee today, reviewed.";
            default -> "Standing radiographs reviewed, see report.";
        };
    }

    private String assessment(KneeArthroplastyScenario.Facts f) {
        if (f.imaging().equals("avn")) {
            return "Osteonecrosis of the " + f.side() + " medial femoral condyle.";
        }
        return capital(f.side()) + " knee osteoarthritis" + p.pick(".", ", failed non-operative treatment.");
    }

    private String therapy(KneeArthroplastyScenario.Facts f) {
        KneeArthroplastyScenario.Care c = f.care();
        return "PHYSICAL THERAPY DISCHARGE SUMMARY\nDate: " + Phrasing.usDate(c.ptEnd()) + "\nDiagnosis: Primary osteoarthritis, " + f.side() + " knee.\n\n"
                + "Dates of care: " + Phrasing.usDate(c.ptStart()) + " to " + Phrasing.usDate(c.ptEnd()) + ".\n"
                + "Interventions: quadriceps and hip strengthening, gait training.\n"
                + p.pick("Outcome: KOOS Jr 52 at evaluation and 54 at discharge.", "Outcome: minimal change in pain or walking tolerance.") + "\n"
                + "Assessment: Discharged; plateaued.\n";
    }

    private String date(LocalDate d) {
        return p.date(d);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
