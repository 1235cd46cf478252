package dev.necessity.extract.measurement;

import dev.necessity.extract.date.DateFinder;
import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.date.Numbers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a policy compares against thresholds: BMI (stated: "BMI 41.6", "BMI: 41.6", "BMI - 41.6",
 * "her BMI is 41.6", with the height and weight beside it), HbA1c and cotinine results, and pain
 * scores ("7/10", "8/10 today"; a range keeps its lower bound; goals such as "less than 4/10" are
 * not scores).
 */
public final class MeasurementReader implements FindingReader {

    /** "BMI 41.6", "BMI: 41.6", "BMI - 41.6", "BMI=41.6", "BMI is 41.6", "body mass index of 41.6". */
    private static final Pattern BMI = Pattern.compile("(?i)\\b(?:BMI|body mass index)(?: (?:is|of|was|=))?(?: ?[:=]| [-\\u2013])? ?"
            + "(\\d{2}(?:\\.\\d{1,2})?)\\b");
    private static final Pattern HEIGHT = Pattern.compile("(?i)\\b(\\d) ?(?:ft|feet|foot|')(?: (\\d{1,2}) ?(?:in|inches|inch|\"))?");
    private static final Pattern WEIGHT = Pattern.compile("(?i)\\b(\\d{2,3}(?:\\.\\d)?) ?(?:lb|lbs|pounds)\\b");
    /**
     * The date a result sentence puts between the test and its value ("serum cotinine 09/15/2026 = 162 ng/mL",
     * "HbA1c (01/28/2026): 7.4 %"): never itself the value, and never cut short so that its last digits are read as one
     * ("HbA1c 11/12/2026 -- CANCELLED" is no HbA1c of 6, "A1c on 11/12 was cancelled" none of 2).
     */
    static final String RESULT_DATE = "(?:,? ?(?:on |from |dated |drawn (?:on )?)?\\(?\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])\\)?)?";
    /** A number that is a whole value, not the start of a date ("09/15/2026") or of a longer number. */
    static final String NOT_A_DATE = "(?![\\d/])";
    private static final Pattern A1C = Pattern.compile("(?i)\\b(?:hemoglobin A1c|HbA1c|HgbA1c|Hgb A1c|A1c|glycated hemoglobin|glycosylated hemoglobin)"
            + "(?: level)?" + RESULT_DATE + "(?: (?:is|was|of|=))?:? ?(\\d{1,3}(?:\\.\\d)?)" + NOT_A_DATE + " ?(%|mmol/mol)?");
    /**
     * "cotinine 162 ng/mL", "Cotinine level: 4", "cotinine negative", "serum cotinine 09/15/2026 = 162 ng/mL",
     * "A urine cotinine sent from the office today came back at 410 ng/mL": the value the test reports, a
     * bound ("<2 ng/mL") read as its number, and a flag printed before the unit skipped ("162 H ng/mL").
     */
    private static final Pattern COTININE = Pattern.compile("(?i)\\bcotinine(?: level| test| screen| result)?" + RESULT_DATE
            + "(?: (?:is|was|of|=)| [^.;\\d]{0,40}?\\b(?:came back|returned|resulted|measured)(?: at| as)?)?:? ?"
            + "(negative|positive|[<>\u2264]? ?(\\d{1,4}(?:\\.\\d{1,2})?)" + NOT_A_DATE + " ?(?:(?:H|HIGH)\\b ?)?(ng/mL)?)");
    /** "in January", "from March", "drawn in May" right after a result's value; a month with a day or year is a date the DateFinder reads. */
    private static final Pattern RESULT_MONTH = Pattern.compile("(?i) ?(?:[,;] ?)?(?:drawn |checked |obtained )?(?:in|from|back in) "
            + "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
            + "(?![A-Za-z])(?!\\.? ?\\d)");
    private static final Pattern PAIN = Pattern.compile("(?<![\\d/.])(10|[0-9])(?: ?(?:-|to) ?(10|[0-9]))? ?/ ?10\\b(?![/\\d])"
            + "|(?i)\\b(?:pain (?:score|level|rating)|VAS|NRS)(?: (?:of|is|was))?:? ?(10|[0-9])\\b");
    private static final Pattern TODAY = Pattern.compile("^ today\\b");
    private static final Pattern GOAL = Pattern.compile("(?i)(?:less than|<|below|under|to|goal|reduce\\w*|decrease\\w*|improve\\w*)(?: or equal to)? ?$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.BMI, FindingTypes.LAB, FindingTypes.PAIN_SCORE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : reading.sentences()) {
            bodyMass(reading, s, out);
            labs(reading, s, out);
            if (!ClinicalSections.isFamilyHistory(s) && !s.inSection("GOAL")) {
                painScores(reading, s, previous, out);
            }
            previous = s;
        }
        return out;
    }

    private void bodyMass(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        Matcher bmi = s.matcher(BMI);
        if (!bmi.find()) {
            return;
        }
        FindingDraft d = reading.draft(FindingTypes.BMI, s, bmi.start(), bmi.end()).attr("value", Double.parseDouble(bmi.group(1)));
        Matcher h = s.matcher(HEIGHT);
        if (h.find()) {
            int inches = Integer.parseInt(h.group(1)) * 12 + (h.group(2) == null ? 0 : Integer.parseInt(h.group(2)));
            d.attr("heightIn", inches);
        }
        Matcher w = s.matcher(WEIGHT);
        if (w.find()) {
            d.attr("weightLb", Numbers.tidy(Double.parseDouble(w.group(1))));
        }
        out.add(d);
    }

    private void labs(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        Matcher a = s.matcher(A1C);
        if (a.find() && !threshold(s.text(), a.start(), a.end())) {
            double value = Double.parseDouble(a.group(1));
            boolean ifcc = "mmol/mol".equalsIgnoreCase(a.group(2)) || a.group(2) == null && value >= IFCC_FROM;
            if (ifcc && value <= IFCC_TO) {
                // "HbA1c 54 mmol/mol (IFCC)", as Irish, British and South African labs report it: the NGSP/DCCT percentage
                // the policies state their limits in (% = 0.0915 x mmol/mol + 2.15; 54 mmol/mol is 7.1 %).
                out.add(lab(reading, s, a, "hba1c", Math.round((0.0915 * value + 2.15) * 10) / 10.0, "%"));
            } else if (!ifcc && value < IFCC_FROM) {
                out.add(lab(reading, s, a, "hba1c", value, "%"));
            }
        }
        Matcher c = s.matcher(COTININE);
        if (c.find() && !threshold(s.text(), c.start(), c.end())) {
            Object value = c.group(2) != null ? (Object) Double.parseDouble(c.group(2)) : c.group(1).toLowerCase(java.util.Locale.ROOT);
            out.add(lab(reading, s, c, "cotinine", value, c.group(3)));
        }
    }

    /** An HbA1c of 20 or more cannot be a percentage: it is in IFCC units (mmol/mol), up to this bound. */
    private static final double IFCC_FROM = 20;
    private static final double IFCC_TO = 200;

    /** A bound the value is held to, not a result: "a cotinine of 10 ng/mL or less is required", "target HbA1c of 7 % or below". */
    private static final Pattern BOUND_AFTER = Pattern.compile("(?i)^ ?(?:or (?:less|lower|below|under|more|higher|greater|above)\\b|(?:is |are )?(?:required|needed)\\b)");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:target|goal|must|needs? to|should|has to|have to|require[sd]?|requirement|threshold|cut-?off|aim)\\b[^.;]{0,40}$");

    /** Is the value matched in {@code [start, end)} a bound to reach rather than a result? */
    static boolean threshold(String text, int start, int end) {
        return BOUND_AFTER.matcher(text.substring(end)).find() || BOUND_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find();
    }

    private FindingDraft lab(DocumentReading reading, Sentence s, Matcher m, String test, Object value, String unit) {
        FindingDraft d = reading.draft(FindingTypes.LAB, s, m.start(), m.end()).withContextExceptNegation()
                .attr("test", test).attr("value", value).attr("unit", unit);
        for (DateMention date : reading.dates(s)) {
            d.attr("date", date.date());
            break;
        }
        if (d.attribute("date") == null) {
            LocalDate month = monthNamed(s.text(), m.end(), reading.document().date());
            if (month != null) {
                d.attr("date", month).attr("datePrecision", "month");
            } else {
                d.attr("date", reading.document().date());
            }
        }
        return d;
    }

    /** How far into its sentence a score may stand and still be the sentence's opening ("Average 6/10", "Pain today 7/10"). */
    private static final int OPENING_SCORE = 20;

    /**
     * A result a note dates by a month name alone ("Last HbA1c was 7.4 % in January per PCP records"):
     * the latest such month on or before the note's, month precision; null when none follows the value.
     */
    private static LocalDate monthNamed(String text, int from, LocalDate note) {
        if (note == null) {
            return null;
        }
        Matcher m = RESULT_MONTH.matcher(text).region(from, Math.min(text.length(), from + 30));
        if (!m.lookingAt()) {
            return null;
        }
        int month = DateFinder.month(m.group(1));
        return LocalDate.of(month <= note.getMonthValue() ? note.getYear() : note.getYear() - 1, month, 1);
    }

    /**
     * The score's site in its sentence; failing that, when the score opens its sentence ("Average 6/10, 8/10 at worst"
     * after "Pain runs from the L shoulder blade down the back of the arm ..."), the pain the sentence before it, in the
     * same paragraph, described last.
     */
    private static String site(Sentence s, Sentence previous, int start, int end) {
        String site = PainSite.of(s.text(), start, end);
        if (site != null || previous == null || previous.paragraph() != s.paragraph() || start > OPENING_SCORE) {
            return site;
        }
        return PainSite.lastNamedIn(previous.text());
    }

    private void painScores(DocumentReading reading, Sentence s, Sentence previous, List<FindingDraft> out) {
        Matcher p = s.matcher(PAIN);
        while (p.find()) {
            String before = s.text().substring(Math.max(0, p.start() - 20), p.start());
            if (GOAL.matcher(before).find()) {
                continue;
            }
            String value = p.group(1) != null ? p.group(1) : p.group(3);
            FindingDraft d = reading.draft(FindingTypes.PAIN_SCORE, s, p.start(), p.end()).withContextExceptNegation()
                    .attr("value", Integer.parseInt(value)).attr("scale", 10).attr("site", site(s, previous, p.start(), p.end()));
            Matcher today = TODAY.matcher(s.text()).region(p.end(), s.text().length());
            if (today.lookingAt()) {
                d.cover(p.end(), today.end());
            }
            out.add(d);
        }
    }
}
