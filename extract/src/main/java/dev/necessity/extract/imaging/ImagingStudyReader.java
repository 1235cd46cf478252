package dev.necessity.extract.imaging;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code imaging_study} per imaging report, quoting its title line ("MRI LUMBAR SPINE
 * WITHOUT CONTRAST", or the text of an "EXAM:" line): modality, region, date ("Date of exam"
 * or the document date) and whether it has flexion-extension views.
 */
public final class ImagingStudyReader implements FindingReader {

    private static final Pattern MODALITY = Pattern.compile("(?i)\\b(CT myelogra\\w*|myelogra\\w*|MRI|MR|magnetic resonance|CT|"
            + "computed tomography|CAT scan|x-rays?|radiographs?|radiographic|XR|films?|plain films?)\\b");
    private static final Pattern REGION = Pattern.compile("(?i)\\b(lumbar|lumbosacral|L-spine|L spine|L-S spine|cervical|C-spine|C spine|"
            + "thoracic|T-spine|T spine|knee)\\b");
    private static final Pattern EXAM_LINE = Pattern.compile("(?im)^[ \\t]{0,8}(?:EXAM|EXAMINATION|STUDY|PROCEDURE|TITLE)[ \\t]{0,4}:[ \\t]{0,4}(\\S[^\\n]{0,200})");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]{0,8}(\\S[^\\n]{0,200})");
    private static final Pattern EXAM_DATE = Pattern.compile("(?im)^[ \\t]{0,8}(?:date of (?:exam|study|service)|exam date|study date|date)[ \\t]{0,4}:[^\\n]{0,40}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?:\\s|$)");
    private static final Pattern FLEXION = Pattern.compile("(?i)flexion[- /](?:and )?extension|flexion and extension|flex/ex|\\bflexion\\b[^\\n]{0,40}\\bextension\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.IMAGING_STUDY);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        if (!reading.isType(DocumentType.IMAGING)) {
            return List.of();
        }
        String text = reading.text();
        Line title = titleLine(text);
        if (title == null) {
            return List.of();
        }
        String line = firstSentence(title.text()).trim();
        Span span = new Span(title.start(), title.start() + line.length());
        FindingDraft d = reading.draftAt(FindingTypes.IMAGING_STUDY, span)
                .attr("modality", modality(line))
                .attr("region", region(line))
                .attr("date", examDate(reading))
                .attr("flexionExtension", FLEXION.matcher(text).find());
        return List.of(d);
    }

    private record Line(int start, String text) {
    }

    /** The "EXAM:" line when it names a modality, else the first of the opening lines that does, else the first line. */
    private Line titleLine(String text) {
        Matcher exam = EXAM_LINE.matcher(text);
        if (exam.find() && MODALITY.matcher(exam.group(1)).find()) {
            return new Line(exam.start(1), exam.group(1));
        }
        Matcher line = LINE.matcher(text);
        Line first = null;
        int seen = 0;
        while (line.find() && seen < 6) {
            if (line.group(1).startsWith("#")) {
                continue;
            }
            seen++;
            Line candidate = new Line(line.start(1), line.group(1));
            first = first == null ? candidate : first;
            if (MODALITY.matcher(candidate.text()).find()) {
                return candidate;
            }
        }
        return first;
    }

    /** A title is a line; when a report runs its first paragraph on one line, its first sentence. */
    private static String firstSentence(String line) {
        Matcher end = SENTENCE_END.matcher(line);
        return end.find() ? line.substring(0, end.start()) : line;
    }

    private LocalDate examDate(DocumentReading reading) {
        Matcher m = EXAM_DATE.matcher(reading.text());
        if (m.find()) {
            List<DateMention> dates = reading.dateFinder().find(m.group());
            if (!dates.isEmpty()) {
                return dates.get(0).date();
            }
        }
        return reading.document().date();
    }

    private static String modality(String line) {
        Matcher m = MODALITY.matcher(line);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.contains("myelogra")) {
            return "CT_MYELOGRAM";
        }
        if (w.equals("mri") || w.equals("mr") || w.startsWith("magnetic")) {
            return "MRI";
        }
        if (w.equals("ct") || w.startsWith("computed") || w.startsWith("cat")) {
            return "CT";
        }
        return "XR";
    }

    private static String region(String line) {
        Matcher m = REGION.matcher(line);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("l")) {
            return "lumbar";
        }
        if (w.startsWith("c")) {
            return "cervical";
        }
        return w.startsWith("t") ? "thoracic" : "knee";
    }
}
