package dev.necessity.intake;

import dev.necessity.model.DocumentType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a document's type and date when request.json does not give them.
 *
 * <p>Type: keywords in the file name, else in the document's first non-blank line (its title),
 * checked in this order: operative; procedure/injection/esi/epidural; mri/ct/x-ray/radiograph/imaging;
 * pt/physical-therapy/therapy; medication/meds; lab; otherwise clinical-note. Keywords match whole
 * words only, so "pt" does not match "script" and "operative" does not match "postoperative".
 *
 * <p>Date: an ISO date in the file name (mri-lumbar-2026-01-12.txt), else the first line labelled
 * as the document's date ("Date:", "Date of exam:", "Date of service:", "DOS:" ...; never
 * "Date of birth") holding 01/12/2026, 2026-01-12 or January 12, 2026; else an "as of" date in
 * the title line ("MEDICATION LIST (as of 02/20/2026)"); else null.
 */
final class DocumentInference {

    private static final Map<DocumentType, Pattern> TYPE_KEYWORDS = typeKeywords();
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final Pattern DATED_LINE = Pattern.compile("(?im)^[\\s>*#_-]*(?:date(?:\\s+of\\s+"
            + "(?:exam|examination|service|study|procedure|visit|surgery|report|evaluation|encounter|note))?"
            + "|(?:exam|service|study|procedure|visit|report)\\s+date|dos)\\s*[:#-]\\s*(.+)$");
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas\\s+of\\s+(.+)$");
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final Pattern WORDY_DATE = Pattern.compile("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final DateTimeFormatter MONTH_NAMES = caseInsensitive("MMMM d uuuu");
    private static final DateTimeFormatter MONTH_ABBREVIATIONS = caseInsensitive("MMM d uuuu");

    private DocumentInference() {
    }

    static DocumentType inferType(String fileName, String text) {
        String name = baseName(fileName).toLowerCase(Locale.ROOT);
        String title = firstNonBlankLine(text).toLowerCase(Locale.ROOT);
        for (String candidate : new String[] {name, title}) {
            for (Map.Entry<DocumentType, Pattern> rule : TYPE_KEYWORDS.entrySet()) {
                if (rule.getValue().matcher(candidate).find()) {
                    return rule.getKey();
                }
            }
        }
        return DocumentType.CLINICAL_NOTE;
    }

    static LocalDate inferDate(String fileName, String text) {
        Matcher inName = ISO_DATE.matcher(baseName(fileName));
        while (inName.find()) {
            LocalDate date = isoDate(inName.group(1));
            if (date != null) {
                return date;
            }
        }
        Matcher line = DATED_LINE.matcher(text);
        while (line.find()) {
            LocalDate date = leadingDate(line.group(1).strip());
            if (date != null) {
                return date;
            }
        }
        Matcher asOf = AS_OF.matcher(firstNonBlankLine(text));
        return asOf.find() ? leadingDate(asOf.group(1)) : null;
    }

    private static Map<DocumentType, Pattern> typeKeywords() {
        Map<DocumentType, Pattern> rules = new LinkedHashMap<>();
        rules.put(DocumentType.OPERATIVE_NOTE, word("operative|op[-_ ]?(?:note|report)"));
        rules.put(DocumentType.PROCEDURE_NOTE, word("procedures?|injections?|esi|epidural"));
        rules.put(DocumentType.IMAGING, word("mri|ct|x[-_ ]?rays?|xr|radiographs?|radiography|imaging"));
        rules.put(DocumentType.THERAPY_NOTE, word("pt|physical[-_ ]?therapy|physiotherapy|therapy"));
        rules.put(DocumentType.MEDICATION_LIST, word("medications?|meds"));
        rules.put(DocumentType.LAB, word("labs?|laboratory"));
        return rules;
    }

    private static DateTimeFormatter caseInsensitive(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?<![a-z])(?:" + alternatives + ")(?![a-z])");
    }

    private static LocalDate leadingDate(String value) {
        Matcher us = US_DATE.matcher(value);
        if (us.find()) {
            return date(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
        }
        Matcher iso = ISO_PREFIX.matcher(value);
        if (iso.find()) {
            return isoDate(iso.group(1));
        }
        Matcher wordy = WORDY_DATE.matcher(value);
        if (wordy.find()) {
            String normalized = wordy.group(1) + " " + wordy.group(2) + " " + wordy.group(3);
            LocalDate date = parse(normalized, MONTH_NAMES);
            return date != null ? date : parse(normalized, MONTH_ABBREVIATIONS);
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate isoDate(String text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
    }
}
