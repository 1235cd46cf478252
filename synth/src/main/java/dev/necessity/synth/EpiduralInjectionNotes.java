package dev.necessity.synth;

import static dev.necessity.synth.EpiduralInjectionScenario.capital;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Writes an epidural injection request's documents: the lumbar MRI report, the clinic note, a therapy discharge, a prior procedure note. */
final class EpiduralInjectionNotes {
    private static final List<String> LEVELS = List.of("L3-L4", "L4-L5", "L5-S1");
    private final Phrasing p;

    EpiduralInjectionNotes(Phrasing p) {
        this.p = p;
    }

    List<SynthCase.Document> documents(EpiduralInjectionScenario.Facts f) {
        List<SynthCase.Document> docs = new ArrayList<>();
        if (!f.primaryLesion().equals("none")) {
            docs.add(new SynthCase.Document("mri-lumbar.txt", "imaging", mri(f, f.visit().minusDays(p.between(10, 60)))));
        }
        docs.add(new SynthCase.Document("clinic-note.txt", "clinical-note", clinic(f)));
        if (f.priorsWithinYear() > 0 && p.chance(0.4)) {
            docs.add(new SynthCase.Document("prior-injection.txt", "procedure-note", procedure(f, f.priors().get(0))));
        }
        EpiduralInjectionScenario.Care c = f.care();
        if (c.ptStart() != null && c.ptEnd().isAfter(c.ptStart()) && p.chance(0.35)) {
            docs.add(new SynthCase.Document("pt-discharge.txt", "therapy-note", therapy(f)));
        }
        return docs;
    }

    private String mri(EpiduralInjectionScenario.Facts f, LocalDate date) {
        StringBuilder s = new StringBuilder(p.pick("MRI LUMBAR SPINE WITHOUT CONTRAST", "MR LUMBAR SPINE W/O CONTRAST"));
        s.append("\nDate of exam: ").append(Phrasing.usDate(date)).append("\nClinical history: ")
                .append(f.pain().equals("axial") ? "Low back pain." : capital(f.side()) + " leg pain.").append("\n\nFINDINGS:\n")
                .append(p.pick("Alignment is normal. ", "Normal alignment. ")).append("Vertebral body heights are maintained.\n");
        for (String level : LEVELS) {
            String lesion = level.equals(f.level()) ? f.primaryLesion() : level.equals(f.addOnLevel()) ? f.addOnLesion() : "normal";
            s.append(level).append(": ").append(levelText(f, level, lesion)).append('\n');
        }
        s.append("\nIMPRESSION:\n");
        List<String> abnormal = LEVELS.stream().filter(l -> (l.equals(f.level()) && !f.primaryLesion().equals("normal"))
                || (l.equals(f.addOnLevel()) && !f.addOnLesion().equals("normal"))).toList();
        s.append(abnormal.isEmpty() ? "No disc herniation or stenosis in the lumbar spine.\n"
                : "Findings as above at " + String.join(" and ", abnormal) + ".\n");
        return s.toString();
    }

    private String levelText(EpiduralInjectionScenario.Facts f, String level, String lesion) {
        String side = f.side();
        String traversing = level.equals("L5-S1") ? "S1" : level.equals("L4-L5") ? "L5" : "L4";
        String exiting = level.substring(0, 2);
        return switch (lesion) {
            case "extrusion" -> capital(side) + " paracentral disc extrusion compressing the traversing " + side + " " + traversing + " nerve root.";
            case "protrusion" -> p.pick(capital(side) + " paracentral disc protrusion contacting the descending " + side + " " + traversing
                    + " nerve root. Mild " + side + " lateral recess narrowing.", capital(side) + " foraminal disc protrusion contacting the exiting "
                    + side + " " + exiting + " nerve root.");
            case "foraminal" -> p.pick("Disc bulge and facet hypertrophy with moderate " + side + " foraminal stenosis.",
                    "Broad-based disc bulge with moderate-to-severe " + side + " neuroforaminal stenosis.");
            default -> f.pain().equals("axial") ? "Mild facet arthropathy. No disc herniation. No stenosis."
                    : p.pick("No disc herniation. No canal or foraminal stenosis.", "Normal disc. No stenosis.");
        };
    }

    private String clinic(EpiduralInjectionScenario.Facts f) {
        StringBuilder s = new StringBuilder(p.pick("SPINE AND PAIN ASSOCIATES - PROGRESS NOTE\nVisit date: ", "INTERVENTIONAL PAIN MANAGEMENT\nDate of service: ",
                "SPINE CENTER - RETURN VISIT\nDate: ")).append(Phrasing.usDate(f.visit())).append("\n\nHISTORY OF PRESENT ILLNESS:\n");
        s.append(pain(f)).append('\n');
        care(f).forEach(line -> s.append(line).append('\n'));
        priors(f).forEach(line -> s.append(line).append('\n'));
        s.append(p.pick("Denies bowel or bladder dysfunction.", "No bowel or bladder changes. No fevers.")).append("\n\nEXAM:\n");
        if (f.pain().equals("axial")) {
            s.append("Tender over the lower lumbar facets. Straight leg raise negative bilaterally. Strength 5/5.\n");
        } else {
            s.append("Straight leg raise positive on the ").append(f.side()).append(" at ").append(p.pick("35", "40", "50")).append(" degrees. ")
                    .append(p.pick("Strength 5/5.", "Strength 5/5 except " + f.side() + " EHL 4/5.")).append('\n');
        }
        s.append("\nASSESSMENT: ").append(f.pain().equals("axial") ? "Chronic axial low back pain. No radicular symptoms."
                : capital(f.side()) + " lumbar radiculopathy.").append("\n\nPLAN: ").append(plan(f)).append('\n');
        return s.toString();
    }

    private String pain(EpiduralInjectionScenario.Facts f) {
        if (f.pain().equals("axial")) {
            return "Chronic axial low back pain for " + span(f.painWeeks()) + ", worse with standing and extension. "
                    + p.pick("The pain does not radiate into the buttocks or legs.", "No radiation to the legs.");
        }
        String side = f.side();
        String where = p.pick(capital(side) + " leg pain radiating from the buttock down the lateral thigh and calf to the top of the foot",
                capital(side) + " leg pain radiating down the back of the thigh to the calf",
                capital(side) + " sciatica radiating down the posterior thigh to the heel");
        return f.painWeeks() == 0 ? where + ". Leg pain 7/10." : where + " for " + span(f.painWeeks()) + ". Leg pain " + p.between(5, 8) + "/10.";
    }

    private String span(int weeks) {
        return switch (weeks) {
            case 17 -> "4 months";
            case 26 -> p.pick("6 months", "26 weeks");
            case 52 -> "a year";
            default -> weeks + " weeks";
        };
    }

    private List<String> care(EpiduralInjectionScenario.Facts f) {
        EpiduralInjectionScenario.Care c = f.care();
        List<String> lines = new ArrayList<>();
        if (c.ptStart() != null) {
            long visits = Math.max(1, ChronoUnit.WEEKS.between(c.ptStart(), c.ptEnd()) * 2);
            lines.add(c.ptEnd().isAfter(c.ptStart())
                    ? p.pick("Conservative care: PT " + date(c.ptStart()) + " to " + date(c.ptEnd()) + " (" + visits + " visits) with a home exercise program.",
                            "Completed physical therapy from " + date(c.ptStart()) + " to " + date(c.ptEnd()) + ", " + visits + " visits, without lasting benefit.")
                    : "Started physical therapy on " + date(c.ptStart()) + ", one visit so far.");
        }
        if (c.nsaidStart() != null) {
            lines.add(p.pick("Takes naproxen 500 mg BID since " + date(c.nsaidStart()) + ".",
                    "Currently taking meloxicam 15 mg daily since " + date(c.nsaidStart()) + ", without adequate relief.",
                    "Continues ibuprofen 600 mg TID, started " + date(c.nsaidStart()) + "."));
        }
        return lines;
    }

    private List<String> priors(EpiduralInjectionScenario.Facts f) {
        List<String> lines = new ArrayList<>();
        if (f.priors().isEmpty()) {
            lines.add(p.pick("No prior spine injections.", "No previous epidural injections."));
            return lines;
        }
        if (f.priors().size() == 1 && f.priorsWithinYear() == 1 && p.chance(0.5)) {
            lines.add(p.pick("He", "She") + " underwent a " + f.side() + " " + f.level() + " " + f.approach() + " epidural steroid injection under fluoroscopy on "
                    + date(f.priors().get(0)) + "." + narrativeRelief(f.relief()));
            return lines;
        }
        lines.add("Injection history:");
        for (LocalDate d : f.priors()) {
            boolean old = d.isBefore(f.request().minusMonths(12));
            String what = "- " + f.level() + " " + f.approach() + " epidural steroid injection under fluoroscopy on " + date(d);
            lines.add(what + (old ? ": good relief at the time." : relief(f.relief())));
        }
        return lines;
    }

    private String relief(String relief) {
        return switch (relief) {
            case "lasting" -> p.pick(": 80 % relief lasting about 4 months.", ": 75 % relief lasting 3 months.", ": 70 % relief lasting 14 weeks.");
            case "brief" -> p.pick(": about 40 % relief for 2 weeks.", ": 70 % relief lasting 3 weeks, then back to baseline.", ": 30 % relief for 1 month.");
            default -> ".";
        };
    }

    private String narrativeRelief(String relief) {
        return switch (relief) {
            case "lasting" -> p.pick(" At his follow-up he reported about 80 % relief of the leg pain, and that relief lasted about 4 months.",
                    " At follow-up she reported 70 % relief lasting 14 weeks.");
            case "brief" -> p.pick(" About 40 % relief for 2 weeks, then back to baseline.", " At follow-up 60 % relief that lasted 3 weeks.");
            default -> " The leg pain has since returned.";
        };
    }

    /** The procedure note of the most recent injection within the year, as a repeat request often carries. */
    private String procedure(EpiduralInjectionScenario.Facts f, LocalDate date) {
        return "PROCEDURE NOTE\nDate of procedure: " + Phrasing.usDate(date) + "\n"
                + "Procedure: " + capital(f.side()) + " " + f.level() + " " + f.approach() + " epidural steroid injection under fluoroscopic guidance.\n"
                // With the pain's duration meant to be unstated, an earlier note naming the radiculopathy would date it.
                + "Indication: " + (f.painWeeks() == 0 ? "Lumbar spine pain" : capital(f.side()) + " lumbar radiculopathy") + ".\n"
                + "Description: The patient was placed prone. After sterile preparation and local anesthesia, a 22-gauge spinal needle was advanced under "
                + "fluoroscopy. Contrast confirmed epidural spread without vascular uptake. Dexamethasone 10 mg was injected.\n"
                + "The patient tolerated the procedure well.\n";
    }

    private String plan(EpiduralInjectionScenario.Facts f) {
        String levels = f.addOnLevel() == null ? f.level() : f.level() + " and " + f.addOnLevel();
        String what = capital(f.side()) + " " + levels + " " + f.approach() + " epidural steroid injection" + (f.addOnLevel() == null ? "" : "s");
        return switch (f.guidance()) {
            case "fluoroscopy" -> what + p.pick(" under fluoroscopic guidance.", " under fluoroscopy.");
            case "ct" -> what + " under CT guidance.";
            case "none" -> what + " in the office, landmark technique without fluoroscopy.";
            default -> what + ". Continue home exercises.";
        };
    }

    private String therapy(EpiduralInjectionScenario.Facts f) {
        EpiduralInjectionScenario.Care c = f.care();
        return "OUTPATIENT PHYSICAL THERAPY - DISCHARGE SUMMARY\nDate: " + Phrasing.usDate(c.ptEnd()) + "\nDiagnosis: " + (f.painWeeks() == 0 ? "Low back pain" : "Lumbar radiculopathy, " + f.side()) + ".\n"
                + "Dates of care: " + Phrasing.usDate(c.ptStart()) + " to " + Phrasing.usDate(c.ptEnd()) + ".\n"
                + "Treatment: neural mobilization, core stabilization.\n"
                + "Outcome: leg pain unchanged. Discharged; plateaued.\n";
    }

    private String date(LocalDate d) {
        return p.date(d);
    }
}
