package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The keyword prefilter never rules out a sentence its pattern matches. */
class RequiredLiteralsTest {

    private static String[] literals(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex));
    }

    @Test
    void joinsLettersIntoWordsAndCutsThemToAPrefix() {
        assertThat(literals("(?i)\\b(?:mild )?stenos[ie]s\\b")).containsExactlyInAnyOrder("mild ste", "stenosis", "stenoses");
        assertThat(literals("(?i)\\bLBP\\b|\\blumbago\\b")).containsExactlyInAnyOrder("lbp", "lumbago");
        assertThat(literals("(?i)\\b(?:(?:chronic|acute) ){0,2}(?:low(?:er)? back|neck) pain\\b"))
                .containsExactlyInAnyOrder("low back", "lower ba", "neck pai");
        assertThat(literals("(?i)bmi(?: is| was)?:?")).containsExactly("bmi");
    }

    @Test
    void requiresALiteralOfEachPartThatMustOccur() {
        Pattern p = Pattern.compile("(?i)\\b(?:neural )?foramin\\w* (?:stenosis|narrowing)\\b");
        assertThat(RequiredLiterals.clauses(p)).isDeepEqualTo(new String[][] {{" stenosi", " narrowi"}, {"foramin", "neural f"}});
        assertThat(KeywordPrefilter.mayMatch(p, "left foraminal disc protrusion")).isFalse();
        assertThat(KeywordPrefilter.mayMatch(p, "moderate central stenosis")).isFalse();
        assertThat(KeywordPrefilter.mayMatch(p, "moderate left foraminal stenosis")).isTrue();
        // An alternation needs one of its branches: each branch's most selective clause, together.
        assertThat(RequiredLiterals.clauses(Pattern.compile("(?i)disc \\w+ bulge|herniat\\w+"))).isDeepEqualTo(new String[][] {{" bulge", "herniat"}});
    }

    @Test
    void givesNoFilterWhenAMatchNeedNotContainALiteral() {
        assertThat(literals("(?i)(?:pain)?\\w+")).isNull();
        assertThat(literals("a|\\w+")).isNull();
        assertThat(literals("(?iu)kelvin")).isNull();
        assertThat(RequiredLiterals.of(Pattern.compile("kelvin", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).isNull();
        assertThat(literals("(?x) a b")).isNull();
        assertThat(literals("[a-z]+")).isNull();
    }

    @Test
    void ignoresLookaroundsAndKeepsRepeatedParts() {
        assertThat(literals("(?<!saddle )numb(?!ness)")).containsExactly("numb");
        assertThat(literals("(?:ab)+c*")).containsExactly("ab");
        assertThat(literals("x{2,3}y")).containsExactly("xx");
        assertThat(literals("[CTLS]\\d{1,2}")).hasSize(40).contains("l4", "s1");
        assertThat(literals("\\Qh/o\\E")).containsExactly("h/o");
    }

    @Test
    void aPureKeywordHintIsReadAsItsWords() {
        assertThat(LiteralHint.alternatives(Pattern.compile("(?i)stenos|Mass effect|h/o|x\\.y")))
                .containsExactly("stenos", "mass effect", "h/o", "x.y");
        assertThat(LiteralHint.alternatives(Pattern.compile("stenos|narrow"))).isNull();
        assertThat(LiteralHint.alternatives(Pattern.compile("(?i)dis[ck]itis|x"))).isNull();
        assertThat(LiteralHint.alternatives(Pattern.compile("(?i) ca\\b"))).isNull();
        assertThat(LiteralHint.alternatives(Pattern.compile("(?i)a||b"))).isNull();
    }

    /** Every static pattern of the extractor, on every corpus sentence: finds() through the prefilter agrees with the regex. */
    @Test
    void prefilteredFindAgreesWithTheRegex() throws Exception {
        List<String> texts = corpusSentences();
        for (Pattern p : extractorPatterns()) {
            for (String text : texts) {
                assertThat(KeywordPrefilter.finds(p, text, AsciiCase.lower(text))).as(p + " on " + text).isEqualTo(p.matcher(text).find());
            }
        }
    }

    /**
     * The same through sentences, whose literals come from one automaton scan ({@link LiteralScan}):
     * every pattern on every corpus sentence, so the automaton is rebuilt several times as patterns
     * register their literals and sentences meet both stale and current automata.
     */
    @Test
    void sentenceFindAndMatcherAgreeWithTheRegex() throws Exception {
        List<Sentence> sentences = new ArrayList<>();
        Path dir = Path.of(getClass().getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                sentences.addAll(new SentenceSplitter().split(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        long matched = 0;
        for (Pattern p : extractorPatterns()) {
            for (Sentence s : sentences) {
                boolean expected = p.matcher(s.text()).find();
                assertThat(s.finds(p)).as(p + " on " + s).isEqualTo(expected);
                assertThat(s.matcher(p).find()).as(p + " on " + s).isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
        }
        assertThat(matched).isGreaterThan(10_000);
    }

    /** Patterns a sentence lacks the literals of share one matcher that never matches, whatever region another reader set on it. */
    @Test
    void ruledOutPatternsShareAMatcherThatFindsNothing() {
        Sentence s = new SentenceSplitter().split("Moderate central canal stenosis at L4-L5 without foraminal narrowing.").get(0);
        Pattern herniation = Pattern.compile("(?i)\\bdis[ck] (?:herniation|extrusion)\\b");
        Pattern modic = Pattern.compile("(?i)\\bmodic\\b");
        java.util.regex.Matcher first = s.matcher(herniation);
        java.util.regex.Matcher second = s.matcher(modic);
        assertThat(second).isSameAs(first);
        first.region(9, 16);
        assertThat(second.find()).isFalse();
        assertThat(second.region(0, s.text().length()).lookingAt()).isFalse();
        assertThat(first.find(0)).isFalse();
        // A pattern the sentence can match still gets its own matcher over the whole text.
        java.util.regex.Matcher stenosis = s.matcher(Pattern.compile("(?i)\\bstenosis\\b"));
        assertThat(stenosis).isNotSameAs(first);
        assertThat(stenosis.find()).isTrue();
        assertThat(stenosis.group()).isEqualTo("stenosis");
    }

    static List<String> corpusSentences() throws Exception {
        Path dir = Path.of(RequiredLiteralsTest.class.getResource("/corpus").toURI());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                new SentenceSplitter().split(Files.readString(p, StandardCharsets.UTF_8)).forEach(s -> texts.add(s.text()));
            }
        }
        return texts;
    }

    /** Every static pattern of the extractor, on every corpus sentence: a match implies the prefilter passes. */
    @Test
    void everyExtractorPatternOnEveryCorpusSentence() throws Exception {
        List<Pattern> patterns = extractorPatterns();
        assertThat(patterns).hasSizeGreaterThan(250);
        List<String> texts = corpusSentences();
        long checked = 0;
        for (Pattern p : patterns) {
            for (String text : texts) {
                if (p.matcher(text).find()) {
                    assertThat(KeywordPrefilter.mayMatch(p, AsciiCase.lower(text))).as(p + " on " + text).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /** Every static pattern of the extractor, including those in the records of a reader's static table. */
    static List<Pattern> extractorPatterns() throws Exception {
        Path classes = Path.of(RequiredLiterals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Pattern> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                for (Field f : Class.forName(name).getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        f.setAccessible(true);
                        collect(f.get(null), out);
                    }
                }
            }
        }
        return out;
    }

    /** A pattern, or the patterns held by the records of a static list (a reader's table of kinds). */
    private static void collect(Object value, List<Pattern> out) throws IllegalAccessException {
        if (value instanceof Pattern p) {
            out.add(p);
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item != null && item.getClass().isRecord()) {
                    for (Field g : item.getClass().getDeclaredFields()) {
                        if (!Modifier.isStatic(g.getModifiers()) && g.getType() == Pattern.class) {
                            g.setAccessible(true);
                            out.add((Pattern) g.get(item));
                        }
                    }
                }
            }
        }
    }
}
