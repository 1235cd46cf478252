package dev.necessity.extract.imaging;

import dev.necessity.extract.date.DateMention;
import dev.necessity.extract.level.LevelResolution;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.Span;
import dev.necessity.model.SpinalLevel;

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
        List<String> limited = limitedLevels(reading);
        if (!limited.isEmpty()) {
            d.attr("limitedLevels", limited);
        }
        return List.of(d);
    }

    /**
     * The levels whose view the report itself calls limited ("Moderate patient motion degrades the axial images at L4-L5
     * and L5-S1", "L5-S1: ... degree of mass effect is difficult to assess on the motion-degraded axial images"): what
     * the report leaves unsaid there was not seen, not seen to be absent. The levels the sentence names, else the level
     * its paragraph is about; a limitation of the whole study names none and counts for none, as boilerplate ("mild
     * motion artifact") does not unsay a report.
     */
    private static List<String> limitedLevels(DocumentReading reading) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Sentence s : reading.sentences()) {
            Matcher m = s.matcher(LIMITED_VIEW);
            boolean view = m.find();
            if (!view) {
                m = s.matcher(NOT_SEEN);
                if (!m.find()) {
                    continue;
                }
            }
            if (s.finds(NOT_LIMITED) || SLIGHT.matcher(s.text()).region(Math.max(0, m.start() - 40), m.start()).find()) {
                continue;
            }
            List<SpinalLevel> named = reading.levelMentions(s).stream().filter(l -> !l.allLevels())
                    .flatMap(l -> l.levels().stream()).toList();
            if (named.isEmpty() && view) {
                LevelResolution topic = reading.resolveLevels(s, m.start(), m.end());
                named = topic.allLevels() ? List.of() : topic.levels();
            }
            named.forEach(l -> out.add(l.toString()));
        }
        return List.copyOf(out);
    }

    /** A report calling its own view limited: motion or artefact, a degraded sequence, "difficult to assess", "nondiagnostic". */
    private static final Pattern LIMITED_VIEW = Pattern.compile("(?i)\\b(?:limited by (?:patient |respiratory |significant |moderate |severe )?"
            + "(?:motion|artifact|artefact|body habitus|hardware|susceptibility)|(?:motion|artifact|artefact)[- ](?:degraded|limited)"
            + "|degrad(?:es|ed|ing) (?:the )?(?:axial |sagittal )?(?:images|sequences|evaluation|assessment|views?)"
            + "|difficult to (?:assess|evaluate|characteri[sz]e|exclude|determine)"
            + "|non-?diagnostic|limited (?:evaluation|assessment|visuali[sz]ation)"
            + "|(?:evaluation|assessment|visuali[sz]ation) (?:is |was |remains )?(?:limited|degraded|compromised))\\b");
    /**
     * Something the report could not see well ("the L5-S1 foramina are not well visualized"): a limitation only at a level
     * the same sentence names, as it may be of anything ("incompletely visualized probable simple left renal cyst").
     */
    private static final Pattern NOT_SEEN = Pattern.compile("(?i)\\b(?:sub-?optimally|incompletely|not well|poorly|inadequately) "
            + "(?:evaluated|assessed|seen|visuali[sz]ed|characteri[sz]ed|imaged)\\b");
    /** A slight limitation ("mild motion artifact", "mildly degrades images") is boilerplate, not a view lost. */
    private static final Pattern SLIGHT = Pattern.compile("(?i)\\b(?:mild(?:ly)?|minimal(?:ly)?|slight(?:ly)?|minor)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "No motion artifact", "without significant motion degradation", "not limited": the view is not limited. */
    private static final Pattern NOT_LIMITED = Pattern.compile("(?i)\\b(?:no|without) (?:significant |appreciable |substantial )?"
            + "(?:motion|artifact|artefact)|\\bnot (?:significantly )?(?:limited|degraded)\\b");

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
