package dev.necessity.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conservative-care parts of a record, shared by the spine scenarios: the clinic note's
 * sentences on medication, therapy and injections, and the therapy and procedure notes themselves.
 * Every sentence is one the extractor is known to read as written; a course the record is silent on
 * writes nothing.
 */
final class CareNotes {
    private static final List<String> DRUGS = List.of("naproxen 500 mg twice daily", "ibuprofen 600 mg three times daily",
            "meloxicam 15 mg daily", "gabapentin 300 mg three times daily", "cyclobenzaprine 10 mg at night");
    private final Phrasing p;
    private final LocalDate request;

    CareNotes(Phrasing p, LocalDate request) {
        this.p = p;
        this.request = request;
    }

    /** The clinic note's medication sentence; a course ending on the visit day is still being taken. */
    String medication(Course c, int visitDay) {
        String drug = p.pick(DRUGS);
        return switch (c.told()) {
            case DATED -> c.toDay() == visitDay
                    ? p.pick("Currently taking " + drug + ", started " + p.date(c.from(request)) + ", with little relief. ",
                             "Continues " + drug + ", started " + p.date(c.from(request)) + "; no lasting benefit. ")
                    : p.pick("Took " + drug + " from " + p.date(c.from(request)) + " to " + p.date(c.to(request)) + " without benefit. ",
                             "Took a course of " + drug.split(" ")[0] + " from " + p.date(c.from(request)) + " to "
                                     + p.date(c.to(request)) + ", stopped for dyspepsia. ");
            case UNDATED -> p.pick("Tried ibuprofen and meloxicam without relief. ", "Over-the-counter naproxen did not help. ");
            case DENIED -> p.pick("Takes no pain medication. ", "Has not taken any medication for the pain. ", "No pain medications. ");
            case SILENT -> "";
        };
    }

    /** The clinic note's therapy sentence, when the therapy note itself is not on file (or as well as it). */
    String therapy(Course c) {
        return switch (c.told()) {
            case DATED -> c.fromDay() == c.toDay()
                    ? "Attended one physical therapy evaluation on " + p.date(c.from(request)) + " and did not return. "
                    : p.pick("Physical therapy from " + p.date(c.from(request)) + " to " + p.date(c.to(request)) + ", "
                                     + c.weekly(request).size() + " visits, without lasting improvement. ",
                             "Completed physical therapy " + p.date(c.from(request)) + " - " + p.date(c.to(request)) + " ("
                                     + c.weekly(request).size() + " visits) with no change in symptoms. ");
            case DENIED -> p.pick("No physical therapy to date. ", "Has not tried physical therapy. ", "No prior physical therapy. ");
            default -> "";
        };
    }

    /** The clinic note's injection sentence. */
    String injection(Course c, String side, String level, String spine) {
        return switch (c.told()) {
            case DATED -> p.pick(capital(side) + " " + level + " transforaminal epidural steroid injection on " + p.date(c.from(request))
                                 + " gave about one week of relief. ",
                    capital(side) + " " + level + " interlaminar epidural steroid injection on " + p.date(c.from(request)) + " without benefit. ");
            case DENIED -> p.pick("No epidural steroid injections. ", "She has had no epidural injections. ", "No ESI. ");
            default -> "";
        };
    }

    /** A therapy discharge summary (or, for a single visit, the evaluation) with every visit date. */
    SynthCase.Document therapyNote(Course c, String diagnosis, String outcome) {
        LocalDate end = c.to(request);
        if (c.fromDay() == c.toDay()) {
            return new SynthCase.Document("pt-evaluation.txt", "therapy-note", "PHYSICAL THERAPY INITIAL EVALUATION\nDate: "
                    + Phrasing.usDate(end) + "\nDiagnosis: " + diagnosis + ".\nEvaluation completed. " + outcome + "\n"
                    + "The patient did not return after the evaluation.\n");
        }
        List<LocalDate> dates = c.weekly(request);
        return new SynthCase.Document("pt-discharge.txt", "therapy-note", p.pick("PHYSICAL THERAPY DISCHARGE SUMMARY",
                "OUTPATIENT PHYSICAL THERAPY - DISCHARGE SUMMARY") + "\nDate: " + Phrasing.usDate(end) + "\nDiagnosis: " + diagnosis + ".\n"
                + "Dates of service: " + dates.stream().map(p::date).collect(Collectors.joining(", ")) + ".\n"
                + "Total visits attended: " + dates.size() + ".\n" + outcome + "\n"
                + p.pick("Assessment: Discharged from PT; plateaued.", "Goals not met; discharged and referred back to the surgeon.") + "\n");
    }

    /** The procedure note of an injection. */
    SynthCase.Document injectionNote(Course c, String side, String level, String indication) {
        return new SynthCase.Document("injection-procedure.txt", "procedure-note", "PROCEDURE NOTE\nDate of procedure: "
                + Phrasing.usDate(c.from(request)) + "\nProcedure: " + capital(side) + " " + level + " "
                + p.pick("transforaminal", "interlaminar") + " epidural steroid injection under fluoroscopic guidance.\n"
                + "Indication: " + indication + ".\nThe patient tolerated the procedure well. No complications.\n");
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
