package dev.necessity.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first-character look-ahead rules out only positions no match starts at, so matching is unchanged. */
class FirstCharsTest {

    private static String first(String regex) {
        BitSet set = FirstChars.of(Pattern.compile(regex));
        if (set == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        set.stream().forEach(c -> out.append((char) c));
        return out.toString();
    }

    @Test
    void readsTheFirstCharacterOfEachAlternativeInBothCases() {
        assertThat(first("(?i)\\b(?:stenosis|narrowing)\\b")).isEqualTo("NSns");
        assertThat(first("\\b(?:mild )?stenos[ie]s")).isEqualTo("MSms");
        assertThat(first("(?<![a-z])(?=x)[0-9]{1,2}%|about")).isEqualTo("0123456789Aa");
        assertThat(first("(?:(?:chronic|acute) ){0,2}(?:low(?:er)? back|neck) pain")).isEqualTo("ACLNacln");
        assertThat(first("[-/]?\\d")).isEqualTo("-/0123456789");
        assertThat(first("\\s*\\.")).isEqualTo("\t\n\u000B\f\r .");
    }

    @Test
    void knowsNothingWhenAMatchMayBeginAnywhereOrBeEmpty() {
        assertThat(first(".*stenosis")).isNull();
        assertThat(first("(?:mild)?")).isNull();
        assertThat(first("[^a-z]pain")).isNull();
        assertThat(first("\\p{L}+ pain")).isNull();
        // A back-reference may match nothing; the analysis does not follow them at all.
        assertThat(first("(a)?\\1b")).isNull();
        assertThat(first("(a)\\1")).isNull();
        assertThat(first("(?u)(?i)stenosis")).isNull();
        assertThat(FirstChars.of(Pattern.compile("stenosis", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE))).isNull();
        assertThat(first("[[a-c]&&[b]]x")).isNull();
    }

    @Test
    void leavesAPatternAloneWhenTheSetIsUnknownOrTooWide() {
        Pattern wildcard = Pattern.compile(".*x");
        assertThat(FirstChars.accelerated(wildcard)).isSameAs(wildcard);
        Pattern letters = Pattern.compile("(?i)[a-z]+ pain");
        assertThat(FirstChars.accelerated(letters)).isSameAs(letters);
        Pattern stenosis = Pattern.compile("(?i)\\bstenosis");
        assertThat(FirstChars.accelerated(stenosis).pattern()).startsWith("(?=[").endsWith("(?:(?i)\\bstenosis)");
    }

    /** Every static pattern of the extractor on every corpus sentence: the same matches, groups included, with find and with lookingAt in a region. */
    @Test
    void everyExtractorPatternFindsTheSameMatchesOnEveryCorpusSentence() throws Exception {
        List<Pattern> patterns = RequiredLiteralsTest.extractorPatterns();
        List<String> texts = RequiredLiteralsTest.corpusSentences();
        long accelerated = 0;
        long matches = 0;
        for (Pattern p : patterns) {
            Pattern fast = FirstChars.accelerated(p);
            if (fast == p) {
                continue;
            }
            accelerated++;
            BitSet set = FirstChars.of(p);
            for (String text : texts) {
                List<String> expected = matches(p.matcher(text));
                assertThat(matches(fast.matcher(text))).as(p + " on " + text).isEqualTo(expected);
                matches += expected.size();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    assertThat(set.get(text.charAt(m.start()))).as(p + " starting at " + m.start() + " of " + text).isTrue();
                }
                int from = text.length() / 3;
                assertThat(fast.matcher(text).region(from, text.length()).lookingAt())
                        .as(p + " at " + from + " of " + text).isEqualTo(p.matcher(text).region(from, text.length()).lookingAt());
            }
        }
        assertThat(accelerated).isGreaterThan(200);
        assertThat(matches).isGreaterThan(10_000);
    }

    /** Random patterns from a small grammar, on random texts over the same few characters. */
    @Test
    void randomPatternsFindTheSameMatchesAsTheirAcceleratedForm() {
        Random random = new Random(20261127);
        int accelerated = 0;
        for (int i = 0; i < 3000; i++) {
            String regex = (random.nextInt(3) == 0 ? "(?i)" : "") + alternation(random, 3);
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (RuntimeException e) {
                continue;
            }
            Pattern fast = FirstChars.accelerated(p);
            if (fast != p) {
                accelerated++;
            }
            for (int t = 0; t < 20; t++) {
                String text = text(random);
                assertThat(matches(fast.matcher(text))).as(regex + " on '" + text + "'").isEqualTo(matches(p.matcher(text)));
            }
        }
        assertThat(accelerated).isGreaterThan(1000);
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder match = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                match.append(' ').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(match.toString());
        }
        return out;
    }

    private static final String[] ATOMS = {"a", "b", "A", "ab", "ba", " ", "-", "[ab]", "[a-c]", "[^a]", ".", "\\s", "\\d", "1",
        "\\b", "^", "$", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "\\.", "\\w"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{1,2}", "{0,2}", "??", "+?"};

    private static String alternation(Random random, int depth) {
        StringBuilder out = new StringBuilder(concatenation(random, depth));
        while (random.nextInt(3) == 0) {
            out.append('|').append(concatenation(random, depth));
        }
        return out.toString();
    }

    private static String concatenation(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (depth > 0 && random.nextInt(4) == 0) {
                String open = random.nextBoolean() ? "(" : "(?:";
                out.append(open).append(alternation(random, depth - 1)).append(')');
            } else {
                out.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            String q = QUANTIFIERS[random.nextInt(QUANTIFIERS.length)];
            // A quantifier on an assertion is legal but pointless; keep the grammar to what readers write.
            if (!out.toString().endsWith("\\b") && !out.toString().endsWith("^") && !out.toString().endsWith("$")) {
                out.append(q);
            }
        }
        return out.toString();
    }

    private static String text(Random random) {
        String alphabet = "abcAB -.1\n";
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
