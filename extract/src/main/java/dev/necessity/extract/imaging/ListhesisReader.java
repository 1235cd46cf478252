package dev.necessity.extract.imaging;

import dev.necessity.extract.level.LevelMention;
import dev.necessity.extract.level.LevelResolution;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.spi.ImagingVocabulary;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;
import dev.necessity.model.SpinalLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spondylolisthesis, anterolisthesis and retrolisthesis with Meyerding grade ("grade I",
 * "Grade 2"), slip in millimetres ("3.5mm of anterolisthesis", "measuring 4 mm"), direction and
 * kind. "L4 on L5" names the segment; a lone vertebra ("anterolisthesis of L5") is the segment below it.
 */
public final class ListhesisReader implements FindingReader {

    private static final String GRADE = "(?:grade|meyerding grade) (I{1,3}|IV|V|[1-5])(?:(?:-| to |/)(?:I{1,3}|IV|V|[1-5]))?";
    /** A listhesis phrase naming a pars defect. */
    private static final Pattern ISTHMIC = Pattern.compile(".*(isthmic|lytic).*");
    private static final Pattern LISTHESIS = Pattern.compile("(?i)\\b(?:(\\d{1,2}(?:\\.\\d{1,2})?) ?mm (?:of )?)?(?:" + GRADE + " )?"
            + "(?:(?:anterior|posterior|degenerative|isthmic|lytic|spondylolytic|slight|mild|minimal|trace|very slight|minor|stable|"
            + "unstable|recurrent|\\d{1,2}(?:\\.\\d)? ?mm|" + GRADE + "),? ){0,3}(spondylolisthesis|anterolisthesis|retrolisthesis|"
            + "retro-?listhesis|antero-?listhesis|listhesis)\\b");
    /**
     * "a 4 mm slip at L4-5", "No stenosis, slip or instability", "L4-5 slip 7 mm", "the 6 mm L4 on L5 slip": the
     * everyday word, read only where no word beside it makes it a fall or a form ("slip and fall", "work slip").
     */
    private static final Pattern SLIP = Pattern.compile("(?i)\\b(?:(\\d{1,2}(?:\\.\\d{1,2})?) ?mm )?(?:(?:anterior|posterior|degenerative|"
            + "isthmic|lytic|slight|mild|minimal|small|trace|" + GRADE + "|[LTC]\\d(?:-[LTCS]?\\d)? on [LTCS]\\d|[LTC]\\d-[LTCS]?\\d) ){0,3}"
            + "(slips?)\\b(?!-)");
    private static final Pattern NOT_SLIP_BEFORE = Pattern.compile("(?i)(?:" + ImagingVocabulary.alternation("not-slip-before") + ") $");
    private static final Pattern NOT_SLIP_AFTER = Pattern.compile("(?i)^ (?:" + ImagingVocabulary.alternation("not-slip-after") + ")");
    private static final Pattern SLIP_MM_AFTER = Pattern.compile("(?i)^ (?:measures |measuring |of |is )?(?:approximately |about |~)?"
            + "(\\d{1,2}(?:\\.\\d{1,2})?) ?mm\\b");
    private static final Pattern GRADE_AFTER = Pattern.compile("(?i)^[^.;,]{0,30}?\\b" + GRADE);
    private static final Pattern MM_AFTER = Pattern.compile("(?i)^[^.;,]{0,30}?\\b(?:measuring|of|by) (?:approximately |about )?(\\d{1,2}(?:\\.\\d{1,2})?) ?mm\\b");
    private static final Pattern GRADE_INLINE = Pattern.compile("(?i)" + GRADE);
    private static final Pattern MM_INLINE = Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d{1,2})?) ?mm");
    private static final Pattern WITH = Pattern.compile("(?i)^,? with (?:an? )?$");
    private static final Pattern LONE_VERTEBRA = Pattern.compile("^ (?:of|at) (?:the )?$");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.SPONDYLOLISTHESIS);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher m = s.matcher(LISTHESIS);
            int start = -1;
            int end = -1;
            while (m.find()) {
                // "spondylolisthesis with 3.5mm of anterolisthesis of L5" describes one slip.
                if (start >= 0 && !WITH.matcher(s.text().substring(end, m.start())).matches()) {
                    out.add(listhesis(reading, s, start, end));
                    start = -1;
                }
                start = start < 0 ? m.start() : start;
                end = m.end();
            }
            if (start >= 0) {
                out.add(listhesis(reading, s, start, end));
            } else {
                slips(reading, s, out);
            }
        }
        return out;
    }

    /** "slip" where the sentence names no listhesis (beside one, "grade II (35 % slip)", it re-tells it). */
    private void slips(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        Matcher m = s.matcher(SLIP);
        String text = s.text();
        while (m.find()) {
            if (NOT_SLIP_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()
                    || NOT_SLIP_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            FindingDraft d = listhesis(reading, s, m.start(), m.end());
            Matcher mm = SLIP_MM_AFTER.matcher(text).region(m.end(), text.length());
            if (d.attribute("mm") == null && mm.lookingAt()) {
                d.attr("mm", Double.parseDouble(mm.group(1)));
            }
            out.add(d);
        }
    }

    private FindingDraft listhesis(DocumentReading reading, Sentence s, int start, int end) {
        String phrase = s.text().substring(start, end).toLowerCase(Locale.ROOT);
        String after = s.text().substring(end);
        FindingDraft d = reading.draft(FindingTypes.SPONDYLOLISTHESIS, s, start, end).withContext()
                .levels(levels(reading, s, start, end))
                .attr("direction", direction(phrase))
                .attr("kind", phrase.contains("degenerative") ? "degenerative"
                        : ISTHMIC.matcher(phrase).matches() ? "isthmic" : null);
        grade(phrase, after, d);
        millimetres(phrase, after, d);
        return d;
    }

    private LevelResolution levels(DocumentReading reading, Sentence s, int start, int end) {
        LevelResolution r = reading.resolveLevels(s, start, end);
        for (LevelMention v : reading.levelMentions(s)) {
            if (v.vertebra() != null && v.start() >= end
                    && LONE_VERTEBRA.matcher(s.text().substring(end, v.start())).matches()) {
                return SpinalLevel.below(v.vertebra()).map(l -> new LevelResolution(List.of(l), false)).orElse(r);
            }
        }
        return r;
    }

    private void grade(String phrase, String after, FindingDraft d) {
        Matcher g = GRADE_INLINE.matcher(phrase);
        Matcher a = GRADE_AFTER.matcher(after);
        String roman = g.find() ? g.group(1) : a.find() ? a.group(1) : null;
        if (roman != null) {
            d.attr("grade", meyerding(roman));
        }
    }

    private void millimetres(String phrase, String after, FindingDraft d) {
        Matcher g = MM_INLINE.matcher(phrase);
        Matcher a = MM_AFTER.matcher(after);
        String mm = g.find() ? g.group(1) : a.find() ? a.group(1) : null;
        if (mm != null) {
            d.attr("mm", Double.parseDouble(mm));
        }
    }

    private static String direction(String phrase) {
        if (phrase.contains("retro") || phrase.contains("posterior")) {
            return "retro";
        }
        return phrase.contains("antero") || phrase.contains("anterior") ? "antero" : null;
    }

    private static int meyerding(String g) {
        return switch (g.toUpperCase(Locale.ROOT)) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            case "V" -> 5;
            default -> Integer.parseInt(g);
        };
    }
}
