package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes a lumbar MRI order's documents: the ordering clinician's note and, now and then, earlier radiographs. */
final class LumbarMriNotes {
    private final Phrasing p;

    LumbarMriNotes(Phrasing p) {
        this.p = p;
    }

    List<SynthCase.Document> documents(LumbarMriScenario.Facts f) {
        List<SynthCase.Document> docs = new ArrayList<>();
        docs.add(new SynthCase.Document("clinic-note.txt", "clinical-note", note(f)));
        if (f.radiographs()) {
            docs.add(new SynthCase.Document("xr-lumbar.txt", "imaging", "XR LUMBAR SPINE, 2 VIEWS\nDate: "
                    + Phrasing.usDate(f.visit().minusDays(p.between(7, 40))) + "\nFindings: Mild disc space narrowing at L4-L5 and L5-S1 "
                    + "with small anterior osteophytes. Alignment is normal.\nImpression: Mild lumbar spondylosis.\n"));
        }
        return docs;
    }

    private String note(LumbarMriScenario.Facts f) {
        StringBuilder s = new StringBuilder(p.pick("FAMILY MEDICINE ASSOCIATES\nOffice visit\nDate: ", "PRIMARY CARE VISIT NOTE\nVisit date: ",
                "SPINE CLINIC NOTE\nDate of service: ")).append(Phrasing.usDate(f.visit())).append("\n\nHPI:\n");
        s.append(symptoms(f)).append('\n');
        String flag = redFlag(f);
        if (!flag.isEmpty()) {
            s.append(flag).append('\n');
        }
        care(f).forEach(line -> s.append(line).append('\n'));
        String surgery = surgery(f);
        if (!surgery.isEmpty()) {
            s.append(surgery).append('\n');
        }
        String screen = screen(f);
        if (!screen.isEmpty()) {
            s.append('\n').append(screen).append('\n');
        }
        s.append("\nEXAM:\n").append(exam(f)).append('\n');
        s.append("\nASSESSMENT: ").append(assessment(f)).append("\n\nPLAN: ");
        s.append(switch (f.candidate()) {
            case "injection" -> p.pick("She would like to consider an epidural steroid injection. ", "Would consider an ESI depending on the MRI. ");
            case "surgery" -> p.pick("He is open to a surgical consultation if the MRI shows a compressive lesion. ",
                    "Refer to spine surgery once the MRI is done. ");
            default -> "";
        });
        s.append("MRI of the lumbar spine").append(p.pick(" ordered.", " requested.")).append('\n');
        return s.toString();
    }

    private String symptoms(LumbarMriScenario.Facts f) {
        String span = f.weeks() == 1 ? "10 days" : f.weeks() + " weeks";
        String side = f.side();
        if (f.priorSurgery().equals("new_symptoms")) {
            return "He is status post " + side + " L4-L5 hemilaminotomy and microdiscectomy on " + p.date(f.visit().minusMonths(p.between(5, 14)))
                    + ", which relieved his leg pain. About " + span + " ago he developed new " + side
                    + " leg pain radiating down the lateral calf to the top of the foot.";
        }
        return switch (f.symptoms()) {
            case "radicular" -> p.pick(capital(side) + " leg pain radiating down the back of the thigh to the ankle for " + span + ".",
                    "Low back pain with pain radiating down the " + side + " leg to the calf, present for " + span + ".",
                    capital(side) + " sciatica radiating down the posterior thigh to the heel for " + span + ".");
            case "claudication" -> p.pick("Bilateral buttock and thigh pain with walking, relieved by sitting, for " + span
                    + ", consistent with neurogenic claudication.", "Neurogenic claudication for " + span + ": leg heaviness after walking 2 blocks, relieved by sitting.");
            case "axial" -> p.pick("Low back pain for " + span + " after lifting boxes. No radiation, no numbness or tingling.",
                    "Mechanical low back pain x " + span + ". The pain does not radiate into the legs.");
            default -> p.pick("Low back pain for " + span + " after lifting boxes at work, worse with bending.",
                    "Mechanical low back pain x " + span + ", worse with sitting.");
        };
    }

    private String redFlag(LumbarMriScenario.Facts f) {
        return switch (f.redFlag()) {
            case "cauda_equina" -> p.pick("Now with numbness in the saddle area since yesterday and new urinary retention.",
                    "New saddle anesthesia and urinary incontinence since this morning.");
            case "progressive_deficit" -> "Progressive weakness of the " + f.side() + " leg over the last 2 weeks; now tripping over the foot.";
            case "cancer" -> p.pick("History of breast cancer treated in 2019.", "History of prostate cancer, on surveillance.");
            case "weight_loss" -> "Unexplained weight loss of 15 lb over the last 3 months.";
            case "infection" -> "Fevers to 38.9 C for three days; active intravenous drug use.";
            case "fracture" -> "Known osteoporosis and on prednisone 10 mg daily for 3 years; slipped and fell 9 days ago.";
            default -> "";
        };
    }

    private List<String> care(LumbarMriScenario.Facts f) {
        List<String> lines = new ArrayList<>();
        if (f.careWeeks() == 0) {
            return lines;
        }
        LocalDate start = f.visit().minusWeeks(f.careWeeks());
        lines.add(p.pick("Takes ibuprofen 600 mg TID since " + p.date(start) + ".", "Currently taking naproxen 500 mg BID since " + p.date(start) + "."));
        if (f.careWeeks() >= 4 && p.chance(0.7)) {
            LocalDate ptStart = start.plusDays(p.between(0, 7));
            lines.add(p.pick("Physical therapy " + p.date(ptStart) + " to " + p.date(f.visit().minusDays(3)) + ", " + f.careWeeks() + " visits, with a home exercise program.",
                    "Started physical therapy on " + p.date(ptStart) + " and has been going weekly, most recently on " + p.date(f.visit().minusDays(3)) + "."));
        }
        return lines;
    }

    private String surgery(LumbarMriScenario.Facts f) {
        return switch (f.priorSurgery()) {
            case "denied" -> p.pick("No prior back surgery.", "No prior spine surgery.");
            case "unchanged" -> "Status post L4-L5 laminectomy on " + p.date(f.visit().minusMonths(p.between(8, 20)))
                    + "; his leg symptoms are unchanged since surgery.";
            default -> "";
        };
    }

    private String screen(LumbarMriScenario.Facts f) {
        return switch (f.screen()) {
            case "full" -> p.pick("Denies bowel or bladder dysfunction, saddle anesthesia, fevers or weight loss. No history of cancer. "
                            + "No IV drug use, no steroid use, no trauma. No foot drop or progressive neurological deficit.",
                    "RED FLAG SCREEN:\nHistory of cancer: No\nUnexplained weight loss: No\nFever or chills: No\nIV drug use: No\n"
                            + "Immunosuppression: No\nRecent significant trauma: No\nOsteoporosis: No\nLong-term steroid use: No\n"
                            + "Saddle anesthesia: No\nNew bowel or bladder dysfunction: No\nProgressive neurological deficit: No");
            case "bladder" -> p.pick("Denies bowel or bladder dysfunction.", "No bowel or bladder changes.");
            default -> "";
        };
    }

    private String exam(LumbarMriScenario.Facts f) {
        String slr = f.symptoms().equals("radicular") ? "Straight leg raise positive on the " + f.side() + " at 40 degrees. " : "";
        return slr + switch (f.strength()) {
            case 5 -> p.pick("Strength 5/5 in both lower extremities.", "Motor: 5/5 bilateral lower extremities.");
            case 4 -> "Strength 5/5 except " + f.side() + " EHL 4/5.";
            case 3 -> capital(f.side()) + " ankle dorsiflexion 3/5, EHL 3/5.";
            default -> "Paraspinal tenderness at L4-S1.";
        };
    }

    private String assessment(LumbarMriScenario.Facts f) {
        return switch (f.symptoms()) {
            case "radicular" -> capital(f.side()) + " lumbar radiculopathy.";
            case "claudication" -> "Neurogenic claudication, suspected lumbar stenosis.";
            default -> "Low back pain.";
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
