package dev.necessity.extract.text;

import dev.necessity.model.Section;
import dev.necessity.model.Whitespace;
import dev.necessity.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds headed sections: an upper-case phrase at line start followed by a colon
 * ("FINDINGS:", "HPI:", "PAST MEDICAL HISTORY:", "ADDENDUM 02/16/2026:"), or a title-case one alone on its line
 * ("Assessment:", "Physical Exam:"), named in upper case. A section spans its
 * heading and body up to the next heading. Spinal-level headers such as "L5-S1:" are not
 * sections, they are read as level context; nor are measurement labels ("BMI: 41.6", "BP:
 * 132/84", "VAS: 7") or an examination test's ("SLR: L equivocal", "DTRs: 2+"), which label a value inside the
 * section they sit in.
 */
public final class SectionSplitter {

    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t]{0,8}([A-Z][A-Z0-9 /&,'()\\-]{0,60}?)(?:[ \\t]{1,4}\\d{1,2}/\\d{1,2}/\\d{2,4})?[ \\t]{0,4}:");
    /**
     * A heading written in title case on a line of its own ("Assessment:", "Plan:", "Physical Exam:", "History of Present
     * Illness:"): nothing follows its colon on the line, so "Patient: Jane Roe" is no heading.
     */
    private static final Pattern TITLE_HEADING = Pattern.compile(
            "(?m)^[ \\t]{0,8}([A-Z][a-z]{2,}(?:[ /&-](?:[A-Z][a-z]+|of|and|the|for|to|&)){0,5})[ \\t]{0,4}:[ \\t]*$");
    /**
     * The note sections a title-case heading may open. Study headings ("Imaging:", "Studies:") are left to the study
     * passages, which carry a study's date from its lead-in across the sentences that report it.
     */
    private static final Set<String> TITLE_SECTIONS = Set.of("ASSESSMENT", "PLAN", "ASSESSMENT AND PLAN", "ASSESSMENT/PLAN", "ASSESSMENT & PLAN",
            "IMPRESSION AND PLAN", "PHYSICAL EXAM", "PHYSICAL EXAMINATION", "EXAM", "EXAMINATION", "HISTORY OF PRESENT ILLNESS",
            "PAST MEDICAL HISTORY", "PAST SURGICAL HISTORY", "SOCIAL HISTORY", "FAMILY HISTORY", "REVIEW OF SYSTEMS", "MEDICATIONS",
            "CURRENT MEDICATIONS", "ALLERGIES", "SUBJECTIVE", "OBJECTIVE", "CHIEF COMPLAINT", "VITALS", "VITAL SIGNS", "DISPOSITION",
            "HOSPITAL COURSE", "DISCHARGE INSTRUCTIONS", "DISCHARGE MEDICATIONS", "FOLLOW UP", "FOLLOW-UP");
    /**
     * The same headings with no colon, alone on a line after a blank one, as EHR print-outs write them ("\n\nPlan\n- Start
     * meloxicam", "\n\nASSESSMENT\n..."): only the note sections above, so a stray word on its own line is no heading.
     */
    private static final Pattern BARE_HEADING = Pattern.compile("[ \\t]{0,8}([A-Z][A-Za-z]{2,}(?:[ /&-](?:[A-Za-z]+|&)){0,5})[ \\t]*(?=\\n\\S)");
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");
    /** Vital signs, scores and lab values written "LABEL: value": a reading, not the start of a section. */
    private static final Set<String> MEASUREMENTS = Set.of("BMI", "BP", "HR", "RR", "SPO2", "SAO2", "O2 SAT", "TEMP", "WT", "HT",
            "VAS", "NRS", "HBA1C", "HGBA1C", "COTININE", "SLR", "DTR", "DTRS");
    /**
     * The one-letter SOAP headings at a line's start ("S:", "O:", "A:", "P:", "A/P:"). They end the section before them, so
     * that a "FH: father prostate CA." line does not carry its family history over the exam and assessment; they keep
     * their letters as names, because a one-letter "P:" line is as often what was done that day ("P: Naproxen 500 bid,
     * PT referral") as a plan.
     */
    private static final Set<String> SOAP = Set.of("S", "O", "A", "P", "A/P", "A&P");
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}$");

    /** A heading: its name, where it starts and where its body starts. */
    public record Heading(String name, int start, int bodyStart) {
    }

    public List<Heading> headings(String text) {
        List<Heading> out = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            if (SOAP.contains(name)) {
                out.add(new Heading(name, m.start(1), m.end()));
                continue;
            }
            if (!TWO_LETTERS.matcher(name).find() || MEASUREMENTS.contains(name)) {
                continue;
            }
            name = Whitespace.collapse(name.indexOf('/') < 0 ? name : TRAILING_DATE.matcher(name).replaceAll(""));
            out.add(new Heading(name, m.start(1), m.end()));
        }
        Matcher t = TITLE_HEADING.matcher(text);
        while (t.find()) {
            String name = Whitespace.collapse(t.group(1).toUpperCase(java.util.Locale.ROOT));
            if (TITLE_SECTIONS.contains(name)) {
                out.add(new Heading(name, t.start(1), t.end()));
            }
        }
        // Only a line after a blank one (or the first line) is looked at: a scan for blank lines, then one anchored match.
        Matcher b = BARE_HEADING.matcher(text);
        for (int line = 0; line >= 0 && line < text.length(); line = nextAfterBlankLine(text, line)) {
            if (b.region(line, text.length()).lookingAt()) {
                String name = Whitespace.collapse(b.group(1).toUpperCase(java.util.Locale.ROOT));
                if (TITLE_SECTIONS.contains(name)) {
                    out.add(new Heading(name, b.start(1), b.end()));
                }
            }
        }
        if (out.size() > 1) {
            out.sort(java.util.Comparator.comparingInt(Heading::start));
        }
        return out;
    }

    /** The start of the first line after the next blank line (one holding only blanks) at or after {@code from}; -1 when none. */
    private static int nextAfterBlankLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        while (nl >= 0) {
            int i = nl + 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                return i + 1;
            }
            nl = text.indexOf('\n', nl + 1);
        }
        return -1;
    }

    /**
     * Where the section {@code h} opens ends, when the next heading starts at {@code next}. A family history written as a
     * label with its content on the same line ("FH: mother - multiple myeloma (dx age 71); father - HTN.") ends with its
     * paragraph: the exam after a blank line is the patient's even when its own label ("Objective: T 36.8, ...") is not
     * one this splitter takes for a heading.
     */
    public static int end(String text, Heading h, int next) {
        if (!familyHistory(h.name())) {
            return next;
        }
        int lineEnd = text.indexOf('\n', h.bodyStart());
        if (lineEnd < 0 || lineEnd >= next || text.substring(h.bodyStart(), lineEnd).isBlank()) {
            return next;
        }
        int blank = nextAfterBlankLine(text, h.bodyStart());
        return blank < 0 || blank > next ? next : blank;
    }

    /** A family-history heading ("FAMILY HISTORY", "FHX", "FH"; not a combined "SHX/FHX"). */
    public static boolean familyHistory(String name) {
        return name != null && (name.contains("FAMILY") || (name.contains("FHX") && !name.contains("SHX")) || name.equals("FH"));
    }

    public List<Section> sections(String text) {
        return sections(text, headings(text));
    }

    /** The sections the given {@link #headings} of {@code text} open. */
    public List<Section> sections(String text, List<Heading> headings) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = end(text, h, i + 1 < headings.size() ? headings.get(i + 1).start() : text.length());
            while (end > h.bodyStart() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Section(h.name(), new Span(h.start(), Math.max(end, h.bodyStart()))));
        }
        return out;
    }
}
