package dev.necessity.extract.spi;

import dev.necessity.extract.level.LevelMention;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.DocumentType;
import dev.necessity.model.SpinalLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The other levels show no stenosis", "remaining levels unremarkable", "no stenosis elsewhere": a finding
 * about the levels the report has not named. Its clause names no level of its own, and it must not be
 * read as being about the level the report just described (or every level): it is about every level
 * except those the report names elsewhere - in an imaging report the whole report, in a note the
 * paragraph that recounts the study. The phrases are data ({@code imaging-vocabulary.tsv}, role other-levels).
 */
public final class OtherLevels {

    private static final String PHRASE = "(?:the |any |all )?(?:" + ImagingVocabulary.alternation("other-levels") + ")";
    /** The phrase before the finding, in its clause: "the other levels show only mild change without stenosis", "Other levels: no stenosis". */
    private static final Pattern BEFORE = Pattern.compile("(?i)" + PHRASE + "(?![A-Za-z])[^;]*$");
    /** The phrase after it, as where the finding lies: "no stenosis or slip at the remaining levels", "no stenosis elsewhere". */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:[^;.:]{0,50}? (?:at|in|on|of|throughout))? " + PHRASE + "(?![A-Za-z])");
    /** A clause ends at a semicolon, or where "but"/"whereas" turn to another subject. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,? but |,? whereas |,? while ");

    private OtherLevels() {
    }

    /**
     * The stretch of {@code s} from "the other levels" to the finding quoting {@code [from, to)} (or from the
     * finding to the phrase after it), when the finding is about the other levels; null when it is not.
     */
    public static int[] about(Sentence s, int from, int to) {
        String text = s.text();
        // Both need the phrase, whose literals are BEFORE's: a sentence without them is about its own levels, with no
        // regex run. (AFTER's own literals add a bare space, which would only slow every sentence's scan.)
        if (!s.mayMatch(BEFORE)) {
            return null;
        }
        Matcher before = BEFORE.matcher(text).region(clauseStart(text, from), from);
        if (before.find()) {
            return new int[] {before.start(), to};
        }
        Matcher after = AFTER.matcher(text).region(to, text.length());
        return after.lookingAt() ? new int[] {from, after.end()} : null;
    }

    /** Whether a level is named within that stretch ("no stenosis at L1-L2 or elsewhere"): then the finding keeps its levels. */
    public static boolean namesLevel(DocumentReading reading, Sentence s, int[] stretch) {
        for (LevelMention m : reading.levelMentions(s)) {
            if (!m.levels().isEmpty() && m.end() > stretch[0] && m.start() < stretch[1]) {
                return true;
            }
        }
        return false;
    }

    /** The levels the report names: the whole imaging report, or the note's paragraph around the sentence. */
    public static List<String> named(DocumentReading reading, Sentence s) {
        // Asked for each "other levels" finding: the levels of every passage are gathered in one pass.
        Map<Passage, List<String>> named = reading.once(OtherLevels.class, () -> namedByPassage(reading));
        return named.get(passage(reading, s));
    }

    /** Where the other levels are the report's: the whole imaging report, or a note's paragraph in its section. */
    private record Passage(int paragraph, String section) {
    }

    private static Passage passage(DocumentReading reading, Sentence s) {
        return reading.isType(DocumentType.IMAGING) ? new Passage(-1, null) : new Passage(s.paragraph(), s.section());
    }

    private static Map<Passage, List<String>> namedByPassage(DocumentReading reading) {
        Map<Passage, TreeSet<String>> levels = new HashMap<>();
        for (Sentence other : reading.sentences()) {
            TreeSet<String> here = levels.computeIfAbsent(passage(reading, other), p -> new TreeSet<>());
            for (LevelMention m : reading.levelMentions(other)) {
                m.levels().stream().map(SpinalLevel::toString).forEach(here::add);
            }
        }
        Map<Passage, List<String>> out = new HashMap<>();
        levels.forEach((p, named) -> out.put(p, List.copyOf(named)));
        return out;
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher br = CLAUSE_BREAK.matcher(text).region(0, at);
        while (br.find()) {
            start = br.end();
        }
        return start;
    }

}
